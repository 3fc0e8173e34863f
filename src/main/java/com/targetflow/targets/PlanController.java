package com.targetflow.targets;

import com.targetflow.organisation.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/**
 * Annual plans: managers draft, copy and issue them; everyone reads a plan with its progress,
 * unit staff only their own unit's part of it.
 */
@RestController
@RequestMapping("/api/plans")
class PlanController {

    private final PlanActions plans;
    private final TargetPages pages;
    private final Viewer viewer;

    PlanController(PlanActions plans, TargetPages pages, Viewer viewer) {
        this.plans = plans;
        this.pages = pages;
        this.viewer = viewer;
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return plans.all();
    }

    @GetMapping("/{year}")
    PlanView one(@PathVariable int year, Principal principal, Locale locale) {
        return pages.plan(year, viewer.visibleUnits(principal), Language.of(locale));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    PlanView create(@Valid @RequestBody PlanRequest request, Principal principal, Locale locale) {
        return plans.create(request, viewer.visibleUnits(principal), Language.of(locale));
    }

    @PostMapping("/{year}/targets")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    Map<String, Object> addTarget(@PathVariable int year, @Valid @RequestBody TargetRequest request) {
        return Map.of("id", plans.addTarget(year, request));
    }

    /** The version is the target's as the manager read it (the plan's "version" of that target); when given, it must still be current. */
    record TargetChange(
            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal quota,

            @NotNull LocalDate dueDate,
            Long version) {}

    /**
     * Changes a target's quota or due date; in an issued plan the unit is told and confirms again.
     * Two managers changing the same target from what each read: the first wins, the second gets 409.
     */
    @PutMapping("/{year}/targets/{id}")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    Map<String, Object> changeTarget(
            @PathVariable int year, @PathVariable long id, @Valid @RequestBody TargetChange change) {
        return plans.changeTarget(year, id, change.quota(), change.dueDate(), change.version());
    }

    @PostMapping("/{id}/issue")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    Map<String, Object> issue(@PathVariable long id) {
        return plans.issue(id);
    }

    /** Opens a reporting round now, before the quarter's end, for every unit waiting for one. */
    @PostMapping("/{year}/reporting-rounds")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    Map<String, Object> openRound(@PathVariable int year) {
        return Map.of("year", year, "unitsOpened", plans.openReportingRound(year));
    }
}
