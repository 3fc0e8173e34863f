package com.targetflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The image's start, without Docker: docker/prepare-start.sh (which the Dockerfile runs) unpacks the
 * packaged jar and trains its class-data-sharing archive; the app then starts from it and becomes
 * ready, with its classes mapped from the archive rather than loaded one by one.
 */
class PreparedStartIT {

    @Test
    void theUnpackedAppStartsWithItsClassesFromTheArchive() throws Exception {
        Path jar = Path.of(System.getProperty("targetflow.jar"));
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "prepared-start-" + UUID.randomUUID());
        Path app = dir.resolve("app");
        Process prepare = new ProcessBuilder("sh", "docker/prepare-start.sh", jar.toString(), app.toString())
                .redirectErrorStream(true)
                .redirectOutput(
                        Files.createDirectories(dir).resolve("prepare.log").toFile())
                .start();
        assertThat(prepare.waitFor(300, TimeUnit.SECONDS))
                .as("prepared within 5 minutes")
                .isTrue();
        assertThat(prepare.exitValue())
                .as(Files.readString(dir.resolve("prepare.log")))
                .isZero();
        assertThat(app.resolve("app.jsa")).isNotEmptyFile();

        Path classes = dir.resolve("classes.log");
        int port = freePort();
        long start = System.nanoTime();
        Process started = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:SharedArchiveFile=" + app.resolve("app.jsa"),
                        "-Xlog:class+load=info:file=" + classes,
                        "-jar",
                        app.resolve(jar.getFileName()).toString(),
                        "--targetflow.data-dir=" + dir.resolve("data"),
                        // The demo district without its year played: what is measured here is the start, not the play.
                        "--targetflow.demo.play-year-so-far=false",
                        "--server.port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("app.log").toFile())
                .start();
        try {
            awaitReady(started, port, dir);
            System.out.printf(
                    "Prepared start (first start, loading the demo district unplayed): ready in %.1f s%n",
                    (System.nanoTime() - start) / 1e9);
        } finally {
            started.destroy();
            started.waitFor(30, TimeUnit.SECONDS);
        }
        List<String> loaded = Files.readAllLines(classes);
        long shared = loaded.stream()
                .filter(l -> l.contains("source: shared objects file"))
                .count();
        // Most classes come from the archive: the JDK's own and those of the app and its libraries.
        assertThat(loaded.stream().filter(l -> l.contains("source: shared objects file (top)")))
                .as("the app's classes come from the trained archive")
                .hasSizeGreaterThan(5_000);
        assertThat(shared).isGreaterThan(loaded.size() / 2);
    }

    private static void awaitReady(Process app, int port, Path dir) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + 180_000;
        while (true) {
            assertThat(app.isAlive())
                    .as("still running; see " + dir.resolve("app.log"))
                    .isTrue();
            assertThat(System.currentTimeMillis()).as("ready within 3 minutes").isLessThan(deadline);
            try {
                String body = http.send(
                                HttpRequest.newBuilder(
                                                URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                                        .timeout(Duration.ofSeconds(2))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                if (body.contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
