package com.targetflow.targets;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The indicator catalogue: everyone reads it, managers add and change indicators. */
@RestController
@RequestMapping("/api/indicators")
class IndicatorController {

    private final IndicatorCatalogue catalogue;

    IndicatorController(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    List<IndicatorView> list() {
        return catalogue.all();
    }

    @GetMapping("/{code}")
    IndicatorView one(@PathVariable String code) {
        return catalogue.one(code);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    IndicatorView create(@Valid @RequestBody IndicatorRequest request) {
        return catalogue.add(request);
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    IndicatorView update(@PathVariable String code, @Valid @RequestBody IndicatorRequest request) {
        return catalogue.describe(code, request);
    }
}
