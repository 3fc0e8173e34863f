package com.targetflow.targets;

import com.targetflow.domain.Refusal;
import com.targetflow.organisation.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan API's work, one transaction per request: the plan found by its year (or id), the change
 * made through PlanService, and the answer read while the plan is still at hand.
 */
@Service
@Transactional
class PlanActions {

    private final Plans plans;
    private final PlanService planService;
    private final ProgressService progress;

    PlanActions(Plans plans, PlanService planService, ProgressService progress) {
        this.plans = plans;
        this.planService = planService;
        this.progress = progress;
    }

    /** Every plan, newest first: id, year and status. */
    @Transactional(readOnly = true)
    List<Map<String, Object>> all() {
        return plans.findAll().stream()
                .sorted((a, b) -> Integer.compare(b.getYear(), a.getYear()))
                .map(p -> Map.<String, Object>of("id", p.getId(), "year", p.getYear(), "status", p.getStatus()))
                .toList();
    }

    PlanView create(PlanRequest request, Predicate<String> visibleUnit, Language language) {
        return progress.view(planService.create(request), visibleUnit, language);
    }

    long addTarget(int year, TargetRequest request) {
        return planService.addTargetAndTell(plans.ofYear(year), request).getId();
    }

    Map<String, Object> changeTarget(int year, long id, BigDecimal quota, LocalDate dueDate, Long version) {
        Target target = planService.changeTarget(plans.ofYear(year), id, quota, dueDate, version);
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

    Map<String, Object> issue(long id) {
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

    int openReportingRound(int year) {
        return planService.openReportingRound(plans.ofYear(year));
    }
}
