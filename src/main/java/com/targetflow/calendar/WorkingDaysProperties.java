package com.targetflow.calendar;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The official calendar of each year: public holidays (放假) and the weekend days worked in
 * exchange (调休上班), as days ("2026-10-01") or ranges ("2026-10-01..2026-10-07"). The State
 * Council publishes each year's arrangement in the autumn before; a year not listed here counts
 * Monday to Friday only.
 */
@ConfigurationProperties("targetflow.calendar")
public record WorkingDaysProperties(Map<Integer, Year> years) {

    public WorkingDaysProperties {
        years = years == null ? Map.of() : Map.copyOf(years);
    }

    public record Year(List<String> holidays, List<String> workdays) {

        public Year {
            holidays = holidays == null ? List.of() : List.copyOf(holidays);
            workdays = workdays == null ? List.of() : List.copyOf(workdays);
        }
    }
}
