package com.targetflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark harness: `./mvnw -Pbench verify` runs the five workloads at the issue's sizes (or
 * -Dbench.scale=0.1 for a tenth, -Dbench.scale.P2=0.1 for one workload only; -Dbench.only=P2,P5 for
 * some of them), each at least three
 * times, prints the table and writes it to
 * bench/results/latest.md with the machine's cores and memory. Not part of the normal test run;
 * BenchmarkSmokeTest runs every workload there at a tiny size so the harness keeps working.
 */
class BenchmarkIT {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkIT.class);

    @Test
    void runTheFiveWorkloadsAndWriteTheTable() throws Exception {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        int runs = Integer.getInteger("bench.runs", 3);
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "bench-" + UUID.randomUUID());
        Files.createDirectories(dir);
        List<Row> rows = new ArrayList<>();
        long started = System.nanoTime();
        if (runs("P1")) {
            rows.add(PlanIssueWorkload.run(scaled(1_000, scale, "P1"), 20, runs, dir));
        }
        if (runs("P2")) {
            rows.add(ReminderStormWorkload.run(scaled(10_000, scale, "P2"), runs, dir, freePort()));
        }
        if (runs("P3")) {
            rows.add(TaskListWorkload.run(scaled(100_000, scale, "P3"), scaled(1_000, scale, "P3"), runs, dir));
        }
        if (runs("P4")) {
            rows.add(AsyncJobsWorkload.run(scaled(20_000, scale, "P4"), runs));
        }
        if (runs("P5")) {
            rows.add(StartupWorkload.run(
                    System.getProperty("targetflow.jar"),
                    StartupWorkload.packageBaseline("bare-camunda", dir.resolve("bare-package.log")),
                    StartupWorkload.packageBaseline("bare-stack", dir.resolve("stack-package.log")),
                    runs,
                    dir));
        }
        String table = table(rows, scale, runs, (System.nanoTime() - started) / 60e9);
        log.info("\n{}", table);
        Path results = Path.of("bench", "results");
        Files.createDirectories(results);
        // All five make latest.md; -Dbench.only=P2,P5 writes its rows beside it (only-P2-P5.md).
        String only = System.getProperty("bench.only");
        Files.writeString(
                results.resolve(only == null ? "latest.md" : "only-" + only.replace(',', '-') + ".md"), table);
        assertThat(rows).hasSize(only == null ? 5 : only.split(",").length);
    }

    /** -Dbench.only=P2,P5 runs those workloads only. */
    private static boolean runs(String id) {
        String only = System.getProperty("bench.only");
        return only == null || List.of(only.split(",")).contains(id);
    }

    static String table(List<Row> rows, double scale, int runs, double minutes) {
        long memory = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize()
                / (1024 * 1024 * 1024);
        StringBuilder out = new StringBuilder();
        out.append("# TargetFlow benchmarks\n\n");
        out.append(
                "Run %s on %d cores, %d GiB, %s %s; Java %s; scale %s%s; median of %d runs (range in brackets); %.0f min.\n\n"
                        .formatted(
                                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                                Runtime.getRuntime().availableProcessors(),
                                memory,
                                System.getProperty("os.name"),
                                System.getProperty("os.arch"),
                                System.getProperty("java.version"),
                                scale,
                                ownScales(),
                                runs,
                                minutes));
        out.append("| id | workload | goal | measured | beside it, same run | verdict |\n");
        out.append("| --- | --- | --- | --- | --- | --- |\n");
        rows.forEach(r -> out.append(r.markdown()).append('\n'));
        return out.toString();
    }

    private static String ownScales() {
        StringBuilder own = new StringBuilder();
        for (String id : List.of("P1", "P2", "P3", "P4")) {
            String scale = System.getProperty("bench.scale." + id);
            if (scale != null) {
                own.append(own.isEmpty() ? " (" : ", ").append(id).append(' ').append(scale);
            }
        }
        return own.isEmpty() ? "" : own.append(')').toString();
    }

    /** -Dbench.scale.P2=0.1 runs one workload at another scale than the rest (each row names its sizes). */
    private static int scaled(int size, double scale, String id) {
        double own = Double.parseDouble(System.getProperty("bench.scale." + id, String.valueOf(scale)));
        return Math.max(1, (int) Math.round(size * own));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
