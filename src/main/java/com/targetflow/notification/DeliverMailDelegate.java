package com.targetflow.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_DeliverMail of mail-delivery: helper (whether this delivery was started by another, to share a
 * long queue) in; every queued mail sent (or the job failed, to be retried); how many it sent out.
 */
@Component
public class DeliverMailDelegate implements JavaDelegate {

    static final String SENT = "mailsSent";
    static final String HELPER = "helper";

    private final MailDelivery delivery;

    DeliverMailDelegate(MailDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean helper = Boolean.TRUE.equals(execution.getVariable(HELPER));
        execution.setVariable(SENT, delivery.deliverQueued(!helper));
    }
}
