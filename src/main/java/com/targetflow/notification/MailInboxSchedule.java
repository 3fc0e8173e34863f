package com.targetflow.notification;

import com.targetflow.models.MailInboxModel;
import org.camunda.bpm.engine.RepositoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The mailbox is read by mail-inbox, whose timer the engine runs on one node at a time. Without a
 * mailbox configured the process is suspended (its timer with it), so that no empty run is
 * recorded every minute; configured, it is active. Every node does the same; configure them alike.
 */
@Component
class MailInboxSchedule implements ApplicationRunner {

    static final String PROCESS_KEY = MailInboxModel.KEY;
    private static final Logger log = LoggerFactory.getLogger(MailInboxSchedule.class);

    private final MailInboxProperties inbox;
    private final RepositoryService repository;

    MailInboxSchedule(MailInboxProperties inbox, RepositoryService repository) {
        this.inbox = inbox;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (inbox.configured() && inbox.address() == null) {
            throw new IllegalStateException("targetflow.mail.inbox.address is needed: the mailbox's e-mail address, "
                    + "which invitations name as the organizer (the username " + inbox.username() + " is not one)");
        }
        boolean suspended = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS_KEY)
                .latestVersion()
                .singleResult()
                .isSuspended();
        if (inbox.configured() && suspended) {
            repository
                    .updateProcessDefinitionSuspensionState()
                    .byProcessDefinitionKey(PROCESS_KEY)
                    .activate();
        } else if (!inbox.configured() && !suspended) {
            repository
                    .updateProcessDefinitionSuspensionState()
                    .byProcessDefinitionKey(PROCESS_KEY)
                    .suspend();
        }
        log.info(
                inbox.configured()
                        ? "Mailbox {} read every minute for calendar replies"
                        : "No mailbox configured (targetflow.mail.inbox.host): invitations point to the workbench{}",
                inbox.configured() ? inbox.address() : "");
    }
}
