package com.targetflow.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendReminder: the reminder (提醒) before the due date. */
@Component
public class SendReminderDelegate implements JavaDelegate {

    private final EscalationService escalation;

    SendReminderDelegate(EscalationService escalation) {
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalation.remind(EscalationVariables.watchId(execution));
    }
}
