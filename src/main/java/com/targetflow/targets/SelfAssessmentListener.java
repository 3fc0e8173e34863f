package com.targetflow.targets;

import com.targetflow.forms.Submitted;
import com.targetflow.forms.TaskInput;
import com.targetflow.models.SelfAssessmentForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing 自评: the unit's own value for each target ("values"). */
@Component
public class SelfAssessmentListener implements TaskListener {

    private final UnitTargetsService service;

    SelfAssessmentListener(UnitTargetsService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = new TaskInput();
        service.selfAssess(
                new UnitValuesGiven(
                        UnitProcessVariables.planId(task),
                        UnitProcessVariables.unitCode(task),
                        SubmittedRows.values(
                                input, SelfAssessmentForm.VALUES, Submitted.value(task, SelfAssessmentForm.VALUES))),
                input.problems());
        task.getExecution().removeVariable(SelfAssessmentForm.VALUES);
    }
}
