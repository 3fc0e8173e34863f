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

/** Units of the district: anyone signed in may read them; administrators change them. */
@RestController
@RequestMapping("/api/units")
class UnitController {

    private final OrganisationViews views;

    UnitController(OrganisationViews views) {
        this.views = views;
    }

    @GetMapping
    List<UnitView> list(@RequestParam(required = false) UnitKind kind, @RequestParam(required = false) String parent) {
        return views.units(kind, parent);
    }

    @GetMapping("/{code}")
    UnitView one(@PathVariable String code) {
        return views.unit(code);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    UnitView create(@Valid @RequestBody UnitRequest request) {
        return views.createUnit(request);
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    UnitView update(@PathVariable String code, @Valid @RequestBody UnitRequest request) {
        return views.updateUnit(code, request);
    }
}
