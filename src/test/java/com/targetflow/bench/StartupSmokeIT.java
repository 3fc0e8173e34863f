package com.targetflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** P5 of the benchmark on the packaged jar, one start (the first, which loads the demo district), in the normal integration tests (see BenchmarkSmokeTest). */
class StartupSmokeIT {

    @Test
    void thePackagedAppStartsAndItsMemoryIsRead() throws Exception {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "bench-smoke-" + UUID.randomUUID());
        Files.createDirectories(dir);
        Row row = StartupWorkload.run(System.getProperty("targetflow.jar"), 0, dir);
        assertThat(row.measured()).contains("ready", "MB");
    }
}
