package com.targetflow.targets;

import com.targetflow.organisation.Unit;
import java.util.List;
import org.springframework.stereotype.Component;

/** The units' targets as other features read them; only targets changes them. */
@Component
public class Targets {

    private final TargetRepository repository;

    Targets(TargetRepository repository) {
        this.repository = repository;
    }

    public List<Target> findByPlanAndUnitOrderByIndicatorId(AnnualPlan plan, Unit unit) {
        return repository.findByPlanAndUnitOrderByIndicatorId(plan, unit);
    }

    public List<HighestQuota> highestQuotasOf(long planId) {
        return repository.highestQuotasOf(planId);
    }

    public List<String> reportingUnitCodesOf(AnnualPlan plan) {
        return repository.reportingUnitCodesOf(plan);
    }
}
