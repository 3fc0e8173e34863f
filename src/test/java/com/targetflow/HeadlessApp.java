package com.targetflow;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app without its web server, engine-rest or webapps, for tests that start it themselves on a
 * database of their own (restarts on one file, several nodes, benchmarks). Arguments, not default
 * properties: they must win over application-test.yml's in-memory database.
 */
public final class HeadlessApp {

    private HeadlessApp() {}

    /** Starts the app with these profiles; the engine name must differ from every other context's. */
    public static ConfigurableApplicationContext start(String engineName, String[] profiles, String... args) {
        List<String> all = new ArrayList<>(List.of(
                "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
                        + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
                // Not "default": closing this app must not unregister another test's engine.
                "--camunda.bpm.process-engine-name=" + engineName));
        all.addAll(List.of(args));
        return new SpringApplicationBuilder(TargetFlowApplication.class)
                .web(WebApplicationType.NONE)
                .profiles(profiles)
                .run(all.toArray(String[]::new));
    }
}
