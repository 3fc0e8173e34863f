package com.targetflow.meetings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a year's meetings of a type fall: evenly through the year, on the 15th (four meetings in the
 * middle month of each quarter). A plan issued late in its year does not put meetings in the past: when
 * a usual date comes before the earliest day a meeting can still be prepared for, the year's meetings are
 * spread evenly over what is left of it, from that day to 15 December, no closer than a fortnight apart;
 * what does not fit (all of them once 15 December has passed) is not planned (the plan's page and the summary count the meetings held, so nothing claims them).
 */
final class MeetingDates {

    private static final int FORTNIGHT = 14;

    private MeetingDates() {}

    static List<LocalDate> usual(int year, int count) {
        List<LocalDate> dates = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int month = 1 + (12 * n + 12 / 2) / count;
            dates.add(LocalDate.of(year, Math.min(12, month), 15));
        }
        return dates;
    }

    static List<LocalDate> from(int year, int count, LocalDate earliest) {
        List<LocalDate> usual = usual(year, count);
        LocalDate last = LocalDate.of(year, 12, 15);
        if (usual.stream().noneMatch(date -> date.isBefore(earliest))) {
            return usual;
        }
        if (earliest.isAfter(last)) {
            return List.of();
        }
        long span = ChronoUnit.DAYS.between(earliest, last);
        // No closer than a fortnight apart: what does not fit is not planned.
        int fitting = (int) Math.min(count, span / FORTNIGHT + 1);
        List<LocalDate> dates = new ArrayList<>();
        for (int n = 0; n < fitting; n++) {
            dates.add(fitting == 1 ? earliest : earliest.plusDays(span * n / (fitting - 1)));
        }
        return dates;
    }
}
