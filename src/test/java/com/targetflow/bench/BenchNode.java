package com.targetflow.bench;

import com.targetflow.HeadlessApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/** One TargetFlow node for a benchmark: the app without web server, on the database given. */
final class BenchNode {

    private static int engines;

    private BenchNode() {}

    static String h2(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("targetflow").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /** Starts a node; extra arguments win over the defaults (job executor off, test profile). */
    static ConfigurableApplicationContext start(String url, String username, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + username,
                "--spring.datasource.password=",
                "--logging.level.root=WARN"));
        args.addAll(List.of(extra));
        return HeadlessApp.start(
                "bench" + next(),
                url.startsWith("jdbc:postgresql") ? new String[] {"test", "postgres"} : new String[] {"test"},
                args.toArray(String[]::new));
    }

    private static synchronized int next() {
        return ++engines;
    }
}
