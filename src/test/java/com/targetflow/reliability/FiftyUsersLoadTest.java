package com.targetflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DemoDistrictTest;
import com.targetflow.bench.Stats;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.reliability.RawHttp.Body;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.PlanService;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fifty people at once for two minutes, on loopback against the running app: the thirteen
 * secretaries-general report their unit's progress, twelve managers review and return the reports
 * (so that the secretaries report again), thirteen unit leaders read their to-dos and the plan,
 * and twelve leaders keep the dashboard open and refresh it. Every answer must be the expected
 * one: no error, no timeout. The test reports the median and 95th percentile of each kind of
 * request (target/load/latest.md). Bounded: 50 threads, -Dtargetflow.load.seconds (default 120).
 */
@DemoDistrictTest
class FiftyUsersLoadTest {

    private static final Logger log = LoggerFactory.getLogger(FiftyUsersLoadTest.class);
    /** A plan year no other test uses. */
    private static final int YEAR = 2069;

    private static final int UNITS = 13;
    private static final int MANAGERS = 12;
    private static final int DASHBOARDS = 12;

    @LocalServerPort
    int port;

    @Autowired
    PlanService plans;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    TransactionTemplate tx;

    private RawHttp http;
    private final Map<String, List<Double>> latencies = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger reportsSubmitted = new AtomicInteger();
    private final AtomicInteger reportsReturned = new AtomicInteger();
    private volatile long endAt;

    @Test
    void fiftyUsersForTwoMinutesGetOnlyTheAnswersTheyExpect() throws Exception {
        http = new RawHttp(port);
        everyUnitHasAProgressReportToWrite();
        int seconds = Integer.getInteger("targetflow.load.seconds", 120);
        endAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);

        ExecutorService users = Executors.newFixedThreadPool(UNITS * 2 + MANAGERS + DASHBOARDS);
        for (int n = 1; n <= UNITS; n++) {
            int unit = n;
            users.submit(() -> secretary(unit));
            users.submit(() -> unitLeader(unit));
        }
        for (int m = 0; m < MANAGERS; m++) {
            int manager = m;
            users.submit(() -> manager(manager));
        }
        for (int d = 0; d < DASHBOARDS; d++) {
            int viewer = d;
            users.submit(() -> dashboard(viewer));
        }
        users.shutdown();
        assertThat(users.awaitTermination(seconds + 60L, TimeUnit.SECONDS))
                .as("every simulated user stopped")
                .isTrue();

        String table = report(seconds);
        log.info("Load of {} users for {} s:\n{}", UNITS * 2 + MANAGERS + DASHBOARDS, seconds, table);
        Path out = Path.of("target", "load", "latest.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);

        assertThat(errors).as("errors under load").isEmpty();
        assertThat(reportsSubmitted.get()).as("reports submitted").isGreaterThan(UNITS);
        assertThat(reportsReturned.get()).as("reports reviewed and returned").isGreaterThan(UNITS);
    }

    /** The plan is issued, every unit confirms, and the first reporting round opens. */
    private void everyUnitHasAProgressReportToWrite() {
        tx.executeWithoutResult(s -> {
            AnnualPlan plan = plans.createDraft(YEAR);
            for (int n = 1; n <= UNITS; n++) {
                plans.addTarget(plan, "FAC-1", unit(n), BigDecimal.TEN, LocalDate.of(YEAR, 10, 31));
                plans.addTarget(plan, "SCH-1", unit(n), BigDecimal.valueOf(4), LocalDate.of(YEAR, 10, 31));
            }
            plans.issue(plan);
        });
        for (int n = 1; n <= UNITS; n++) {
            String instance = instanceOf(n);
            tasks.complete(
                    tasks.createTaskQuery()
                            .processInstanceId(instance)
                            .singleResult()
                            .getId(),
                    Map.of("targetsAccepted", true));
            management.executeJob(management
                    .createJobQuery()
                    .processInstanceId(instance)
                    .timers()
                    .singleResult()
                    .getId());
        }
    }

    // ------------------------------------------------------------------ the people

    private void secretary(int n) {
        String user = "street" + pad(n);
        while (running()) {
            call("workbench", user, "GET", "/api/workbench", null, 200);
            Task report = taskOf(n, UnitTargetsModel.TASK_REPORT_PROGRESS);
            if (report != null) {
                call("report form", user, "GET", "/api/workbench/tasks/" + report.getId() + "/form", null, 200);
                think(500, 1500);
                if (call(
                        "submit report",
                        user,
                        "POST",
                        "/api/workbench/tasks/" + report.getId() + "/complete",
                        "{\"values\":[{\"indicatorCode\":\"FAC-1\",\"value\":"
                                + ThreadLocalRandom.current().nextInt(1, 10)
                                + "},{\"indicatorCode\":\"SCH-1\",\"value\":2}],\"narrative\":\"本季度按计划推进，附活动照片。\"}",
                        200)) {
                    reportsSubmitted.incrementAndGet();
                }
            } else {
                call("plan", user, "GET", "/api/plans/" + YEAR, null, 200);
            }
            think(300, 1000);
        }
    }

    private void unitLeader(int n) {
        String user = "street" + pad(n) + "-leader";
        while (running()) {
            call("workbench", user, "GET", "/api/workbench", null, 200);
            call("plan", user, "GET", "/api/plans/" + YEAR, null, 200);
            call("escalations", user, "GET", "/api/escalations", null, 200);
            think(1000, 3000);
        }
    }

    /** Each manager reviews the units given to them (m, m + 12, …), so two managers never race for one report. */
    private void manager(int m) {
        String user = m % 2 == 0 ? "manager" : "admin";
        while (running()) {
            call("workbench", user, "GET", "/api/workbench", null, 200);
            for (int n = m + 1; n <= UNITS; n += MANAGERS) {
                Task review = taskOf(n, UnitTargetsModel.TASK_REVIEW_REPORT);
                if (review == null) {
                    continue;
                }
                call("review form", user, "GET", "/api/workbench/tasks/" + review.getId() + "/form", null, 200);
                think(300, 1000);
                if (call(
                        "return report",
                        user,
                        "POST",
                        "/api/workbench/tasks/" + review.getId() + "/complete",
                        "{\"reportApproved\":\"false\",\"comments\":[{\"indicatorCode\":\"FAC-1\",\"comment\":\"请补充活动照片\"}]}",
                        200)) {
                    reportsReturned.incrementAndGet();
                }
            }
            think(500, 1500);
        }
    }

    private void dashboard(int d) {
        String user = d % 3 == 0 ? "leader" : d % 3 == 1 ? "manager" : "street" + pad(d + 1);
        while (running()) {
            call("dashboard (JSON)", user, "GET", "/api/dashboard?year=" + YEAR, null, 200);
            call("dashboard (page)", user, "GET", "/dashboard?year=" + YEAR, null, 200);
            think(2000, 5000);
        }
    }

    // ------------------------------------------------------------------ measuring

    /** One request, timed; any other answer than the expected one is an error, kept with its body. */
    private boolean call(String kind, String user, String method, String path, String json, int expected) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> answer =
                    http.send(method, path, user, "demo", "zh-CN", json == null ? Body.none() : Body.json(json));
            double ms = (System.nanoTime() - start) / 1e6;
            latencies
                    .computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(ms);
            if (answer.statusCode() != expected) {
                errors.add(kind + " as " + user + ": " + answer.statusCode() + " " + abbreviate(answer.body()));
                return false;
            }
            return true;
        } catch (RuntimeException e) {
            errors.add(kind + " as " + user + ": " + e.getMessage());
            return false;
        }
    }

    private String report(int seconds) {
        List<Double> all = new ArrayList<>();
        StringBuilder table = new StringBuilder(
                "| request | count | p50 ms | p95 ms | max ms |\n| --- | ---: | ---: | ---: | ---: |\n");
        for (Map.Entry<String, List<Double>> kind : new TreeMap<>(latencies).entrySet()) {
            List<Double> times = new ArrayList<>(kind.getValue());
            all.addAll(times);
            table.append(row(kind.getKey(), times));
        }
        table.append(row("**all**", all));
        table.append("\n")
                .append(UNITS * 2 + MANAGERS + DASHBOARDS)
                .append(" users, ")
                .append(seconds)
                .append(" s, ")
                .append(all.size())
                .append(" requests (")
                .append(String.format("%.1f", all.size() / (double) seconds))
                .append("/s), ")
                .append(reportsSubmitted.get())
                .append(" reports submitted, ")
                .append(reportsReturned.get())
                .append(" reviewed and returned, ")
                .append(errors.size())
                .append(" errors\n");
        return table.toString();
    }

    private static String row(String kind, List<Double> times) {
        if (times.isEmpty()) {
            return String.format("| %s | 0 | | | |%n", kind);
        }
        return String.format(
                "| %s | %d | %.0f | %.0f | %.0f |%n",
                kind, times.size(), Stats.percentile(times, 50), Stats.percentile(times, 95), Collections.max(times));
    }

    // ------------------------------------------------------------------ helpers

    private boolean running() {
        return System.nanoTime() < endAt;
    }

    private static void think(int fromMs, int toMs) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(fromMs, toMs));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Task taskOf(int n, String key) {
        return tasks.createTaskQuery()
                .processInstanceId(instanceOf(n))
                .taskDefinitionKey(key)
                .singleResult();
    }

    private final Map<Integer, String> instances = new ConcurrentHashMap<>();

    private String instanceOf(int n) {
        return instances.computeIfAbsent(
                n,
                unit -> runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(YEAR + "-" + unit(unit))
                        .singleResult()
                        .getId());
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static String unit(int n) {
        return "SD" + pad(n);
    }

    private static String pad(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
