package com.targetflow.targets;

import com.targetflow.domain.Refusal;
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
import org.springframework.transaction.annotation.Transactional;
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

    private final PlanRepository plans;
    private final PlanService planService;
    private final ProgressService progress;
    private final Viewer viewer;

    PlanController(PlanRepository plans, PlanService planService, ProgressService progress, Viewer viewer) {
        this.plans = plans;
        this.planService = planService;
        this.progress = progress;
        this.viewer = viewer;
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<Map<String, Object>> list() {
        return plans.findAll().stream()
                .sorted((a, b) -> Integer.compare(b.getYear(), a.getYear()))
                .map(p -> Map.<String, Object>of("id", p.getId(), "year", p.getYear(), "status", p.getStatus()))
                .toList();
    }

    @GetMapping("/{year}")
    @Transactional(readOnly = true)
    PlanView one(@PathVariable int year, Principal principal, Locale locale) {
        return progress.view(plan(year), viewer.visibleUnits(principal), Language.of(locale));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional
    PlanView create(@Valid @RequestBody PlanRequest request, Principal principal, Locale locale) {
        AnnualPlan plan = planService.create(request);
        return progress.view(plan, viewer.visibleUnits(principal), Language.of(locale));
    }

    @PostMapping("/{year}/targets")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional
    Map<String, Object> addTarget(@PathVariable int year, @Valid @RequestBody TargetRequest request) {
        Target target = planService.addTargetAndTell(plan(year), request);
        return Map.of("id", target.getId());
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
    @Transactional
    Map<String, Object> changeTarget(
            @PathVariable int year, @PathVariable long id, @Valid @RequestBody TargetChange change) {
        Target target = planService.changeTarget(plan(year), id, change.quota(), change.dueDate(), change.version());
        return Map.of(
                "id",
                target.getId(),
                "quota",
                target.getQuota(),
                "dueDate",
                target.getDueDate(),
                "status",
                target.getStatus(),
                "version",
                target.getVersion());
    }

    @PostMapping("/{id}/issue")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional
    Map<String, Object> issue(@PathVariable long id) {
        AnnualPlan plan = plans.findById(id).orElseThrow(() -> Refusal.notFound("error.plan.id.not-found", id));
        String processInstanceId = planService.issue(plan);
        return Map.of(
                "id",
                plan.getId(),
                "year",
                plan.getYear(),
                "status",
                plan.getStatus(),
                "processInstanceId",
                processInstanceId);
    }

    /** Opens a reporting round now, before the quarter's end, for every unit waiting for one. */
    @PostMapping("/{year}/reporting-rounds")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional
    Map<String, Object> openRound(@PathVariable int year) {
        return Map.of("year", year, "unitsOpened", planService.openReportingRound(plan(year)));
    }

    private AnnualPlan plan(int year) {
        return plans.findByYear(year).orElseThrow(() -> Refusal.notFound("error.plan.not-found", year));
    }
}
