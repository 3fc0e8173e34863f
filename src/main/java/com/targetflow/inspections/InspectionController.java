package com.targetflow.inspections;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Inspection rounds (managers start them) and each facility's inspection history. */
@RestController
class InspectionController {

    private final InspectionService inspections;
    private final InspectionRoundRepository rounds;
    private final InspectionViews views;

    InspectionController(InspectionService inspections, InspectionRoundRepository rounds, InspectionViews views) {
        this.inspections = inspections;
        this.rounds = rounds;
        this.views = views;
    }

    @PostMapping("/api/inspection-rounds")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional
    Map<String, Object> start(@RequestBody InspectionService.RoundRequest request, Principal principal) {
        return summary(inspections.start(request, principal.getName()));
    }

    @GetMapping("/api/inspection-rounds")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'INSPECTOR', 'DISTRICT_LEADER')")
    @Transactional(readOnly = true)
    List<Map<String, Object>> list() {
        return rounds.findAllByOrderByIdDesc().stream().map(this::summary).toList();
    }

    @GetMapping("/api/facilities/{code}/inspections")
    List<InspectionViews.Visit> history(@PathVariable String code, Principal principal) {
        return views.history(code, principal);
    }

    private Map<String, Object> summary(InspectionRound round) {
        return Map.of(
                "id",
                round.getId(),
                "facilityKind",
                round.getFacilityKind(),
                "scope",
                round.getScope(),
                "unitCode",
                round.getScopeUnit() == null ? "" : round.getScopeUnit().getCode(),
                "inspector",
                round.getInspector(),
                "dueDate",
                round.getDueDate(),
                "facilityCount",
                round.getFacilityCount(),
                "startedBy",
                round.getStartedBy(),
                "startedAt",
                round.getStartedAt());
    }
}
