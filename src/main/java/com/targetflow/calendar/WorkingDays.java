package com.targetflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Working days (工作日) in the district: Monday to Friday, less the public holidays, plus the
 * weekend days worked in exchange (调休). Deadlines and the lead times of reminders and escalation
 * are counted in these, so that nothing falls due or is sent during the Spring Festival.
 * <p>
 * A year's arrangement comes from the calendar page (tf_calendar_year, saved by an administrator)
 * or else from targetflow.calendar.years. What the database holds is read again at most every
 * {@value #FRESH_SECONDS} seconds, so that a year saved on one node counts on every node soon after.
 */
@Component
@EnableConfigurationProperties(WorkingDaysProperties.class)
public class WorkingDays {

    static final int FRESH_SECONDS = 30;
    private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

    private final Map<Integer, Arrangement> configured;
    private CalendarYearRepository years;
    private CalendarDayRepository days;
    private volatile Known known;

    /** Holidays and 调休 days of every known year, and when they were read. */
    private record Known(
            Set<LocalDate> holidays, Set<LocalDate> workdays, Map<Integer, Arrangement> years, long readAt) {}

    public WorkingDays(WorkingDaysProperties properties) {
        Map<Integer, Arrangement> byYear = new TreeMap<>();
        for (Map.Entry<Integer, WorkingDaysProperties.Year> year :
                properties.years().entrySet()) {
            Map<LocalDate, DayKind> kinds = new HashMap<>();
            read(year.getKey(), year.getValue().holidays(), DayKind.HOLIDAY, kinds, "holidays");
            read(year.getKey(), year.getValue().workdays(), DayKind.WORKDAY, kinds, "workdays");
            byYear.put(
                    year.getKey(),
                    new Arrangement(
                            year.getKey(),
                            kinds.entrySet().stream()
                                    .map(e -> new Arrangement.Day(e.getKey(), e.getValue(), null))
                                    .toList()));
        }
        this.configured = Map.copyOf(byYear);
        log.info("Working-day calendar configured for {}; the calendar page may add others", configured.keySet());
    }

    @Autowired
    void stored(CalendarYearRepository years, CalendarDayRepository days) {
        this.years = years;
        this.days = days;
    }

    /** Whether the official calendar of this year is known (else only weekends are skipped). */
    public boolean knows(int year) {
        return known().years().containsKey(year);
    }

    /** The year's arrangement as it counts now, if known. */
    public Optional<Arrangement> arrangement(int year) {
        return Optional.ofNullable(known().years().get(year));
    }

    /** Read the database again now (after a save on this node). */
    void forget() {
        known = null;
    }

    public boolean isWorkingDay(LocalDate day) {
        Known now = known();
        if (now.workdays().contains(day)) {
            return true;
        }
        if (now.holidays().contains(day)) {
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

    private Known known() {
        Known now = known;
        if (now == null || System.nanoTime() - now.readAt() > FRESH_SECONDS * 1_000_000_000L) {
            try {
                now = load();
            } catch (RuntimeException databaseAway) {
                // Counting goes on with what was read last (or the configured years) until the database answers.
                log.warn("Working-day calendar not read from the database: {}", databaseAway.getMessage());
                return now != null ? now : fromConfiguration();
            }
            known = now;
        }
        return now;
    }

    private Known fromConfiguration() {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        configured
                .values()
                .forEach(a -> a.days().forEach(d -> (d.kind() == DayKind.HOLIDAY ? holidays : workdays).add(d.date())));
        return new Known(holidays, workdays, configured, System.nanoTime());
    }

    /** The configured years, each replaced by the year saved on the page if there is one. */
    private Known load() {
        Map<Integer, Arrangement> all = new TreeMap<>(configured);
        if (years != null) {
            Map<Integer, List<Arrangement.Day>> saved = new HashMap<>();
            years.findAll().forEach(y -> saved.put(y.getYear(), new ArrayList<>()));
            days.findAll()
                    .forEach(d -> saved.computeIfAbsent(d.getYear(), y -> new ArrayList<>())
                            .add(new Arrangement.Day(d.getDay(), d.getKind(), d.getName())));
            saved.forEach((year, list) -> all.put(year, new Arrangement(year, list)));
        }
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        for (Arrangement arrangement : all.values()) {
            for (Arrangement.Day day : arrangement.days()) {
                (day.kind() == DayKind.HOLIDAY ? holidays : workdays).add(day.date());
            }
        }
        return new Known(Set.copyOf(holidays), Set.copyOf(workdays), Map.copyOf(all), System.nanoTime());
    }

    private static void read(
            int year, Collection<String> entries, DayKind kind, Map<LocalDate, DayKind> into, String what) {
        for (String entry : entries) {
            for (LocalDate d : days(year, entry, what)) {
                if (d.getYear() != year) {
                    throw new IllegalStateException(
                            "targetflow.calendar.years." + year + "." + what + ": " + d + " is not in " + year);
                }
                DayKind before = into.put(d, kind);
                if (before != null && before != kind) {
                    throw new IllegalStateException(
                            "targetflow.calendar: [" + d + "] listed both as holiday and as workday");
                }
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
