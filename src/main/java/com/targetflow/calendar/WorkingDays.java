package com.targetflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Working days (工作日) in the district: Monday to Friday, less the public holidays, plus the
 * weekend days worked in exchange (调休). Deadlines and the lead times of reminders and escalation
 * are counted in these, so that nothing falls due or is sent during the Spring Festival.
 */
@Component
@EnableConfigurationProperties(WorkingDaysProperties.class)
public class WorkingDays {

    private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> workdays = new HashSet<>();
    private final Set<Integer> configuredYears;

    public WorkingDays(WorkingDaysProperties properties) {
        for (Map.Entry<Integer, WorkingDaysProperties.Year> year : properties.years().entrySet()) {
            read(year.getKey(), year.getValue().holidays(), holidays, "holidays");
            read(year.getKey(), year.getValue().workdays(), workdays, "workdays");
        }
        Set<LocalDate> both = new HashSet<>(holidays);
        both.retainAll(workdays);
        if (!both.isEmpty()) {
            throw new IllegalStateException("targetflow.calendar: " + both + " listed both as holiday and as workday");
        }
        configuredYears = Set.copyOf(properties.years().keySet());
        log.info("Working-day calendar configured for {}; other years count Monday to Friday", configuredYears);
    }

    /** Whether the official calendar of this year is configured (else only weekends are skipped). */
    public boolean knows(int year) {
        return configuredYears.contains(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The day itself when it is a working day, else the next working day. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The n-th working day after the day (n ≥ 1); the day itself need not be a working day. */
    public LocalDate after(LocalDate day, int n) {
        LocalDate d = day;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return n <= 0 ? onOrAfter(day) : d;
    }

    /** The n-th working day before the day (n ≥ 1). */
    public LocalDate before(LocalDate day, int n) {
        LocalDate d = day;
        for (int left = n; left > 0; ) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Working days from one day (exclusive) to another (inclusive); negative when "to" is earlier. */
    public int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    private static void read(int year, Collection<String> entries, Set<LocalDate> into, String what) {
        for (String entry : entries) {
            List<LocalDate> days = days(year, entry, what);
            for (LocalDate d : days) {
                if (d.getYear() != year) {
                    throw new IllegalStateException("targetflow.calendar.years." + year + "." + what + ": " + d
                            + " is not in " + year);
                }
                into.add(d);
            }
        }
    }

    private static List<LocalDate> days(int year, String entry, String what) {
        try {
            String[] ends = entry.strip().split("\\.\\.");
            LocalDate first = LocalDate.parse(ends[0].strip());
            LocalDate last = ends.length > 1 ? LocalDate.parse(ends[1].strip()) : first;
            if (last.isBefore(first)) {
                throw new IllegalStateException("targetflow.calendar.years." + year + "." + what + ": range " + entry
                        + " ends before it starts");
            }
            return first.datesUntil(last.plusDays(1)).toList();
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("targetflow.calendar.years." + year + "." + what + ": \"" + entry
                    + "\" is not a date (yyyy-MM-dd) or a range (yyyy-MM-dd..yyyy-MM-dd)");
        }
    }
}
