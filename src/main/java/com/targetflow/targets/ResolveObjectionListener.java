package com.targetflow.targets;

import com.targetflow.forms.TaskInput;
import com.targetflow.models.AnnualPlanModel;
import com.targetflow.models.ResolveObjectionForm;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.UnitOutcomeMail;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.Unit;
import com.targetflow.organisation.Units;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On completing 处理异议: the manager's answer to each objected target ("resolutions"). The unit is told
 * what was decided — for each target its old quota, its proposal, the decision and the new quota — by
 * mail, in the task's history, and on the 确认目标 it gets again (the process keeps the words until that
 * task takes them: "objectionOutcome").
 */
@Component
public class ResolveObjectionListener implements TaskListener {

    static final String OUTCOME = "objectionOutcome";

    private final UnitTargetsService service;
    private final Units units;
    private final UnitOutcomeMail mail;
    private final MessageSource messages;

    ResolveObjectionListener(UnitTargetsService service, Units units, UnitOutcomeMail mail, MessageSource messages) {
        this.service = service;
        this.units = units;
        this.mail = mail;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        String unitCode = UnitProcessVariables.unitCode(task);
        TaskInput input = new TaskInput();
        List<UnitTargetsService.Resolution> decided = service.resolve(
                new ObjectionsResolved(
                        UnitProcessVariables.planId(task),
                        unitCode,
                        decisions(input, task.getVariable(ResolveObjectionForm.RESOLUTIONS))),
                input.problems());
        task.getExecution().removeVariable(ResolveObjectionForm.RESOLUTIONS);
        String year = String.valueOf(task.getVariable(AnnualPlanModel.VAR_YEAR));
        Unit unit = units.findByCode(unitCode).orElseThrow();
        String chinese = String.join(
                "\n",
                lines(decided, Language.ZH).stream().map(line -> "- " + line).toList());
        task.getExecution().setVariable(OUTCOME, chinese);
        task.getProcessEngineServices()
                .getTaskService()
                .createComment(
                        task.getId(),
                        task.getProcessInstanceId(),
                        messages.getMessage("outcome.objection.history", new Object[] {chinese}, Language.ZH.locale()));
        mail.tell(
                unit,
                MailKind.OBJECTION_RESOLVED,
                language -> messages.getMessage("outcome.objection.intro", new Object[] {year}, language.locale()),
                language -> lines(decided, language),
                new Object[] {year},
                null);
    }

    /** Each row's decision, and a quota where it sets one; a decision that is none of the three is named. */
    private static List<ObjectionsResolved.Decision> decisions(TaskInput input, Object submitted) {
        return input.eachRow(ResolveObjectionForm.RESOLUTIONS, submitted, (row, prefix) -> {
            String decision = String.valueOf(row.get(ResolveObjectionForm.Resolutions.DECISION));
            ObjectionsResolved.Choice choice = Arrays.stream(ObjectionsResolved.Choice.values())
                    .filter(c -> c.name().equals(decision))
                    .findFirst()
                    .orElse(null);
            if (choice == null) {
                input.problem(prefix + ResolveObjectionForm.Resolutions.DECISION, "task.input.decision", decision);
            }
            BigDecimal quota = choice == ObjectionsResolved.Choice.SET
                    ? input.amount(
                            prefix + ResolveObjectionForm.Resolutions.QUOTA,
                            row.get(ResolveObjectionForm.Resolutions.QUOTA))
                    : null;
            return new ObjectionsResolved.Decision(SubmittedRows.code(row), choice, quota);
        });
    }

    private List<String> lines(List<UnitTargetsService.Resolution> decided, Language language) {
        return decided.stream()
                .map(r -> messages.getMessage(
                        "outcome.objection.line",
                        new Object[] {
                            r.indicator().getCode(),
                                    language == Language.EN
                                            ? r.indicator().getNameEn()
                                            : r.indicator().getName(),
                            plain(r.before()), r.proposed() == null ? "—" : plain(r.proposed()),
                            messages.getMessage("outcome.decision." + r.decision(), null, language.locale()),
                                    plain(r.after())
                        },
                        language.locale()))
                .toList();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
