package com.targetflow.bench;

import com.targetflow.organisation.OrganisationRegister;
import com.targetflow.organisation.UnitKind;
import com.targetflow.organisation.UnitRequest;
import com.targetflow.targets.PlanService;
import com.targetflow.targets.Plans;
import com.targetflow.targets.TargetRequest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * P1: issuing a plan of many units × indicators, all in one transaction (every unit's instance,
 * confirmation task and escalation ladder, committed together). Beside it, on the same database
 * in the same run: bare Camunda starting as many one-user-task instances in one transaction, and
 * raw JDBC inserting as many rows as issuing wrote.
 */
final class PlanIssueWorkload {

    private static final int YEAR = 2095;
    /** The second round's goals (the first asked for 20 s and half the bare rate). */
    private static final double SECONDS = 12;

    private static final double BARE_RATE = 0.8;

    private PlanIssueWorkload() {}

    record Result(double seconds, long instances, long rows, double bareSeconds, double jdbcSeconds) {}

    static Row run(int units, int indicators, int runs, Path dir) {
        List<Result> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            results.add(once(units, indicators, dir.resolve("p1-" + run)));
        }
        List<Double> seconds = results.stream().map(Result::seconds).toList();
        List<Double> ratio =
                results.stream().map(r -> r.bareSeconds() / r.seconds()).toList();
        List<Double> jdbcRatio =
                results.stream().map(r -> r.jdbcSeconds() / r.seconds()).toList();
        Result any = results.get(0);
        double median = Stats.median(seconds);
        double ratioMedian = Stats.median(ratio);
        boolean holds = median <= SECONDS && ratioMedian >= BARE_RATE;
        return new Row(
                "P1",
                "issue a plan of %,d units × %d indicators (%,d instances, %,d rows)"
                        .formatted(units, indicators, any.instances(), any.rows()),
                "≤ 12 s, ≥ 0.8 × bare rate",
                Stats.spread(seconds, "%.1f s"),
                "bare Camunda %s s for as many one-task instances (ours at %s × its rate); raw JDBC %s s for as many rows (%s ×)"
                        .formatted(
                                Stats.spread(
                                        results.stream()
                                                .map(Result::bareSeconds)
                                                .toList(),
                                        "%.1f"),
                                Stats.spread(ratio, "%.2f"),
                                Stats.spread(
                                        results.stream()
                                                .map(Result::jdbcSeconds)
                                                .toList(),
                                        "%.2f"),
                                Stats.spread(jdbcRatio, "%.3f")),
                holds ? "holds" : shortfall(median, ratioMedian));
    }

    private static String shortfall(double median, double ratio) {
        List<String> misses = new ArrayList<>();
        if (median > SECONDS) {
            misses.add("%.0f %% over the time".formatted((median / SECONDS - 1) * 100));
        }
        if (ratio < BARE_RATE) {
            misses.add("%.2f × the bare rate, not %.1f ×".formatted(ratio, BARE_RATE));
        }
        return "misses: " + String.join("; ", misses) + " — each unit costs a process instance, a task with its "
                + "listeners, an escalation ladder instance with its timer and our own rows, in full history";
    }

    private static Result once(int units, int indicators, Path db) {
        try (ConfigurableApplicationContext node = BenchNode.start(BenchNode.h2(db), "sa")) {
            JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
            TransactionTemplate tx = node.getBean(TransactionTemplate.class);
            PlanService plans = node.getBean(PlanService.class);
            OrganisationRegister register = node.getBean(OrganisationRegister.class);
            RuntimeService runtime = node.getBean(RuntimeService.class);
            List<String> codes = jdbc.queryForList("select code from tf_indicator order by id", String.class);
            for (int i = codes.size() + 1; i <= indicators; i++) {
                jdbc.update(
                        "insert into tf_indicator (code, name, name_en, kind, measure, measure_en, default_quota, source) "
                                + "values (?, ?, ?, 'COUNT', '次', 'times', 1, 'REPORTED')",
                        "BEN-" + i,
                        "压测指标" + i,
                        "Bench " + i);
            }
            List<String> indicatorCodes = jdbc.queryForList("select code from tf_indicator order by id", String.class)
                    .subList(0, indicators);
            tx.executeWithoutResult(s -> {
                for (int u = 1; u <= units; u++) {
                    register.createUnit(new UnitRequest(
                            "B%04d".formatted(u), "压测单位" + u, null, UnitKind.SUBDISTRICT_ASSOCIATION, "DISTRICT"));
                }
            });
            // Through the Excel import's bulk path: added one by one, 20,000 targets in one transaction take long.
            List<TargetRequest> plan = new ArrayList<>();
            for (int u = 1; u <= units; u++) {
                for (String code : indicatorCodes) {
                    plan.add(new TargetRequest("B%04d".formatted(u), code, BigDecimal.ONE, LocalDate.of(YEAR, 12, 31)));
                }
            }
            long[] planId = new long[1];
            tx.executeWithoutResult(
                    s -> planId[0] = plans.importDraft(YEAR, plan).getId());
            long instancesBefore = runtime.createProcessInstanceQuery().count();
            long rowsBefore = rows(jdbc);
            long start = System.nanoTime();
            tx.executeWithoutResult(s ->
                    plans.issue(node.getBean(Plans.class).findById(planId[0]).orElseThrow()));
            double seconds = (System.nanoTime() - start) / 1e9;
            long instances = runtime.createProcessInstanceQuery().count() - instancesBefore;
            long rows = rows(jdbc) - rowsBefore;

            node.getBean(RepositoryService.class)
                    .createDeployment()
                    .addModelInstance(
                            "bench-one-task.bpmn",
                            Bpmn.createExecutableProcess("bench-one-task")
                                    .camundaHistoryTimeToLive(1)
                                    .startEvent()
                                    .userTask()
                                    .camundaCandidateGroups("bench")
                                    .endEvent()
                                    .done())
                    .deploy();
            start = System.nanoTime();
            tx.executeWithoutResult(s -> {
                for (long i = 0; i < instances; i++) {
                    runtime.startProcessInstanceByKey("bench-one-task");
                }
            });
            double bareSeconds = (System.nanoTime() - start) / 1e9;

            jdbc.execute("create table bench_rows (id bigint primary key, payload varchar(200))");
            start = System.nanoTime();
            tx.executeWithoutResult(s -> {
                List<Object[]> batch = new ArrayList<>();
                for (long i = 0; i < rows; i++) {
                    batch.add(new Object[] {i, "row " + i + " of the plan's issue, as long as a typical row"});
                    if (batch.size() == 1000 || i == rows - 1) {
                        jdbc.batchUpdate("insert into bench_rows (id, payload) values (?, ?)", batch);
                        batch.clear();
                    }
                }
            });
            double jdbcSeconds = (System.nanoTime() - start) / 1e9;
            return new Result(seconds, instances, rows, bareSeconds, jdbcSeconds);
        }
    }

    /** Rows in every table of the schema, counted exactly. */
    static long rows(JdbcTemplate jdbc) {
        long total = 0;
        for (String table : jdbc.queryForList(
                "select table_name from information_schema.tables "
                        + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'",
                String.class)) {
            Long n = jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class);
            total += n == null ? 0 : n;
        }
        return total;
    }
}
