package com.targetflow.inspections;

import com.targetflow.organisation.FacilityKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * When the district inspects each kind of facility without being asked. inspection-schedule's
 * timer fires at 9:00 on the 15th of every month (a literal cron in the model, which the engine
 * reads at deployment, before any bean could answer; the engine's timer rather than a scheduler
 * of our own, so that on several nodes it fires once); in the months configured for a kind, a
 * round over all its facilities starts. Default: galleries quarterly, schools twice a year,
 * education bases once a year.
 */
@Component
@EnableConfigurationProperties(InspectionSchedule.Properties.class)
public class InspectionSchedule {

    /**
     * targetflow.inspections.months.{KIND}: the months of a kind's rounds; default-inspector: who
     * gets the scheduled rounds; round-days: how long a round may take.
     */
    @ConfigurationProperties("targetflow.inspections")
    public record Properties(Map<FacilityKind, List<Integer>> months, String defaultInspector, Integer roundDays) {

        public Properties {
            months = months == null || months.isEmpty()
                    ? Map.of(
                            FacilityKind.GALLERY, List.of(1, 4, 7, 10),
                            FacilityKind.CITIZEN_SCIENCE_SCHOOL, List.of(3, 9),
                            FacilityKind.EDUCATION_BASE, List.of(5))
                    : months;
            defaultInspector = defaultInspector == null ? "inspector" : defaultInspector;
            roundDays = roundDays == null ? 30 : roundDays;
        }
    }

    private final Properties properties;
    private final InspectionService inspections;
    private final Clock clock;

    InspectionSchedule(Properties properties, InspectionService inspections, Clock clock) {
        this.properties = properties;
        this.inspections = inspections;
        this.clock = clock;
    }

    /** Starts this month's rounds: every facility of each kind due now, the default inspector. */
    List<InspectionRound> startRoundsDue() {
        LocalDate today = LocalDate.now(clock);
        List<InspectionRound> started = new ArrayList<>();
        properties.months().forEach((kind, months) -> {
            if (months.contains(today.getMonthValue())) {
                started.add(inspections.start(
                        new InspectionService.RoundRequest(
                                kind,
                                InspectionScope.ALL,
                                null,
                                null,
                                properties.defaultInspector(),
                                today.plusDays(properties.roundDays())),
                        "system"));
            }
        });
        return started;
    }
}
