package com.targetflow.meetings;

import com.targetflow.calendar.DistrictZone;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * targetflow.meetings.*: the district's time zone, when a planned meeting starts by default, how
 * long before it the manager is asked to prepare it, and the reminder lead times per meeting type
 * (default 3 days and 1 day before).
 */
@ConfigurationProperties("targetflow.meetings")
public record MeetingProperties(
        ZoneId zone,
        LocalTime defaultStart,
        Duration defaultLength,
        Duration prepareAhead,
        Map<MeetingType, List<Duration>> reminders) {

    static final List<Duration> DEFAULT_REMINDERS = List.of(Duration.ofDays(3), Duration.ofDays(1));

    public MeetingProperties {
        zone = zone == null ? DistrictZone.ZONE : zone;
        defaultStart = defaultStart == null ? LocalTime.of(9, 30) : defaultStart;
        defaultLength = defaultLength == null ? Duration.ofHours(2) : defaultLength;
        prepareAhead = prepareAhead == null ? Duration.ofDays(14) : prepareAhead;
        Map<MeetingType, List<Duration>> all = new EnumMap<>(MeetingType.class);
        for (MeetingType type : MeetingType.values()) {
            List<Duration> given = reminders == null ? null : reminders.get(type);
            all.put(type, given == null || given.isEmpty() ? DEFAULT_REMINDERS : given);
        }
        reminders = all;
    }

    /** Lead times, longest first. */
    List<Duration> remindersFor(MeetingType type) {
        return reminders.get(type).stream().sorted(Comparator.reverseOrder()).toList();
    }
}
