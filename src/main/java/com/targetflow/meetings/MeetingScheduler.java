package com.targetflow.meetings;

import com.targetflow.targets.PlanIssued;
import com.targetflow.targets.Targets;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a plan is issued, its meeting targets (MTG-1, MTG-2, ENT-2) schedule that many meetings of
 * their type through the year, each with its own process; in the issuing transaction, so a plan
 * is never issued without its meetings.
 */
@Component
class MeetingScheduler {

    private static final Logger log = LoggerFactory.getLogger(MeetingScheduler.class);

    private final Targets targets;
    private final MeetingService meetings;

    MeetingScheduler(Targets targets, MeetingService meetings) {
        this.targets = targets;
        this.meetings = meetings;
    }

    @EventListener
    void on(PlanIssued issued) {
        Map<MeetingType, Integer> quota = new EnumMap<>(MeetingType.class);
        targets.highestQuotasOf(issued.planId())
                .forEach(highest -> MeetingType.ofIndicator(highest.indicatorCode())
                        .ifPresent(type -> quota.merge(type, highest.quota().intValue(), Math::max)));
        quota.forEach((type, count) -> {
            int planned =
                    meetings.schedule(issued.year(), type, count, issued.asOf()).size();
            log.info("Plan {}: {} of {} meetings of type {} scheduled", issued.year(), planned, count, type);
        });
    }
}
