package com.targetflow.targets;

import com.targetflow.models.AnnualPlanModel;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.Units;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On a unit task's creation, its name says which year or quarter and whose it is — 进展填报：2026 年第一季度 ·
 * 东城街道科协 — so that thirteen units' tasks are told apart in Tasklist's cards, on a manager's workbench,
 * in mails and in the ladder's 督办. Runs before the other create listeners, which copy the name. The
 * name is written once for everyone, in the district's language.
 */
@Component
class NameUnitTaskListener implements TaskListener {

    private static final Set<String> QUARTERLY =
            Set.of(UnitTargetsModel.TASK_REPORT_PROGRESS, UnitTargetsModel.TASK_REVIEW_REPORT);

    private final Units units;
    private final MessageSource messages;

    NameUnitTaskListener(Units units, MessageSource messages) {
        this.units = units;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        String code = UnitProcessVariables.unitCode(task);
        String unit = units.findByCodeWithoutFlush(code)
                .map(u -> u.displayName(Language.ZH))
                .orElse(code);
        Object year = task.getVariable(AnnualPlanModel.VAR_YEAR);
        Locale chinese = Language.ZH.locale();
        String title = QUARTERLY.contains(task.getTaskDefinitionKey())
                ? messages.getMessage(
                        "task.title.quarter",
                        new Object[] {
                            task.getName(),
                            String.valueOf(year),
                            messages.getMessage("quarter." + (UnitProcessVariables.round(task) + 1), null, chinese),
                            unit
                        },
                        chinese)
                : messages.getMessage(
                        "task.title.year", new Object[] {task.getName(), String.valueOf(year), unit}, chinese);
        task.setName(title);
    }
}
