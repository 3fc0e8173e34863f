package com.targetflow.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendFormalNotice: the 督办通知 to the unit's leaders. */
@Component
public class SendFormalNoticeDelegate implements JavaDelegate {

    private final EscalationService escalation;

    SendFormalNoticeDelegate(EscalationService escalation) {
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalation.formalNotice(
                EscalationVariables.watchId(execution),
                EscalationVariables.reason(execution),
                EscalationVariables.decidedBy(execution));
    }
}
