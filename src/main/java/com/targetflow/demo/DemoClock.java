package com.targetflow.demo;

import com.targetflow.calendar.DistrictZone;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The demo's clock reads the engine's. On the first start the demo plays its year from January up to
 * today by moving the engine's clock through it (ClockUtil: the engine has no public way to set its
 * time), so the app's dates — a report's submission, a mail, a meeting's record — move with the
 * engine's timers and history. Once the demo is loaded the engine's clock is the system's again.
 */
@Configuration
@Profile("demo")
class DemoClock {

    @Bean
    Clock clock() {
        return new EngineClock(DistrictZone.ZONE);
    }

    /** The engine's time, in a zone. */
    private static final class EngineClock extends Clock {

        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new EngineClock(other);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
