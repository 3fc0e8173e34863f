package com.targetflow.organisation;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Science facilities (科普阵地): anyone signed in may read them; administrators change them. */
@RestController
@RequestMapping("/api/facilities")
class FacilityController {

    private final OrganisationViews views;

    FacilityController(OrganisationViews views) {
        this.views = views;
    }

    @GetMapping
    List<FacilityView> list(
            @RequestParam(required = false) FacilityKind kind, @RequestParam(required = false) String owner) {
        return views.facilities(kind, owner);
    }

    @GetMapping("/{code}")
    FacilityView one(@PathVariable String code) {
        return views.facility(code);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    FacilityView create(@Valid @RequestBody FacilityRequest request) {
        return views.createFacility(request);
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    FacilityView update(@PathVariable String code, @Valid @RequestBody FacilityRequest request) {
        return views.updateFacility(code, request);
    }
}
