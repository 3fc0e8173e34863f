package com.targetflow.targets;

import com.targetflow.forms.Submitted;
import com.targetflow.forms.TaskInput;
import com.targetflow.models.AuditScoreForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing 考核评分: the district's audited value for each target ("values"). */
@Component
public class AuditScoreListener implements TaskListener {

    private final UnitTargetsService service;

    AuditScoreListener(UnitTargetsService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        // The rows stay for the score (scoreUnitListener, next), which removes them.
        TaskInput input = new TaskInput();
        service.audit(
                new UnitValuesGiven(
                        UnitProcessVariables.planId(task),
                        UnitProcessVariables.unitCode(task),
                        SubmittedRows.values(
                                input, AuditScoreForm.VALUES, Submitted.value(task, AuditScoreForm.VALUES))),
                input.problems());
    }
}
