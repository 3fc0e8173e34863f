package com.targetflow.setup;

import com.targetflow.calendar.DistrictZone;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The district works on Beijing time; tests may replace the clock. The demo has a clock of its own
 * (DemoClock), which follows the engine's while the demo plays its year up to today.
 */
@Configuration
@Profile("!demo")
class ClockConfig {

    @Bean
    Clock clock() {
        return Clock.system(DistrictZone.ZONE);
    }
}
