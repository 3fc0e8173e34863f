package com.targetflow.escalation;

import com.targetflow.calendar.DistrictZone;
import com.targetflow.calendar.WorkingDays;
import com.targetflow.forms.TaskInput;
import com.targetflow.organisation.Person;
import java.time.LocalDate;
import java.util.Date;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Reads a 督办 form as submitted: the decision and what it needs, every problem named at once
 * (a new due date that is not later than the current one, a person outside the unit, a missing
 * reason), before anything changes.
 */
@Component
class Supervision {

    record Decided(SupervisionDecision decision, Date extendTo, String reason, String reassignTo) {}

    private final EscalationService escalation;
    private final LadderPeople people;
    private final WorkingDays workingDays;

    Supervision(EscalationService escalation, LadderPeople people, WorkingDays workingDays) {
        this.escalation = escalation;
        this.people = people;
        this.workingDays = workingDays;
    }

    Decided read(long watchId, Function<String, Object> submitted) {
        WatchedTask task = escalation.task(watchId);
        TaskInput input = new TaskInput();
        SupervisionDecision decision = input.choice("decision", submitted.apply("decision"), SupervisionDecision.class);
        Date extendTo = null;
        String reason = null;
        String reassignTo = null;
        if (decision == SupervisionDecision.EXTEND) {
            LocalDate day = input.date("newDueDate", submitted.apply("newDueDate"), true);
            reason = input.text("extensionReason", submitted.apply("extensionReason"), true, 1000);
            LocalDate current = EscalationCalendar.dueDay(task);
            if (day != null && !day.isAfter(current)) {
                input.problem("newDueDate", "escalation.extend.not-later", current.toString());
            } else if (day != null) {
                var dueTime = task.getDueAt().atZone(DistrictZone.ZONE).toLocalTime();
                extendTo = Date.from(workingDays
                        .onOrAfter(day)
                        .atTime(dueTime)
                        .atZone(DistrictZone.ZONE)
                        .toInstant());
            }
        } else if (decision == SupervisionDecision.REASSIGN) {
            reassignTo = input.text("newAssignee", submitted.apply("newAssignee"), true, 64);
            if (reassignTo != null
                    && people.possibleAssignees(task.getUnit()).stream()
                            .map(Person::getUsername)
                            .noneMatch(reassignTo::equals)) {
                input.problem("newAssignee", "escalation.reassign.not-in-unit", reassignTo);
                reassignTo = null;
            }
        } else if (decision == SupervisionDecision.NOTICE) {
            reason = input.text("notice", submitted.apply("notice"), true, 2000);
        }
        input.check();
        return new Decided(decision, extendTo, reason, reassignTo);
    }
}
