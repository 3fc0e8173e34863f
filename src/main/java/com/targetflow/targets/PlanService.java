package com.targetflow.targets;

import com.targetflow.organisation.Unit;
import com.targetflow.organisation.UnitRepository;
import com.targetflow.web.ApiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafts, copies and issues annual plans. Issuing starts the year's processes, in the same transaction. */
@Service
@Transactional
public class PlanService {

    public static final String PROCESS_KEY = "annual-plan";

    private final PlanRepository plans;
    private final TargetRepository targets;
    private final IndicatorRepository indicators;
    private final UnitRepository units;
    private final RuntimeService runtime;
    private final Clock clock;

    PlanService(PlanRepository plans, TargetRepository targets, IndicatorRepository indicators, UnitRepository units,
                RuntimeService runtime, Clock clock) {
        this.plans = plans;
        this.targets = targets;
        this.indicators = indicators;
        this.units = units;
        this.runtime = runtime;
        this.clock = clock;
    }

    public AnnualPlan createDraft(int year) {
        if (plans.findByYear(year).isPresent()) {
            throw ApiException.conflict("year", "error.plan.year.taken", year);
        }
        return plans.save(new AnnualPlan(year));
    }

    public Target addTarget(AnnualPlan plan, String indicatorCode, String unitCode, BigDecimal quota, LocalDate dueDate) {
        Indicator indicator = indicators.findByCode(indicatorCode)
                .orElseThrow(() -> ApiException.badField("indicatorCode", "error.indicator.not-found", indicatorCode));
        Unit unit = units.findByCode(unitCode)
                .orElseThrow(() -> ApiException.badField("unitCode", "error.unit.not-found", unitCode));
        if (dueDate.getYear() != plan.getYear()) {
            throw ApiException.badField("dueDate", "error.target.due.year", dueDate, plan.getYear());
        }
        return targets.save(new Target(plan, indicator, unit, quota, dueDate));
    }

    /** Starts annual-plan, which calls unit-targets once for every unit that has a target. */
    public String issue(AnnualPlan plan) {
        if (!plan.isDraft()) {
            throw ApiException.conflict("status", "error.plan.issued", plan.getYear());
        }
        List<String> unitCodes = targets.unitCodesOf(plan);
        if (unitCodes.isEmpty()) {
            throw ApiException.badField("targets", "error.plan.empty", plan.getYear());
        }
        plan.markIssued(Instant.now(clock));
        return runtime.startProcessInstanceByKey(PROCESS_KEY, "plan-" + plan.getYear(), Map.of(
                "year", plan.getYear(),
                "planId", plan.getId(),
                "unitCodes", Variables.objectValue(unitCodes).serializationDataFormat("application/json").create()))
                .getId();
    }
}
