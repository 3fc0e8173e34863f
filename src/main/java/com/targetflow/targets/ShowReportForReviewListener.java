package com.targetflow.targets;

import com.targetflow.forms.FormData;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On creating 审核进展: the submitted values ("comments", one row per target) and the narrative. */
@Component
public class ShowReportForReviewListener implements TaskListener {

    private final UnitTargetsService service;

    ShowReportForReviewListener(UnitTargetsService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        long reportId = UnitProcessVariables.reportId(task);
        task.setVariableLocal("comments", FormData.json(service.reviewRows(reportId)));
        task.setVariableLocal("reportNarrative", service.narrativeOf(reportId));
        task.setVariableLocal("evidenceLink", "/evidence/reports/" + reportId + "?task=" + task.getId());
    }
}
