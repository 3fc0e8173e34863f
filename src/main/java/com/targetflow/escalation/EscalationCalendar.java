package com.targetflow.escalation;

import com.targetflow.calendar.DistrictZone;
import com.targetflow.calendar.WorkingDays;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The ladder's times, read by the escalation process's timers as expressions
 * (${escalationCalendar.reminderAt(watchId)}): counted in working days from the watched task's
 * current due date, so that a new due date moves every step after it.
 */
@Component
@EnableConfigurationProperties(EscalationProperties.class)
public class EscalationCalendar {

    private static final LocalTime END_OF_DAY = LocalTime.of(17, 30);

    private final WatchedTaskRepository watched;
    private final WorkingDays workingDays;
    private final EscalationProperties properties;
    private final Clock clock;

    EscalationCalendar(
            WatchedTaskRepository watched, WorkingDays workingDays, EscalationProperties properties, Clock clock) {
        this.watched = watched;
        this.workingDays = workingDays;
        this.properties = properties;
        this.clock = clock;
    }

    public Date reminderAt(Long watchId) {
        WatchedTask task = task(watchId);
        int before = properties.ladder(task.getTaskKey()).remindBefore();
        LocalDate dueDay = dueDay(task);
        Instant at = day(workingDays.before(dueDay, before), properties.sendAt());
        return Date.from(at.isAfter(task.getDueAt()) ? task.getDueAt() : at);
    }

    /**
     * The overdue notice (催办): at the due date, but never before the task is its lead time old
     * (remind-before working days since the ladder started), so that work created late, or with a
     * due date a day away, is not chased on the day it appears.
     */
    public Date dueAt(Long watchId) {
        WatchedTask task = task(watchId);
        return Date.from(noticeAt(task));
    }

    private Instant noticeAt(WatchedTask task) {
        LocalDate started = task.getLadderStartedAt().atZone(DistrictZone.ZONE).toLocalDate();
        Instant earliest = day(
                workingDays.after(started, properties.ladder(task.getTaskKey()).remindBefore()), properties.sendAt());
        return task.getDueAt().isBefore(earliest) ? earliest : task.getDueAt();
    }

    public Date superviseAt(Long watchId) {
        WatchedTask task = task(watchId);
        return Date.from(day(
                workingDays.after(
                        countFrom(task), properties.ladder(task.getTaskKey()).superviseAfter()),
                properties.sendAt()));
    }

    public Date leaderAt(Long watchId) {
        WatchedTask task = task(watchId);
        return Date.from(day(
                workingDays.after(
                        countFrom(task), properties.ladder(task.getTaskKey()).leaderAfter()),
                properties.sendAt()));
    }

    /**
     * The steps after the overdue notice count from its day: the due date, or for a task created
     * late the day it has been open its lead time, so that it is escalated only if it stays open.
     */
    private LocalDate countFrom(WatchedTask task) {
        return noticeAt(task).atZone(DistrictZone.ZONE).toLocalDate();
    }

    /**
     * Whether the reminder goes out: not when the task is already due (it may be created late), nor
     * when the ladder started inside the reminder's lead time (a task created, or a due date
     * extended, a day before: its own mail has just told the unit).
     */
    public boolean remindNow(Long watchId) {
        WatchedTask task = task(watchId);
        return Instant.now(clock).isBefore(task.getDueAt())
                && task.getLadderStartedAt().isBefore(reminderAt(watchId).toInstant());
    }

    /** The managers decide a 督办 within two working days. */
    public Date supervisionDue() {
        return Date.from(day(workingDays.after(LocalDate.now(clock.withZone(DistrictZone.ZONE)), 2), END_OF_DAY));
    }

    /** A due date on a holiday or weekend moves to the next working day, at the same time of day. */
    Instant onWorkingDay(Instant due) {
        var local = due.atZone(DistrictZone.ZONE);
        LocalDate day = workingDays.onOrAfter(local.toLocalDate());
        return day.atTime(local.toLocalTime()).atZone(DistrictZone.ZONE).toInstant();
    }

    /** Working days the task is late by now (0 when not late). */
    int workingDaysLate(WatchedTask task) {
        LocalDate today = LocalDate.now(clock.withZone(DistrictZone.ZONE));
        return Math.max(0, workingDays.between(dueDay(task), today));
    }

    static LocalDate dueDay(WatchedTask task) {
        return task.getDueAt().atZone(DistrictZone.ZONE).toLocalDate();
    }

    private static Instant day(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(DistrictZone.ZONE).toInstant();
    }

    private WatchedTask task(Long watchId) {
        return watched.findById(watchId).orElseThrow(() -> new IllegalStateException("No watched task " + watchId));
    }
}
