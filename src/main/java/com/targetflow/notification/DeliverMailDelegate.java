package com.targetflow.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_DeliverMail of mail-delivery: mailId in, the mail sent (or the job failed, to be retried). */
@Component
public class DeliverMailDelegate implements JavaDelegate {

    private final MailDelivery delivery;

    DeliverMailDelegate(MailDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(DelegateExecution execution) {
        delivery.deliver(((Number) execution.getVariable(MailOutbox.MAIL_ID)).longValue());
    }
}
