package com.targetflow.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * P5: the packaged app, started the way the README starts it (java -jar, demo profile), until its
 * readiness probe answers UP; then its resident memory. The first start loads the demo district;
 * the measured starts are the restarts that follow, with the demo data in place.
 */
final class StartupWorkload {

    private StartupWorkload() {}

    static Row run(String jar, int runs, Path dir) throws Exception {
        Path data = dir.resolve("p5-data");
        Files.createDirectories(data);
        // The smoke test's single start checks the harness, not the figure: the demo district without its year played.
        double[] first = runs == 0
                ? once(jar, data, dir.resolve("p5-first.log"), "--targetflow.demo.play-year-so-far=false")
                : once(jar, data, dir.resolve("p5-first.log"));
        List<Double> seconds = new ArrayList<>();
        List<Double> megabytes = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            double[] measured = once(jar, data, dir.resolve("p5-" + run + ".log"));
            seconds.add(measured[0]);
            megabytes.add(measured[1]);
        }
        if (runs == 0) {
            // The smoke test's single start: it checks the harness, not the figure.
            seconds.add(first[0]);
            megabytes.add(first[1]);
        }
        double readyMedian = Stats.median(seconds);
        double memoryMedian = Stats.median(megabytes);
        boolean holds = readyMedian <= 15 && memoryMedian <= 700;
        List<String> misses = new ArrayList<>();
        if (readyMedian > 15) {
            misses.add(
                    "ready %.0f %% late — loading and creating Spring's, Hibernate's, the engine's and the webapps' classes and beans on two cores"
                            .formatted((readyMedian / 15 - 1) * 100));
        }
        if (memoryMedian > 700) {
            misses.add("%.0f MB over".formatted(memoryMedian - 700));
        }
        return new Row(
                "P5",
                "start-up and memory of the packaged app with the demo data",
                "ready ≤ 15 s, resident ≤ 700 MB",
                "ready %s s, resident %s MB".formatted(Stats.spread(seconds, "%.1f"), Stats.spread(megabytes, "%.0f")),
                "first start (loads the demo district): ready %.1f s, %.0f MB".formatted(first[0], first[1]),
                holds ? "holds" : "misses: " + String.join(", ", misses));
    }

    /** Seconds until ready, and resident megabytes once ready. */
    private static double[] once(String jar, Path data, Path log, String... more) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        long start = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar,
                "--targetflow.data-dir=" + data,
                "--server.port=" + port));
        command.addAll(List.of(more));
        Process app = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.currentTimeMillis() + 180_000;
            while (true) {
                if (!app.isAlive() || System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("The app did not become ready; see " + log);
                }
                try {
                    String body = http.send(
                                    HttpRequest.newBuilder(URI.create(
                                                    "http://127.0.0.1:" + port + "/actuator/health/readiness"))
                                            .timeout(Duration.ofSeconds(2))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body();
                    if (body.contains("UP")) {
                        break;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Thread.sleep(2000);
            return new double[] {seconds, residentMegabytes(app.pid())};
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private static double residentMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("No VmRSS for " + pid);
    }
}
