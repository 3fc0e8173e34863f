package com.targetflow.bench;

import com.targetflow.postgres.EmbeddedPostgresServer;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * P4: many jobs (timers and async continuations) on a real PostgreSQL, executed by one node and
 * then by two nodes sharing the database; the stopwatch runs from the moment they all fall due
 * until none is left. Nothing may be lost or run twice.
 */
final class AsyncJobsWorkload {

    private AsyncJobsWorkload() {}

    static Row run(int jobs, int runs) {
        List<Double> one = new ArrayList<>();
        List<Double> two = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            one.add(once(jobs, 1));
            two.add(once(jobs, 2));
        }
        List<Double> ratio = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ratio.add(two.get(i) / one.get(i));
        }
        double ratioMedian = Stats.median(ratio);
        return new Row(
                "P4",
                "%,d async jobs on PostgreSQL, two nodes vs one".formatted(jobs),
                "nothing lost or run twice; two ≥ 0.9 × one",
                "two nodes %s jobs/s, nothing lost or twice".formatted(Stats.spread(two, "%.0f")),
                "one node %s jobs/s; ratio %s".formatted(Stats.spread(one, "%.0f"), Stats.spread(ratio, "%.2f")),
                ratioMedian >= 0.9
                        ? "holds"
                        : "misses: %.2f × one node — on 2 cores two nodes compete for the same CPUs and "
                                        .formatted(ratioMedian)
                                + "for the same due jobs (optimistic-lock retries)");
    }

    /** Jobs per second with the given number of nodes. */
    private static double once(int jobs, int nodes) {
        String url = EmbeddedPostgresServer.database(
                "tf_bench_" + UUID.randomUUID().toString().substring(0, 8));
        String user = EmbeddedPostgresServer.username();
        List<ConfigurableApplicationContext> running = new ArrayList<>();
        try {
            for (int n = 1; n <= nodes; n++) {
                running.add(BenchNode.start(
                        url,
                        user,
                        "--camunda.bpm.job-execution.enabled=true",
                        "--camunda.bpm.generic-properties.properties.hostname=node" + n));
            }
            ConfigurableApplicationContext first = running.get(0);
            // Each instance makes two jobs: a timer, then an async continuation. The timers are all
            // made first, due in an hour, and released at one moment to the nodes already running by
            // moving the engine's clock (both nodes live in this JVM and read the same clock).
            first.getBean(RepositoryService.class)
                    .createDeployment()
                    .addModelInstance(
                            "bench-async.bpmn",
                            Bpmn.createExecutableProcess("bench-async")
                                    .camundaHistoryTimeToLive(1)
                                    .startEvent()
                                    .intermediateCatchEvent("Event_Released")
                                    .timerWithDate("${releaseAt}")
                                    .serviceTask("Task_Work")
                                    .camundaAsyncBefore()
                                    .camundaExpression("${true}")
                                    .endEvent()
                                    .done())
                    .deploy();
            ManagementService management = first.getBean(ManagementService.class);
            RuntimeService runtime = first.getBean(RuntimeService.class);
            TransactionTemplate tx = first.getBean(TransactionTemplate.class);
            Date releaseAt = new Date(System.currentTimeMillis() + 3_600_000);
            int instances = jobs / 2;
            for (int from = 0; from < instances; from += 1000) {
                int count = Math.min(1000, instances - from);
                tx.executeWithoutResult(s -> {
                    for (int i = 0; i < count; i++) {
                        runtime.startProcessInstanceByKey("bench-async", Map.of("releaseAt", releaseAt));
                    }
                });
            }
            long total = management
                    .createJobQuery()
                    .processDefinitionKey("bench-async")
                    .count();
            ClockUtil.setCurrentTime(new Date(releaseAt.getTime() + 1000));
            // An idle job executor sleeps up to its max-wait before it looks again: the stopwatch
            // starts when the first job is done, so that it measures the rate, not the wake-up.
            while (management
                            .createJobQuery()
                            .processDefinitionKey("bench-async")
                            .count()
                    >= total) {
                Thread.sleep(10);
            }
            long start = System.nanoTime();
            long deadline = System.currentTimeMillis() + 900_000;
            while (management
                            .createJobQuery()
                            .processDefinitionKey("bench-async")
                            .count()
                    > 0) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("Jobs left after 15 minutes");
                }
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            HistoryService history = first.getBean(HistoryService.class);
            List<HistoricJobLog> succeeded = history.createHistoricJobLogQuery().successLog().list().stream()
                    .filter(l -> "Task_Work".equals(l.getActivityId()) || "Event_Released".equals(l.getActivityId()))
                    .toList();
            Map<String, Long> runs =
                    succeeded.stream().collect(Collectors.groupingBy(HistoricJobLog::getJobId, Collectors.counting()));
            if (runs.size() != 2 * instances || runs.values().stream().anyMatch(n -> n != 1)) {
                throw new IllegalStateException("Jobs lost or run twice: " + runs.size() + " of " + jobs);
            }
            if (nodes > 1
                    && jobs >= 1000
                    && succeeded.stream()
                                    .map(HistoricJobLog::getHostname)
                                    .distinct()
                                    .count()
                            < nodes) {
                throw new IllegalStateException("Not every node executed jobs");
            }
            return 2.0 * instances / seconds;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            running.forEach(ConfigurableApplicationContext::close);
            ClockUtil.reset();
        }
    }
}
