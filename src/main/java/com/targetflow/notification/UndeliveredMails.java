package com.targetflow.notification;

import com.targetflow.security.AsSystem;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mail not yet sent always has its mail-delivery instance, waiting in a job: all are written in
 * one transaction. After a node was killed, the embedded database can still come back with part
 * of a transaction that was in flight (seen with H2 2.3: a delivery's instance without its job, a
 * mail without its instance), and an operator may delete an instance in Cockpit. So on every start
 * a node looks for mails not sent whose delivery is gone or stuck, and starts a new one. Each mail's
 * row is locked first and checked again, so that nodes starting together start one delivery; a
 * delivery never sends a mail already sent, so the worst case is one more copy of a mail that was
 * in flight at the kill.
 */
@Component
class UndeliveredMails {

    private static final Logger log = LoggerFactory.getLogger(UndeliveredMails.class);

    private final OutgoingMailRepository mails;
    private final MailOutbox outbox;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final AsSystem asSystem;
    private final TransactionTemplate tx;

    UndeliveredMails(
            OutgoingMailRepository mails,
            MailOutbox outbox,
            RuntimeService runtime,
            ManagementService management,
            AsSystem asSystem,
            TransactionTemplate tx) {
        this.mails = mails;
        this.outbox = outbox;
        this.runtime = runtime;
        this.management = management;
        this.asSystem = asSystem;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int restarted;
        try {
            restarted = restartLostDeliveries();
        } catch (RuntimeException e) {
            // Looking for lost deliveries is a repair: if it fails, the node still serves, and the next start looks
            // again.
            log.error("Could not look for mails without their delivery: {}", e.toString());
            return;
        }
        if (restarted > 0) {
            log.warn(
                    "Delivery started again for {} mail(s) not sent that had none (lost at a crash, or deleted in Cockpit)",
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
        // from it, or whose instance has neither a job nor an incident, are looked at one by one.
        Map<String, String> instanceByKey = asSystem.call(
                () -> runtime.createProcessInstanceQuery().processDefinitionKey(MailOutbox.PROCESS_KEY).list().stream()
                        .collect(Collectors.toMap(
                                ProcessInstance::getBusinessKey, ProcessInstance::getId, (a, b) -> a)));
        int restarted = 0;
        for (long id : unsent) {
            String instance = instanceByKey.get(MailOutbox.businessKey(id));
            if (instance != null && alive(instance)) {
                continue;
            }
            try {
                if (Boolean.TRUE.equals(tx.execute(s -> restartIfLost(id)))) {
                    restarted++;
                }
            } catch (RuntimeException e) {
                // One mail the database will not let go of does not stop the others; the next start tries it again.
                log.warn("Delivery of mail {} not started again: {}", id, e.toString());
                continue;
            }
            if (instance != null) {
                removeStuck(instance, id);
            }
        }
        return restarted;
    }

    private boolean restartIfLost(long id) {
        OutgoingMail mail = mails.lockById(id).orElse(null);
        if (mail == null || mail.getStatus() == MailStatus.SENT || hasLiveDelivery(id)) {
            return false;
        }
        outbox.startDelivery(id);
        return true;
    }

    private boolean hasLiveDelivery(long id) {
        return asSystem.call(() -> runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(MailOutbox.PROCESS_KEY)
                .processInstanceBusinessKey(MailOutbox.businessKey(id))
                .list()
                .stream()
                .anyMatch(instance -> alive(instance.getId())));
    }

    /**
     * A delivery waits in its job (due, or retrying later) or in an incident; one with neither is stuck
     * for good. So is one whose job row the database keeps locked after a crash (H2 2.3 after SIGKILL:
     * "Timeout trying to lock table"): no job executor can take that job either. Its mail gets a new
     * delivery, which never sends a mail already sent.
     */
    private boolean alive(String instanceId) {
        try {
            return asSystem.call(() ->
                    management.createJobQuery().processInstanceId(instanceId).count() > 0
                            || runtime.createIncidentQuery()
                                            .processInstanceId(instanceId)
                                            .count()
                                    > 0);
        } catch (ProcessEngineException unreadable) {
            log.warn("Delivery {} cannot be read ({}); treated as stuck", instanceId, unreadable.getMessage());
            return false;
        }
    }

    /** The stuck instance goes once its mail has a new delivery; if the database will not let go of it yet, the next start tries again. */
    private void removeStuck(String instanceId, long mailId) {
        try {
            tx.executeWithoutResult(s -> asSystem.run(() -> runtime.deleteProcessInstance(
                    instanceId,
                    "its job was lost at a crash; delivery of mail " + mailId + " started again",
                    true,
                    true)));
        } catch (RuntimeException e) {
            log.warn("Stuck delivery {} of mail {} left for the next start: {}", instanceId, mailId, e.toString());
        }
    }
}
