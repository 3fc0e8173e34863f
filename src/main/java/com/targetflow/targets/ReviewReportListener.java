package com.targetflow.targets;

import com.targetflow.forms.Submitted;
import com.targetflow.forms.Completer;

import com.targetflow.forms.ReturnNote;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing 审核进展: approve (reportApproved = true) or return with comments. An approved
 * report closes the round: the process's "round" counts the approved rounds.
 */
@Component
public class ReviewReportListener implements TaskListener {

    private final UnitTargetsService service;
    private final IdentityService identity;

    ReviewReportListener(UnitTargetsService service, IdentityService identity) {
        this.service = service;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        UnitTargetsService.Review review = service.reviewReport(UnitProcessVariables.reportId(task), task.getVariable("reportApproved"),
                Submitted.value(task, "comments"), Completer.of(task, identity));
        boolean approved = review.approved();
        if (!approved) {
            ReturnNote.write(task, review.reasons());
        }
        task.getExecution().removeVariable("comments");
        task.getExecution().setVariable("reportApproved", approved);
        if (approved) {
            task.getExecution().setVariable("round", UnitProcessVariables.round(task) + 1);
        }
    }
}
