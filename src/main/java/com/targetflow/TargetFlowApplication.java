package com.targetflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;

@SpringBootApplication
public class TargetFlowApplication {

    /**
     * Room for every step of a start (about 2,500 here: each bean's creation, the engine's, the app's
     * own start-up work), kept for administrators at /actuator/startup to see where start-up time goes.
     */
    static final int STARTUP_STEPS = 8_192;

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(TargetFlowApplication.class);
        app.setApplicationStartup(new BufferingApplicationStartup(STARTUP_STEPS));
        app.run(args);
    }
}
