package com.targetflow.report;

import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.PlanService;
import com.targetflow.targets.Plans;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** A small year of sub-district 1, through the real processes: issued, confirmed, one report approved. */
final class SmallYear {

    private final PlanService plans;
    private final Plans planRepository;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TransactionTemplate tx;
    private final int year;

    SmallYear(ApplicationContext beans, int year) {
        this.plans = beans.getBean(PlanService.class);
        this.planRepository = beans.getBean(Plans.class);
        this.runtime = beans.getBean(RuntimeService.class);
        this.tasks = beans.getBean(TaskService.class);
        this.tx = beans.getBean(TransactionTemplate.class);
        this.year = year;
    }

    /** SD01's targets (indicator → quota) and the district's milestones, issued and confirmed; the first round open. */
    SmallYear issue(Map<String, Integer> quotas, String... districtMilestones) {
        tx.executeWithoutResult(s -> {
            AnnualPlan plan = plans.createDraft(year);
            quotas.forEach((indicator, quota) ->
                    plans.addTarget(plan, indicator, "SD01", BigDecimal.valueOf(quota), LocalDate.of(year, 12, 31)));
            for (String milestone : districtMilestones) {
                plans.addTarget(plan, milestone, "DIST", BigDecimal.ONE, LocalDate.of(year, 12, 31));
            }
            plans.issue(plan);
        });
        tasks.complete(unitTask().getId(), Map.of("targetsAccepted", true));
        plans.openReportingRound(planRepository.findByYear(year).orElseThrow());
        return this;
    }

    /** One report of the unit, with a value for every target, approved. */
    SmallYear report(Map<String, String> values) {
        List<Map<String, Object>> rows = values.entrySet().stream()
                .map(v -> Map.<String, Object>of("indicatorCode", v.getKey(), "value", v.getValue()))
                .toList();
        tasks.complete(unitTask().getId(), Map.of("values", rows, "narrative", "全年工作"));
        tasks.complete(unitTask().getId(), Map.of("reportApproved", true));
        return this;
    }

    private Task unitTask() {
        String instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey("unit-targets")
                .processInstanceBusinessKey(year + "-SD01")
                .singleResult()
                .getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult();
    }
}
