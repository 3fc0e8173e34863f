package com.targetflow.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ExtendDueDate: the 督办's new due date given to the task; the ladder then starts again. */
@Component
public class ExtendDueDateDelegate implements JavaDelegate {

    private final EscalationService escalation;

    ExtendDueDateDelegate(EscalationService escalation) {
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalation.extend(
                EscalationVariables.watchId(execution),
                EscalationVariables.extendTo(execution),
                EscalationVariables.reason(execution),
                EscalationVariables.decidedBy(execution));
    }
}
