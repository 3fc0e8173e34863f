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
 * the measured starts are the restarts that follow, with the demo data in place. Beside it, in the
 * same run and with the same JVM options, the bare app (bench/bare-camunda: Spring Boot and Camunda
 * with webapps, engine-rest, actuator and an H2 file, nothing of ours) and the bare app with the
 * decided stack's other starters (bench/bare-stack: Flyway, Spring Security, Thymeleaf, Spring Mail),
 * both packaged by the harness; the three are started in turn, so that all see the same machine.
 */
final class StartupWorkload {

    /** The goals: a later start within 1.3 × the bare app's time, the first within 2 ×, memory 1.15 ×. */
    static final double TIME_RATIO = 1.3;

    static final double FIRST_TIME_RATIO = 2.0;
    static final double MEMORY_RATIO = 1.15;

    private StartupWorkload() {}

    static Row run(String jar, int runs, Path dir) throws Exception {
        return run(jar, null, null, runs, dir);
    }

    /** With bareJar null (the smoke test), neither baseline is started. */
    static Row run(String jar, String bareJar, String stackJar, int runs, Path dir) throws Exception {
        Path data = dir.resolve("p5-data");
        Path bareData = dir.resolve("p5-bare-data");
        Path stackData = dir.resolve("p5-stack-data");
        Files.createDirectories(data);
        Files.createDirectories(bareData);
        Files.createDirectories(stackData);
        // The smoke test's single start checks the harness, not the figure: the demo district without its year played.
        double[] first = runs == 0
                ? once(
                        jar,
                        dir.resolve("p5-first.log"),
                        "--targetflow.data-dir=" + data,
                        "--targetflow.demo.play-year-so-far=false")
                : once(jar, dir.resolve("p5-first.log"), "--targetflow.data-dir=" + data);
        double[] bareFirst =
                bareJar == null ? null : once(bareJar, dir.resolve("p5-bare-first.log"), "--bare.data-dir=" + bareData);
        if (stackJar != null) {
            // Its first start makes its tables; only the later starts are compared.
            once(stackJar, dir.resolve("p5-stack-first.log"), "--bare.data-dir=" + stackData);
        }
        List<Double> seconds = new ArrayList<>();
        List<Double> megabytes = new ArrayList<>();
        List<Double> bareSeconds = new ArrayList<>();
        List<Double> bareMegabytes = new ArrayList<>();
        List<Double> stackSeconds = new ArrayList<>();
        List<Double> stackMegabytes = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            double[] measured = once(jar, dir.resolve("p5-" + run + ".log"), "--targetflow.data-dir=" + data);
            seconds.add(measured[0]);
            megabytes.add(measured[1]);
            if (bareJar != null) {
                double[] bare = once(bareJar, dir.resolve("p5-bare-" + run + ".log"), "--bare.data-dir=" + bareData);
                bareSeconds.add(bare[0]);
                bareMegabytes.add(bare[1]);
            }
            if (stackJar != null) {
                double[] stack =
                        once(stackJar, dir.resolve("p5-stack-" + run + ".log"), "--bare.data-dir=" + stackData);
                stackSeconds.add(stack[0]);
                stackMegabytes.add(stack[1]);
            }
        }
        if (runs == 0) {
            // The smoke test's single start: it checks the harness, not the figure.
            seconds.add(first[0]);
            megabytes.add(first[1]);
        }
        if (bareJar == null) {
            return new Row(
                    "P5",
                    "start-up and memory of the packaged app with the demo data",
                    "ready ≤ 1.3 × the bare app, resident ≤ 1.15 ×",
                    "ready %s s, resident %s MB"
                            .formatted(Stats.spread(seconds, "%.1f"), Stats.spread(megabytes, "%.0f")),
                    "the bare app was not started",
                    "not measured");
        }
        List<Double> timeRatio = ratios(seconds, bareSeconds);
        List<Double> memoryRatio = ratios(megabytes, bareMegabytes);
        double time = Stats.median(timeRatio);
        double memory = Stats.median(memoryRatio);
        double firstTime = first[0] / bareFirst[0];
        List<String> misses = new ArrayList<>();
        if (time > TIME_RATIO) {
            misses.add("a later start %.2f × the bare app's time, not %.1f ×".formatted(time, TIME_RATIO));
        }
        if (firstTime > FIRST_TIME_RATIO) {
            misses.add("the first start %.2f ×, not %.0f × (it also loads the demo district and plays its year so far)"
                    .formatted(firstTime, FIRST_TIME_RATIO));
        }
        if (memory > MEMORY_RATIO) {
            misses.add("memory %.2f ×, not %.2f ×".formatted(memory, MEMORY_RATIO));
        }
        String stack = stackJar == null
                ? ""
                : "; the bare app with Flyway, Spring Security, Thymeleaf and Spring Mail: ready %s s, resident %s MB (%s × and %s × bare)"
                        .formatted(
                                Stats.spread(stackSeconds, "%.1f"),
                                Stats.spread(stackMegabytes, "%.0f"),
                                Stats.spread(ratios(stackSeconds, bareSeconds), "%.2f"),
                                Stats.spread(ratios(stackMegabytes, bareMegabytes), "%.2f"));
        return new Row(
                "P5",
                "start-up and memory of the packaged app with the demo data, beside the bare Boot + Camunda app",
                "later start ≤ 1.3 × bare, first ≤ 2 ×, resident ≤ 1.15 ×",
                "ready %s s, resident %s MB (%s × and %s × bare); first start (loads the demo district) %.1f s, %.0f MB (%.2f ×)"
                        .formatted(
                                Stats.spread(seconds, "%.1f"),
                                Stats.spread(megabytes, "%.0f"),
                                Stats.spread(timeRatio, "%.2f"),
                                Stats.spread(memoryRatio, "%.2f"),
                                first[0],
                                first[1],
                                firstTime),
                "bare Boot + Camunda + webapps + engine-rest + actuator, H2 file: ready %s s, resident %s MB; first start %.1f s%s"
                        .formatted(
                                Stats.spread(bareSeconds, "%.1f"),
                                Stats.spread(bareMegabytes, "%.0f"),
                                bareFirst[0],
                                stack),
                misses.isEmpty()
                        ? "holds"
                        : "misses: " + String.join(", ", misses)
                                + " — the stack's other starters cost little (beside it); the rest is TargetFlow's own:"
                                + " JPA (Hibernate, 22 entities and repositories), about a thousand beans of its own and"
                                + " its 15 models (see the README's start-up section)");
    }

    private static List<Double> ratios(List<Double> ours, List<Double> bare) {
        List<Double> ratio = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            ratio.add(ours.get(i) / bare.get(i));
        }
        return ratio;
    }

    /** Packages bench/{name} (bare-camunda, bare-stack) with the project's Maven wrapper, offline (its dependencies are the app's). */
    static String packageBaseline(String name, Path log) throws Exception {
        Path project = Path.of("bench", name).toAbsolutePath();
        Process build = new ProcessBuilder(
                        Path.of("mvnw").toAbsolutePath().toString(),
                        "-B",
                        "-ntp",
                        "-o",
                        "-q",
                        "-f",
                        project.resolve("pom.xml").toString(),
                        "package")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (build.waitFor() != 0) {
            throw new IllegalStateException("The baseline " + name + " was not packaged; see " + log);
        }
        return project.resolve("target").resolve(name + ".jar").toString();
    }

    /** Seconds until ready, and resident megabytes once ready. */
    private static double[] once(String jar, Path log, String... args) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        long start = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar,
                "--server.port=" + port));
        command.addAll(List.of(args));
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
