package com.targetflow.targets;

import com.targetflow.domain.Refusal;
import com.targetflow.organisation.Language;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One unit's targets and progress for a year; a unit sees only itself. */
@RestController
class UnitTargetsController {

    private final PlanRepository plans;
    private final ProgressService progress;
    private final Viewer viewer;

    UnitTargetsController(PlanRepository plans, ProgressService progress, Viewer viewer) {
        this.plans = plans;
        this.progress = progress;
        this.viewer = viewer;
    }

    @GetMapping("/api/units/{code}/targets")
    @Transactional(readOnly = true)
    List<TargetProgress> targets(
            @PathVariable String code, @RequestParam int year, Principal principal, Locale locale) {
        if (!viewer.visibleUnits(principal).test(code)) {
            throw Refusal.forbidden();
        }
        AnnualPlan plan = plans.findByYear(year).orElseThrow(() -> Refusal.notFound("error.plan.not-found", year));
        return progress.view(plan, code::equals, Language.of(locale)).targets();
    }
}
