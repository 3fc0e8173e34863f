package com.targetflow.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ReadInbox of mail-inbox: the mailbox read; how many new messages were recorded out. */
@Component
public class ReadInboxDelegate implements JavaDelegate {

    static final String MAILS_READ = "mailsRead";

    private final MailInbox inbox;

    ReadInboxDelegate(MailInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(MAILS_READ, inbox.read());
    }
}
