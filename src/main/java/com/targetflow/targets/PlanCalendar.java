package com.targetflow.targets;

import com.targetflow.calendar.DistrictZone;
import com.targetflow.calendar.WorkingDays;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Dates for the unit-targets process, read by its timers and due dates as expressions
 * (${planCalendar.roundOpens(planId, round + 1)}): all on Beijing time, from the plan's own
 * quarter ends, so a manager who moves a quarter end moves the round with it.
 */
@Component
public class PlanCalendar {

    private static final LocalTime OPENING = LocalTime.of(9, 0);
    private static final LocalTime CLOSING = LocalTime.of(17, 30);

    private final PlanRepository plans;
    private final Clock clock;
    private final WorkingDays workingDays;
    private final int freshDays;

    PlanCalendar(
            PlanRepository plans,
            Clock clock,
            WorkingDays workingDays,
            @Value("${targetflow.plans.fresh-due-days:10}") int freshDays) {
        this.plans = plans;
        this.clock = clock;
        this.workingDays = workingDays;
        this.freshDays = freshDays;
    }

    /** Reporting round 1 … 4 opens on the morning of its quarter's last day. */
    public Date roundOpens(Long planId, Integer round) {
        return at(plan(planId).quarterEnd(round), OPENING);
    }

    /**
     * The unit reports within ten days of the quarter's end. Work is never born late: a round that
     * opens after that (a plan issued in December, a report sent back) is due a fresh
     * targetflow.plans.fresh-due-days working days (10) from today.
     */
    public Date reportDue(Long planId, Integer round) {
        return at(notBefore(plan(planId).quarterEnd(Math.min(round, 4)).plusDays(10)), CLOSING);
    }

    /** Targets are confirmed within ten days of being issued. */
    public Date confirmDue() {
        return at(LocalDate.now(clock.withZone(DistrictZone.ZONE)).plusDays(10), CLOSING);
    }

    /** The district reviews or decides within five days. */
    public Date reviewDue() {
        return at(LocalDate.now(clock.withZone(DistrictZone.ZONE)).plusDays(5), CLOSING);
    }

    /** Self-assessment and audit follow the year's last quarter end. */
    public Date assessmentDue(Long planId) {
        return at(notBefore(plan(planId).quarterEnd(4).plusDays(15)), CLOSING);
    }

    /** The day, or, when it is today or past, a fresh due day counted in working days from today. */
    private LocalDate notBefore(LocalDate due) {
        LocalDate today = LocalDate.now(clock.withZone(DistrictZone.ZONE));
        return due.isAfter(today) ? due : workingDays.after(today, freshDays);
    }

    private AnnualPlan plan(Long planId) {
        return plans.findById(planId).orElseThrow(() -> new IllegalStateException("No plan " + planId));
    }

    private static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(DistrictZone.ZONE).toInstant());
    }
}
