package com.targetflow.targets;

import com.targetflow.models.ConfirmTargetsForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing 确认目标: the unit accepts its targets (targetsAccepted = true) or objects to some
 * of them (targetsAccepted = false, with "objections"). The objections go to our tables; the
 * process keeps only the decision.
 */
@Component
public class ConfirmTargetsListener implements TaskListener {

    private final UnitTargetsService service;

    ConfirmTargetsListener(UnitTargetsService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = UnitProcessVariables.planId(task);
        String unitCode = UnitProcessVariables.unitCode(task);
        boolean accepted = service.confirmOrObject(
                planId,
                unitCode,
                task.getVariable(ConfirmTargetsForm.TARGETS_ACCEPTED),
                task.getVariable(ConfirmTargetsForm.OBJECTIONS));
        task.getExecution().removeVariable(ConfirmTargetsForm.OBJECTIONS);
        task.getExecution().setVariable(ConfirmTargetsForm.TARGETS_ACCEPTED, accepted);
    }
}
