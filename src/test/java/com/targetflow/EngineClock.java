package com.targetflow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * In tests the app reads the engine's clock, so that a test that moves time with ClockUtil (the
 * engine's only way, an engine class) moves the app's "now" with the timers. Tests that move it
 * reset it afterwards.
 */
@TestConfiguration
public class EngineClock {

    @Bean
    @Primary
    Clock engineClock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("Asia/Shanghai");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                return ClockUtil.getCurrentTime().toInstant();
            }
        };
    }
}
