package com.targetflow.bench;

import com.targetflow.dashboard.DashboardService;
import com.targetflow.organisation.OrganisationRegister;
import com.targetflow.organisation.UnitKind;
import com.targetflow.organisation.UnitRequest;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.PlanRepository;
import com.targetflow.targets.PlanService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * P3: the task list at scale — many open tasks spread over many units. A secretary's inbox is the
 * query the Tasklist's 我的待办 filter runs (their unit's tasks and their own, soonest due first,
 * first page and count) as that secretary, so with Camunda's authorization checks; the manager's
 * dashboard is the app's own (units × indicators of the plan). Beside them: the same inbox as a
 * plain task query without authorization, i.e. what Camunda costs with nothing of ours around it.
 */
final class TaskListWorkload {

    private static final int YEAR = 2096;
    private static final int SAMPLES = 200;

    private TaskListWorkload() {
    }

    static Row run(int tasks, int units, int runs, Path dir) {
        List<Double> inbox = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        List<Double> dashboard = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            double[] p95 = once(tasks, units, dir.resolve("p3-" + run));
            inbox.add(p95[0]);
            bare.add(p95[1]);
            dashboard.add(p95[2]);
        }
        double inboxMedian = Stats.median(inbox);
        double dashboardMedian = Stats.median(dashboard);
        boolean holds = inboxMedian <= 100 && dashboardMedian <= 300;
        return new Row("P3", "%,d open tasks over %,d units: inbox (first page + count), dashboard".formatted(tasks, units),
                "inbox p95 ≤ 100 ms, dashboard p95 ≤ 300 ms",
                "inbox p95 %s ms, dashboard p95 %s ms".formatted(Stats.spread(inbox, "%.1f"), Stats.spread(dashboard, "%.0f")),
                "plain task query, no authorization: p95 %s ms".formatted(Stats.spread(bare, "%.1f")),
                holds ? "holds" : "misses: inbox %.0f ms, dashboard %.0f ms".formatted(inboxMedian, dashboardMedian));
    }

    /** p95 in milliseconds of: the secretary's inbox, the plain inbox, the dashboard. */
    private static double[] once(int tasks, int units, Path db) {
        try (ConfigurableApplicationContext node = BenchNode.start(BenchNode.h2(db), "sa")) {
            TransactionTemplate tx = node.getBean(TransactionTemplate.class);
            OrganisationRegister register = node.getBean(OrganisationRegister.class);
            RuntimeService runtime = node.getBean(RuntimeService.class);
            TaskService taskService = node.getBean(TaskService.class);
            IdentityService identity = node.getBean(IdentityService.class);
            PlanService plans = node.getBean(PlanService.class);
            tx.executeWithoutResult(s -> {
                for (int u = 1; u <= units; u++) {
                    register.createUnit(new UnitRequest(unit(u), "压测单位" + u, null, UnitKind.SUBDISTRICT_ASSOCIATION, "DISTRICT"));
                }
                AnnualPlan plan = plans.createDraft(YEAR);
                for (int u = 1; u <= units; u++) {
                    for (String code : List.of("ORG-2", "VOL-1", "VOL-2", "FAC-1", "FAC-2", "FAC-3", "SCH-2", "ROOM-1", "MED-1", "LEAD-1")) {
                        plans.addTarget(plan, code, unit(u), BigDecimal.ONE, LocalDate.of(YEAR, 12, 31));
                    }
                }
            });
            node.getBean(RepositoryService.class).createDeployment().addModelInstance("bench-unit-task.bpmn",
                    Bpmn.createExecutableProcess("bench-unit-task").camundaHistoryTimeToLive(1).startEvent()
                            .userTask().name("进展填报").camundaCandidateGroups("${unitCode}").camundaDueDate("${due}")
                            .endEvent().done()).deploy();
            Random random = new Random(42);
            for (int from = 0; from < tasks; from += 2000) {
                int first = from;
                tx.executeWithoutResult(s -> {
                    for (int i = first; i < Math.min(tasks, first + 2000); i++) {
                        runtime.startProcessInstanceByKey("bench-unit-task", Map.of("unitCode", unit(1 + i % units),
                                "due", java.util.Date.from(java.time.Instant.now().plusSeconds(random.nextInt(90 * 86400)))));
                    }
                });
            }
            List<Double> inbox = new ArrayList<>();
            List<Double> bare = new ArrayList<>();
            for (int i = 0; i < SAMPLES; i++) {
                String unit = unit(1 + random.nextInt(units));
                String user = unit.toLowerCase();
                identity.setAuthentication(user, List.of(unit, "secretaries"));
                try {
                    inbox.add(time(() -> inboxOf(taskService, user, unit)));
                } finally {
                    identity.clearAuthentication();
                }
                bare.add(time(() -> inboxOf(taskService, user, unit)));
            }
            DashboardService dashboards = node.getBean(DashboardService.class);
            AnnualPlan plan = node.getBean(PlanRepository.class).findAll().stream()
                    .filter(p -> p.getYear() == YEAR).findFirst().orElseThrow();
            List<Double> dashboard = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                dashboard.add(time(() -> tx.executeWithoutResult(s -> dashboards.build(plan, unit -> true, null, Locale.CHINA))));
            }
            return new double[] {Stats.percentile(inbox, 95), Stats.percentile(bare, 95), Stats.percentile(dashboard, 95)};
        }
    }

    private static void inboxOf(TaskService tasks, String user, String unit) {
        TaskQuery query = tasks.createTaskQuery().or().taskCandidateGroupIn(List.of(unit)).taskAssignee(user).endOr()
                .orderByDueDate().asc();
        query.listPage(0, 15);
        query.count();
    }

    private static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static String unit(int u) {
        return "T%04d".formatted(u);
    }
}
