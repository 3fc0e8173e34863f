package com.targetflow.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The years' arrangements as the calendar page shows and saves them. Saving replaces the year's
 * days as a whole; from then on deadlines of that year count its holidays and 调休 days.
 */
@Service
@Transactional
public class CalendarYears {

    /** A year as the list shows it: where its arrangement came from, if it has one. */
    public record YearStatus(
            int year,
            boolean known,
            boolean fromConfiguration,
            String source,
            String savedBy,
            Instant savedAt,
            int workingDays) {}

    private final CalendarYearRepository years;
    private final CalendarDayRepository days;
    private final WorkingDays workingDays;
    private final Clock clock;

    CalendarYears(CalendarYearRepository years, CalendarDayRepository days, WorkingDays workingDays, Clock clock) {
        this.years = years;
        this.days = days;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** The year after the district's current year: the one that must be set up before it starts. */
    @Transactional(readOnly = true)
    public int nextYear() {
        return LocalDate.now(clock).getYear() + 1;
    }

    /** From 1 November, while next year has no arrangement, administrators and managers are told. */
    @Transactional(readOnly = true)
    public Optional<Integer> missingNextYear() {
        LocalDate today = LocalDate.now(clock);
        int next = today.getYear() + 1;
        return today.getMonthValue() >= 11 && !workingDays.knows(next) ? Optional.of(next) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public List<YearStatus> list() {
        TreeMap<Integer, YearStatus> all = new TreeMap<>(Comparator.reverseOrder());
        int next = nextYear();
        for (int year : new int[] {next, next - 1}) {
            all.put(year, status(year));
        }
        years.findAll().forEach(y -> all.put(y.getYear(), status(y.getYear())));
        for (int year = next - 5; year <= next + 1; year++) {
            if (workingDays.knows(year)) {
                all.put(year, status(year));
            }
        }
        return new ArrayList<>(all.values());
    }

    @Transactional(readOnly = true)
    public YearStatus status(int year) {
        Optional<CalendarYear> saved = years.findById(year);
        Optional<Arrangement> arrangement = workingDays.arrangement(year);
        return new YearStatus(
                year,
                arrangement.isPresent(),
                arrangement.isPresent() && saved.isEmpty(),
                saved.map(CalendarYear::getSource).orElse(null),
                saved.map(CalendarYear::getSavedBy).orElse(null),
                saved.map(CalendarYear::getSavedAt).orElse(null),
                arrangement.orElseGet(() -> new Arrangement(year, List.of())).workingDays());
    }

    /** The year's arrangement, or the year with weekends only when none is known. */
    @Transactional(readOnly = true)
    public Arrangement arrangement(int year) {
        return workingDays.arrangement(year).orElseGet(() -> new Arrangement(year, List.of()));
    }

    /** Replaces the year's arrangement; every node counts it within WorkingDays.FRESH_SECONDS. */
    public void save(Arrangement arrangement, String source, String by) {
        Instant now = Instant.now(clock);
        years.findById(arrangement.year())
                .ifPresentOrElse(
                        year -> year.saved(source, by, now),
                        () -> years.save(new CalendarYear(arrangement.year(), source, by, now)));
        days.deleteByYear(arrangement.year());
        days.flush();
        for (Arrangement.Day day : arrangement.days()) {
            days.save(new CalendarDay(arrangement.year(), day.date(), day.kind(), day.name()));
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    workingDays.forget();
                }
            });
        }
    }
}
