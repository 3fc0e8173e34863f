package com.targetflow.bench;

import com.targetflow.dashboard.DashboardViews;
import com.targetflow.organisation.OrganisationRegister;
import com.targetflow.organisation.UnitKind;
import com.targetflow.organisation.UnitRequest;
import com.targetflow.postgres.EmbeddedPostgresServer;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.PlanService;
import com.targetflow.targets.Plans;
import com.targetflow.targets.TargetRequest;
import com.targetflow.workbench.WorkbenchTasks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * P3: the task list at scale — many open tasks spread over many units. A secretary's inbox is the
 * workbench's list of open tasks (WorkbenchTasks.open: their unit's tasks and their own, most urgent
 * first, with the count on top), built for that secretary; the manager's dashboard is the app's own
 * (units × indicators of the plan). Beside them: the inbox as Camunda's own task query gives it
 * (Tasklist's filter for the unit's tasks and one's own, first page and count, as that secretary,
 * so with Camunda's authorization checks) on the same database, with no index of ours.
 *
 * <p>The tasks are made once (100,000 take minutes); each run is a fresh node on that database and
 * asks for units picked at random, so neither H2's reuse of an identical query's result nor a warm
 * cache flatters it.
 */
final class TaskListWorkload {

    private static final int YEAR = 2096;
    /** The second round's goal for Camunda's Tasklist: a unit's filter within a second. */
    private static final double TASKLIST_MS = 1000;

    private static final int SAMPLES = 200;
    /** Camunda's query takes seconds each at full size: fewer samples (their p95 is about their slowest). */
    private static final int BASELINE_SAMPLES = 10;

    private TaskListWorkload() {}

    static Row run(int tasks, int units, int runs, Path dir) {
        List<Double> inbox = new ArrayList<>();
        List<Double> camunda = new ArrayList<>();
        List<Double> dashboard = new ArrayList<>();
        List<Double> unchecked = new ArrayList<>();
        Path db = dir.resolve("p3");
        make(tasks, units, db);
        for (int run = 1; run <= runs; run++) {
            double[] p95 = once(units, db);
            inbox.add(p95[0]);
            camunda.add(p95[1]);
            dashboard.add(p95[2]);
            unchecked.add(p95[3]);
        }
        // Tasklist on the production database: the same tasks made on PostgreSQL, the same query as the secretary.
        String postgres = EmbeddedPostgresServer.database(
                "tf_bench_p3_" + UUID.randomUUID().toString().substring(0, 8));
        String postgresUser = EmbeddedPostgresServer.username();
        make(tasks, units, postgres, postgresUser);
        List<Double> onPostgres = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            onPostgres.add(tasklistOn(units, postgres, postgresUser));
        }
        double inboxMedian = Stats.median(inbox);
        double dashboardMedian = Stats.median(dashboard);
        double tasklistMedian = Stats.median(onPostgres);
        boolean holds = inboxMedian <= 100 && dashboardMedian <= 300 && tasklistMedian <= TASKLIST_MS;
        List<Double> ratio = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ratio.add(camunda.get(i) / inbox.get(i));
        }
        return new Row(
                "P3",
                "%,d open tasks over %,d units: a secretary's inbox (list + count), a manager's dashboard"
                        .formatted(tasks, units),
                "inbox p95 ≤ 100 ms, dashboard p95 ≤ 300 ms, Tasklist's unit filter p95 ≤ 1 s",
                "inbox p95 %s ms, dashboard p95 %s ms; Tasklist's unit filter on PostgreSQL p95 %s ms"
                        .formatted(
                                Stats.spread(inbox, "%.1f"),
                                Stats.spread(dashboard, "%.0f"),
                                Stats.spread(onPostgres, "%.0f")),
                ("the same filter on the embedded H2 (Camunda's task query as that secretary, first page + count): p95 %s"
                                + " ms, %s × the inbox; on H2 without Camunda's authorization check: p95 %s ms")
                        .formatted(
                                Stats.spread(camunda, "%.0f"),
                                Stats.spread(ratio, "%.0f"),
                                Stats.spread(unchecked, "%.0f")),
                (holds ? "holds" : misses(inboxMedian, dashboardMedian, tasklistMedian))
                        + onEmbedded(Stats.median(camunda)));
    }

    /** Tasklist's filter on H2 is not the goal (production runs PostgreSQL), but a reader must know how far off it is. */
    private static String onEmbedded(double tasklist) {
        return tasklist <= TASKLIST_MS
                ? ""
                : ("; on the embedded H2 Tasklist's filter takes %.1f s: run as the user, Camunda's query joins each open"
                                + " task to its identity links and its authorizations (one per task) before it filters, an"
                                + " order H2 keeps for outer joins; the README sends units to the workbench")
                        .formatted(tasklist / 1000);
    }

    /** p95 in milliseconds of Tasklist's unit filter as a secretary, on the database given. */
    private static double tasklistOn(int units, String url, String user) {
        try (ConfigurableApplicationContext node = BenchNode.start(url, user)) {
            return Stats.percentile(
                    asSecretaries(
                            node.getBean(TaskService.class),
                            node.getBean(IdentityService.class),
                            units,
                            BASELINE_SAMPLES * 2),
                    95);
        }
    }

    /** Milliseconds of Tasklist's unit filter, each time as the secretary of a unit picked at random. */
    private static List<Double> asSecretaries(TaskService tasks, IdentityService identity, int units, int samples) {
        Random random = new Random();
        List<Double> camunda = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            String unit = unit(1 + random.nextInt(units));
            String secretary = unit.toLowerCase();
            identity.setAuthentication(secretary, List.of(unit, "secretaries"));
            try {
                camunda.add(time(() -> inboxOf(tasks, secretary, unit)));
            } finally {
                identity.clearAuthentication();
            }
        }
        return camunda;
    }

    private static String misses(double inbox, double dashboard, double tasklist) {
        List<String> misses = new ArrayList<>();
        if (inbox > 100) {
            misses.add("inbox %.0f ms".formatted(inbox));
        }
        if (dashboard > 300) {
            misses.add("dashboard %.0f ms".formatted(dashboard));
        }
        if (tasklist > TASKLIST_MS) {
            misses.add("Tasklist on PostgreSQL %.0f ms".formatted(tasklist));
        }
        return "misses: " + String.join("; ", misses);
    }

    static void make(int tasks, int units, Path db) {
        make(tasks, units, BenchNode.h2(db), "sa");
    }

    static void make(int tasks, int units, String url, String user) {
        try (ConfigurableApplicationContext node = BenchNode.start(url, user)) {
            TransactionTemplate tx = node.getBean(TransactionTemplate.class);
            OrganisationRegister register = node.getBean(OrganisationRegister.class);
            RuntimeService runtime = node.getBean(RuntimeService.class);
            PlanService plans = node.getBean(PlanService.class);
            tx.executeWithoutResult(s -> {
                for (int u = 1; u <= units; u++) {
                    register.createUnit(
                            new UnitRequest(unit(u), "压测单位" + u, null, UnitKind.SUBDISTRICT_ASSOCIATION, "DISTRICT"));
                }
            });
            List<TargetRequest> rows = new ArrayList<>();
            for (int u = 1; u <= units; u++) {
                for (String code : List.of(
                        "ORG-2", "VOL-1", "VOL-2", "FAC-1", "FAC-2", "FAC-3", "SCH-2", "ROOM-1", "MED-1", "LEAD-1")) {
                    rows.add(new TargetRequest(unit(u), code, BigDecimal.ONE, LocalDate.of(YEAR, 12, 31)));
                }
            }
            tx.executeWithoutResult(s -> plans.importDraft(YEAR, rows));
            node.getBean(RepositoryService.class)
                    .createDeployment()
                    .addModelInstance(
                            "bench-unit-task.bpmn",
                            Bpmn.createExecutableProcess("bench-unit-task")
                                    .camundaHistoryTimeToLive(1)
                                    .startEvent()
                                    .userTask()
                                    .name("进展填报")
                                    .camundaCandidateGroups("${unitCode}")
                                    .camundaDueDate("${due}")
                                    .endEvent()
                                    .done())
                    .deploy();
            Random random = new Random(42);
            for (int from = 0; from < tasks; from += 2000) {
                int first = from;
                tx.executeWithoutResult(s -> {
                    for (int i = first; i < Math.min(tasks, first + 2000); i++) {
                        runtime.startProcessInstanceByKey(
                                "bench-unit-task",
                                Map.of(
                                        "unitCode",
                                        unit(1 + i % units),
                                        "due",
                                        Date.from(Instant.now().plusSeconds(random.nextInt(90 * 86400)))));
                    }
                });
            }
        }
    }

    /** p95 in milliseconds of: the secretary's inbox, Camunda's inbox query, the dashboard, Camunda's query unchecked. */
    private static double[] once(int units, Path db) {
        try (ConfigurableApplicationContext node = BenchNode.start(BenchNode.h2(db), "sa")) {
            TransactionTemplate tx = node.getBean(TransactionTemplate.class);
            TaskService taskService = node.getBean(TaskService.class);
            IdentityService identity = node.getBean(IdentityService.class);
            WorkbenchTasks workbench = node.getBean(WorkbenchTasks.class);
            Random random = new Random();
            List<Double> inbox = new ArrayList<>();
            for (int i = 0; i < SAMPLES; i++) {
                String unit = unit(1 + random.nextInt(units));
                Authentication secretary = UsernamePasswordAuthenticationToken.authenticated(
                        unit.toLowerCase(),
                        null,
                        List.of(
                                new SimpleGrantedAuthority("GROUP_" + unit),
                                new SimpleGrantedAuthority("GROUP_secretaries")));
                inbox.add(time(() -> {
                    if (workbench.open(secretary, Locale.SIMPLIFIED_CHINESE).isEmpty()) {
                        throw new IllegalStateException("An empty inbox for " + unit);
                    }
                }));
            }
            List<Double> camunda = asSecretaries(taskService, identity, units, BASELINE_SAMPLES);
            List<Double> unchecked = new ArrayList<>();
            for (int i = 0; i < BASELINE_SAMPLES; i++) {
                String unit = unit(1 + random.nextInt(units));
                unchecked.add(time(() -> inboxOf(taskService, unit.toLowerCase(), unit)));
            }
            DashboardViews dashboards = node.getBean(DashboardViews.class);
            AnnualPlan plan = node.getBean(Plans.class).findAll().stream()
                    .filter(p -> p.getYear() == YEAR)
                    .findFirst()
                    .orElseThrow();
            List<Double> dashboard = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                dashboard.add(time(
                        () -> tx.executeWithoutResult(s -> dashboards.build(plan, unit -> true, null, Locale.CHINA))));
            }
            return new double[] {
                Stats.percentile(inbox, 95),
                Stats.percentile(camunda, 95),
                Stats.percentile(dashboard, 95),
                Stats.percentile(unchecked, 95)
            };
        }
    }

    private static void inboxOf(TaskService tasks, String user, String unit) {
        TaskQuery query = tasks.createTaskQuery()
                .or()
                .taskCandidateGroupIn(List.of(unit))
                .taskAssignee(user)
                .endOr()
                .orderByDueDate()
                .asc();
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
