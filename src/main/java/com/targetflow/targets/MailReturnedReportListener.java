package com.targetflow.targets;

import com.targetflow.models.UnitTargetsModel;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.MailMessage;
import com.targetflow.notification.MailOutbox;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.organisation.PersonRole;
import com.targetflow.organisation.Unit;
import com.targetflow.organisation.Units;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A progress report the review sent back comes to its unit as a new 进展填报 task; its
 * secretaries-general get a mail with the reviewer's comments and a link to the task.
 */
@Component
public class MailReturnedReportListener implements TaskListener {

    private final PlanRepository plans;
    private final ReturnReasons reasons;
    private final Units units;
    private final People people;
    private final MailOutbox outbox;

    MailReturnedReportListener(
            PlanRepository plans, ReturnReasons reasons, Units units, People people, MailOutbox outbox) {
        this.plans = plans;
        this.reasons = reasons;
        this.units = units;
        this.people = people;
        this.outbox = outbox;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!Boolean.FALSE.equals(task.getVariable(UnitTargetsModel.VAR_REPORT_APPROVED))) {
            return; // a new quarter's report, not a returned one
        }
        int year =
                plans.findById(UnitProcessVariables.planId(task)).orElseThrow().getYear();
        Unit unit = units.findByCode(UnitProcessVariables.unitCode(task)).orElseThrow();
        int quarter = UnitProcessVariables.round(task) + 1;
        // The returned report is still the process's report: its lines carry the reviewer's comments.
        var comments = reasons.commentsOn(UnitProcessVariables.reportId(task));
        for (Person person : people.findByUnitOrderByUsername(unit)) {
            if (person.getRole() != PersonRole.SECRETARY_GENERAL) {
                continue;
            }
            Map<String, Object> model = new HashMap<>();
            model.put("name", person.getName());
            model.put("unitName", unit.displayName(person.getLanguage()));
            model.put("year", String.valueOf(year));
            model.put("quarter", String.valueOf(quarter));
            model.put("reason", reasons.of(comments, person.getLanguage().locale()));
            model.put("subjectArgs", new Object[] {String.valueOf(year), String.valueOf(quarter)});
            outbox.queue(new MailMessage(
                    new MailMessage.Recipient(person.getUsername(), person.getEmail(), person.getLanguage()),
                    MailKind.REPORT_RETURNED,
                    model,
                    null,
                    null,
                    task.getId()));
        }
    }
}
