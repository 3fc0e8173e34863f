package com.targetflow.inspections;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Inspection rounds (managers start them) and each facility's inspection history. */
@RestController
class InspectionController {

    private final RoundViews rounds;
    private final InspectionViews views;

    InspectionController(RoundViews rounds, InspectionViews views) {
        this.rounds = rounds;
        this.views = views;
    }

    @PostMapping("/api/inspection-rounds")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    Map<String, Object> start(@RequestBody InspectionService.RoundRequest request, Principal principal) {
        return rounds.start(request, principal.getName());
    }

    @GetMapping("/api/inspection-rounds")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'INSPECTOR', 'DISTRICT_LEADER')")
    List<Map<String, Object>> list() {
        return rounds.all();
    }

    @GetMapping("/api/facilities/{code}/inspections")
    List<InspectionViews.Visit> history(@PathVariable String code, Principal principal) {
        return views.history(code, principal);
    }
}
