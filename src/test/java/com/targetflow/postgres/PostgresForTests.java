package com.targetflow.postgres;

import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the build runs the test suite a second time with -Dtargetflow.test.database=postgres, every
 * application context the tests start gets a real PostgreSQL database instead of H2: a fresh one
 * for an in-memory H2 URL, the same one again for the same H2 file (tests that restart the app on
 * one database). Nothing else about the tests changes, so the same tests prove both databases.
 */
public class PostgresForTests implements EnvironmentPostProcessor {

    static final String SWITCH = "targetflow.test.database";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!"postgres".equals(System.getProperty(SWITCH))) {
            return;
        }
        String h2 = environment.getProperty("spring.datasource.url", "");
        String name;
        if (h2.startsWith("jdbc:h2:mem:")) {
            name = "tf_context_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        } else if (h2.startsWith("jdbc:h2:file:")) {
            name = "tf_file_" + Integer.toHexString(h2.hashCode());
        } else {
            return;
        }
        EmbeddedPostgresServer.inUse();
        application.addListeners((ApplicationListener<ContextClosedEvent>) closed -> EmbeddedPostgresServer.released());
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "postgres-for-tests",
                        Map.of(
                                "spring.datasource.url", EmbeddedPostgresServer.database(name),
                                "spring.datasource.username", EmbeddedPostgresServer.username(),
                                "spring.datasource.password", "")));
    }
}
