package com.targetflow.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendOverdueNotice: the overdue notice (催办) at the due date. */
@Component
public class SendOverdueNoticeDelegate implements JavaDelegate {

    private final EscalationService escalation;

    SendOverdueNoticeDelegate(EscalationService escalation) {
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalation.overdue(EscalationVariables.watchId(execution));
    }
}
