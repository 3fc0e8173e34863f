package com.targetflow.notification;

import com.targetflow.security.AsSystem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mail not yet sent always has its mail-delivery instance: both are written in one transaction.
 * After a node was killed, the embedded database can still come back with the one and not the
 * other (H2 does not promise every commit across a kill), and an operator may have deleted an
 * instance in Cockpit. So on every start a node looks for mails not sent that have no delivery
 * and starts theirs again. Each mail's row is locked first and checked again, so that nodes
 * starting together start one delivery; and a delivery never sends a mail already sent.
 */
@Component
class UndeliveredMails {

    private static final Logger log = LoggerFactory.getLogger(UndeliveredMails.class);

    private final OutgoingMailRepository mails;
    private final RuntimeService runtime;
    private final AsSystem asSystem;
    private final TransactionTemplate tx;

    UndeliveredMails(OutgoingMailRepository mails, RuntimeService runtime, AsSystem asSystem, TransactionTemplate tx) {
        this.mails = mails;
        this.runtime = runtime;
        this.asSystem = asSystem;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int restarted;
        try {
            restarted = restartLostDeliveries();
        } catch (RuntimeException e) {
            // Looking for lost deliveries is a repair: if it fails, the node still serves, and the next start looks again.
            log.error("Could not look for mails without their delivery: {}", e.toString());
            return;
        }
        if (restarted > 0) {
            log.warn("Delivery started again for {} mail(s) not sent that had none (lost at a crash, or deleted in Cockpit)",
                    restarted);
        }
    }

    /** Returns how many deliveries it started. */
    int restartLostDeliveries() {
        List<Long> unsent = mails.findIdsNotSent();
        if (unsent.isEmpty()) {
            return 0;
        }
        // One query for all running deliveries (after a storm, thousands): only the mails missing
        // from it are locked and looked at one by one.
        Set<String> delivering = asSystem.call(() -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(MailOutbox.PROCESS_KEY).list().stream()
                .map(ProcessInstance::getBusinessKey).collect(Collectors.toSet()));
        int restarted = 0;
        for (long id : unsent) {
            if (!delivering.contains(MailOutbox.businessKey(id)) && Boolean.TRUE.equals(tx.execute(s -> restartIfLost(id)))) {
                restarted++;
            }
        }
        return restarted;
    }

    private boolean restartIfLost(long id) {
        OutgoingMail mail = mails.lockById(id).orElse(null);
        if (mail == null || mail.getStatus() == MailStatus.SENT || hasDelivery(id)) {
            return false;
        }
        asSystem.run(() -> runtime.startProcessInstanceByKey(MailOutbox.PROCESS_KEY, MailOutbox.businessKey(id),
                Map.of(MailOutbox.MAIL_ID, id)));
        return true;
    }

    private boolean hasDelivery(long id) {
        return asSystem.call(() -> runtime.createProcessInstanceQuery().processDefinitionKey(MailOutbox.PROCESS_KEY)
                .processInstanceBusinessKey(MailOutbox.businessKey(id)).count() > 0);
    }
}
