package com.targetflow.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_Reassign: the 督办 hands the task to another of the unit's people. */
@Component
public class ReassignTaskDelegate implements JavaDelegate {

    private final EscalationService escalation;

    ReassignTaskDelegate(EscalationService escalation) {
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalation.reassign(
                EscalationVariables.watchId(execution),
                EscalationVariables.reassignTo(execution),
                EscalationVariables.decidedBy(execution));
    }
}
