package com.targetflow.setup;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The district works on Beijing time; tests may replace the clock. */
@Configuration
class ClockConfig {

    static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(DISTRICT_ZONE);
    }
}
