package com.targetflow.targets;

import com.targetflow.forms.FormData;
import com.targetflow.models.ConfirmTargetsForm;
import com.targetflow.organisation.Language;
import com.targetflow.web.UserLocale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On a task's creation: the unit's targets, as the table its form shows (task-local variables "targets", and "targetOptions" for its drop-downs). */
@Component
public class ShowUnitTargetsListener implements TaskListener {

    private final UnitFormRows rows;
    private final UserLocale userLocale;

    ShowUnitTargetsListener(UnitFormRows rows, UserLocale userLocale) {
        this.rows = rows;
        this.userLocale = userLocale;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = UnitProcessVariables.planId(task);
        String unitCode = UnitProcessVariables.unitCode(task);
        var shown = rows.targetRows(planId, unitCode, Language.of(userLocale.current()));
        task.setVariableLocal(ConfirmTargetsForm.TARGETS, FormData.json(shown));
        task.setVariableLocal(
                ConfirmTargetsForm.TARGET_OPTIONS,
                FormData.json(shown.stream()
                        .map(r -> Map.of("value", r.indicatorCode(), "label", r.indicatorCode() + " " + r.indicator()))
                        .toList()));
    }
}
