package com.targetflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every benchmark workload once at a tiny size, in the normal test run, so that the harness
 * (BenchmarkIT, ./mvnw -Pbench verify) keeps working as the product changes. Its figures mean
 * nothing; P5 needs the packaged jar and runs in CrashSafetyIT's place, the integration tests.
 */
class BenchmarkSmokeTest {

    @Test
    void everyWorkloadRunsAndGivesARow() throws Exception {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "bench-smoke-" + UUID.randomUUID());
        Files.createDirectories(dir);
        List<Row> rows = List.of(
                PlanIssueWorkload.run(3, 20, 1, dir),
                ReminderStormWorkload.run(20, 1, dir, BenchmarkIT.freePort()),
                TaskListWorkload.run(200, 5, 1, dir),
                AsyncJobsWorkload.run(50, 1));
        assertThat(rows).extracting(Row::id).containsExactly("P1", "P2", "P3", "P4");
        assertThat(rows).allSatisfy(r -> assertThat(r.measured()).isNotBlank());
        assertThat(BenchmarkIT.table(rows, 0.001, 1, 0)).contains("| P1 |", "cores");
    }
}
