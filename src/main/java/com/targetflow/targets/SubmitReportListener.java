package com.targetflow.targets;

import com.targetflow.forms.Completer;
import com.targetflow.forms.Submitted;
import com.targetflow.forms.TaskInput;
import com.targetflow.models.ReportProgressForm;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing 进展填报: the values and narrative become a progress report in our tables; the
 * process keeps its id ("reportId") for the review.
 */
@Component
public class SubmitReportListener implements TaskListener {

    private final UnitTargetsService service;
    private final IdentityService identity;

    SubmitReportListener(UnitTargetsService service, IdentityService identity) {
        this.service = service;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        int round = UnitProcessVariables.round(task) + 1;
        TaskInput input = new TaskInput();
        ProgressReportSubmitted report = new ProgressReportSubmitted(
                UnitProcessVariables.planId(task),
                UnitProcessVariables.unitCode(task),
                round,
                SubmittedRows.values(
                        input, ReportProgressForm.VALUES, Submitted.value(task, ReportProgressForm.VALUES)),
                input.text(ReportProgressForm.NARRATIVE, task.getVariable(ReportProgressForm.NARRATIVE), false, 4000),
                Completer.of(task, identity));
        long reportId = service.submitReport(report, input.problems());
        task.getExecution().removeVariable(ReportProgressForm.VALUES);
        task.getExecution().removeVariable(ReportProgressForm.NARRATIVE);
        task.getExecution().setVariable("reportId", reportId);
    }
}
