package com.targetflow.targets;

import com.targetflow.calendar.DistrictZone;
import com.targetflow.models.AnnualPlanModel;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.UnitOutcomeMail;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.Units;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On 确认目标's creation the unit is told. The first time: its targets are issued — by mail, each target
 * with its quota and due date. After an objection: the form shows what the district decided (the
 * decision's words move from the process to the task), the mail having gone with the decision.
 */
@Component
public class TellUnitTargetsListener implements TaskListener {

    private final TargetRepository targets;
    private final Units units;
    private final UnitOutcomeMail mail;
    private final MessageSource messages;

    TellUnitTargetsListener(TargetRepository targets, Units units, UnitOutcomeMail mail, MessageSource messages) {
        this.targets = targets;
        this.units = units;
        this.mail = mail;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decided = task.getVariable(ResolveObjectionListener.OUTCOME);
        if (decided != null) {
            task.setVariableLocal(ResolveObjectionListener.OUTCOME, decided);
            task.getExecution().removeVariable(ResolveObjectionListener.OUTCOME);
            return;
        }
        long planId = UnitProcessVariables.planId(task);
        String unitCode = UnitProcessVariables.unitCode(task);
        String year = String.valueOf(task.getVariable(AnnualPlanModel.VAR_YEAR));
        List<TargetRow> rows = targets.rowsOf(planId, unitCode);
        String due = task.getDueDate() == null
                ? "—"
                : task.getDueDate()
                        .toInstant()
                        .atZone(DistrictZone.ZONE)
                        .toLocalDate()
                        .toString();
        mail.tell(
                units.findByCode(unitCode).orElseThrow(),
                MailKind.TARGETS_ISSUED,
                language -> messages.getMessage(
                        "outcome.issued.intro",
                        new Object[] {year, String.valueOf(rows.size()), due},
                        language.locale()),
                language -> rows.stream()
                        .map(t -> messages.getMessage(
                                "outcome.issued.line",
                                new Object[] {
                                    t.indicatorCode(),
                                    language == Language.EN ? t.indicatorNameEn() : t.indicatorName(),
                                    t.quota().stripTrailingZeros().toPlainString(),
                                    language == Language.EN ? t.measureEn() : t.measure(),
                                    t.dueDate().toString()
                                },
                                language.locale()))
                        .toList(),
                new Object[] {year},
                task.getId());
    }
}
