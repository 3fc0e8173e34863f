package com.targetflow.escalation;

import com.targetflow.calendar.DistrictZone;
import com.targetflow.domain.Refusal;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager's change of a task's due date, which always says why. It is the way to change a due
 * date: the engine's API (Tasklist, engine-rest) refuses a change that would carry no reason.
 */
@Component
class DueDateChanges {

    static final int MAX_REASON = 500;

    private final EscalationService escalation;
    private final EscalationAccess access;
    private final EscalationViews views;
    private final Clock clock;

    DueDateChanges(EscalationService escalation, EscalationAccess access, EscalationViews views, Clock clock) {
        this.escalation = escalation;
        this.access = access;
        this.views = views;
        this.clock = clock;
    }

    /** Changes the date and answers with the task's ladder as it now stands. */
    @Transactional
    EscalationViews.TaskView change(String taskId, String due, String reason, Principal manager, Locale locale) {
        WatchedTask task = access.task(taskId, manager);
        if (!task.isOpen()) {
            throw Refusal.conflict(null, "escalation.due.closed");
        }
        LocalDate day = day(due);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw Refusal.invalid("reason", "escalation.due.reason-required");
        }
        if (why.length() > MAX_REASON) {
            throw Refusal.invalid("reason", "escalation.due.reason-too-long", MAX_REASON);
        }
        escalation.changeDueDate(task, day, why, manager.getName());
        return views.of(task, locale, true);
    }

    private LocalDate day(String due) {
        if (due == null || due.isBlank()) {
            throw Refusal.invalid("due", "escalation.due.required");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(due.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("due", "escalation.due.invalid", due);
        }
        if (day.isBefore(LocalDate.now(clock.withZone(DistrictZone.ZONE)))) {
            throw Refusal.invalid("due", "escalation.due.past", day.toString());
        }
        return day;
    }
}
