package com.targetflow.targets;

import com.targetflow.forms.FormData;
import com.targetflow.models.ReportProgressForm;
import com.targetflow.organisation.Language;
import com.targetflow.web.UserLocale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On creating 进展填报: one row per target to fill in ("values"), with last value reported and,
 * when the district returned the report, its comment on each target.
 */
@Component
public class ShowReportFormListener implements TaskListener {

    private final UnitFormRows rows;
    private final UserLocale userLocale;

    ShowReportFormListener(UnitFormRows rows, UserLocale userLocale) {
        this.rows = rows;
        this.userLocale = userLocale;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(
                ReportProgressForm.VALUES,
                FormData.json(rows.reportFormRows(
                        UnitProcessVariables.planId(task),
                        UnitProcessVariables.unitCode(task),
                        Language.of(userLocale.current()))));
        // Tasklist's forms cannot pick files: the form links to the app's evidence page for this task.
        task.setVariableLocal(ReportProgressForm.EVIDENCE_LINK, "/evidence/tasks/" + task.getId());
    }
}
