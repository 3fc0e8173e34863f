package com.targetflow.targets;

import com.targetflow.forms.Submitted;
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
        service.selfAssess(
                UnitProcessVariables.planId(task),
                UnitProcessVariables.unitCode(task),
                Submitted.value(task, SelfAssessmentForm.VALUES));
        task.getExecution().removeVariable(SelfAssessmentForm.VALUES);
    }
}
