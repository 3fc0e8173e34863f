package com.targetflow.targets;

import com.targetflow.organisation.Unit;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What tests of other features do with targets' own tables (their repositories are package-private):
 * read a unit's reports, remove evidence and a whole plan they made.
 */
@Component
public class TargetsForTests {

    private final ReportRepository reports;
    private final EvidenceRepository evidence;
    private final TargetRepository targets;
    private final PlanRepository plans;

    TargetsForTests(
            ReportRepository reports, EvidenceRepository evidence, TargetRepository targets, PlanRepository plans) {
        this.reports = reports;
        this.evidence = evidence;
        this.targets = targets;
        this.plans = plans;
    }

    public List<ProgressReport> reportsOf(AnnualPlan plan, Unit unit) {
        return reports.findByPlanAndUnitOrderById(plan, unit);
    }

    /** Every target of the plan, by unit and indicator. */
    public List<Target> targetsOf(AnnualPlan plan) {
        return targets.findByPlanOrderByUnitCodeAscIndicatorIdAsc(plan);
    }

    /** Every target of the year's plan. */
    public List<Target> targetsOf(int year) {
        return targets.findByPlanOrderByUnitCodeAscIndicatorIdAsc(
                plans.findByYear(year).orElseThrow());
    }

    public void deleteEvidence(Collection<Long> ids) {
        ids.stream().filter(evidence::existsById).forEach(evidence::deleteById);
    }

    /** The plan of the year and its targets, if there is one; in the caller's transaction. */
    public void deletePlanWithTargets(int year) {
        plans.findByYear(year).ifPresent(plan -> {
            targets.deleteAll(targets.findByPlanOrderByUnitCodeAscIndicatorIdAsc(plan));
            plans.delete(plan);
        });
        targets.flush();
    }
}
