package com.targetflow.targets;

import com.targetflow.forms.FormData;
import com.targetflow.models.ReviewReportForm;
import com.targetflow.organisation.Language;
import com.targetflow.web.UserLocale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On creating 审核进展: the submitted values ("comments", one row per target) and the narrative. */
@Component
public class ShowReportForReviewListener implements TaskListener {

    private final UnitFormRows rows;
    private final UserLocale userLocale;

    ShowReportForReviewListener(UnitFormRows rows, UserLocale userLocale) {
        this.rows = rows;
        this.userLocale = userLocale;
    }

    @Override
    public void notify(DelegateTask task) {
        long reportId = UnitProcessVariables.reportId(task);
        task.setVariableLocal(
                ReviewReportForm.COMMENTS, FormData.json(rows.reviewRows(reportId, Language.of(userLocale.current()))));
        task.setVariableLocal(ReviewReportForm.REPORT_NARRATIVE, rows.narrativeOf(reportId));
        task.setVariableLocal(
                ReviewReportForm.EVIDENCE_LINK, "/evidence/reports/" + reportId + "?task=" + task.getId());
    }
}
