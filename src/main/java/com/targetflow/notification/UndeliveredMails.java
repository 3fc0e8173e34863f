package com.targetflow.notification;

import com.targetflow.security.AsSystem;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail not yet sent always has a delivery coming: a mail-delivery instance waiting in its job (or in
 * an incident, for a manager). After a node was killed, the embedded database can still come back
 * with part of a transaction that was in flight (seen with H2 2.3: a delivery's instance without its
 * job, a mail without the delivery its transaction started), and an operator may delete an instance
 * in Cockpit. So on every start a node looks for mail to send, or a delivery marked as waiting, with no
 * live delivery, and starts one; instances stuck without a job go. Deliveries never send a mail
 * already sent, so two nodes starting together at worst start two, and the worst case is one more
 * copy of a mail that was in flight at the kill.
 */
@Component
class UndeliveredMails {

    private static final Logger log = LoggerFactory.getLogger(UndeliveredMails.class);

    private final OutgoingMailRepository mails;
    private final MailDispatch dispatch;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final AsSystem asSystem;
    private final TransactionTemplate tx;

    UndeliveredMails(
            OutgoingMailRepository mails,
            MailDispatch dispatch,
            RuntimeService runtime,
            ManagementService management,
            AsSystem asSystem,
            TransactionTemplate tx) {
        this.mails = mails;
        this.dispatch = dispatch;
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
            log.error("Could not look for mail without its delivery: {}", e.toString());
            return;
        }
        if (restarted > 0) {
            log.warn("Delivery started again for mail not sent that had none (lost at a crash, or deleted in Cockpit)");
        }
    }

    /** Returns how many deliveries it started (none or one). */
    int restartLostDeliveries() {
        List<String> stuck = new ArrayList<>();
        boolean live = false;
        for (ProcessInstance delivery : deliveries()) {
            if (alive(delivery.getId())) {
                live = true;
            } else {
                stuck.add(delivery.getId());
            }
        }
        int started = 0;
        if (!live && (toSend() || dispatch.waiting())) {
            try {
                if (Boolean.TRUE.equals(tx.execute(s -> dispatch.startUnless(this::anyAlive)))) {
                    started++;
                }
            } catch (RuntimeException e) {
                // The next start tries again; until then, the next mail queued wakes a delivery too.
                log.warn("Delivery not started again: {}", e.toString());
            }
        }
        stuck.forEach(this::removeStuck);
        return started;
    }

    private boolean anyAlive() {
        return deliveries().stream().anyMatch(delivery -> alive(delivery.getId()));
    }

    private List<ProcessInstance> deliveries() {
        return asSystem.call(() -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(MailOutbox.PROCESS_KEY)
                .list());
    }

    private boolean toSend() {
        return !mails.findIdsToSend(0, PageRequest.of(0, 1)).isEmpty();
    }

    /**
     * A delivery waits in its job (due, or retrying later) or in an incident; one with neither is stuck
     * for good. So is one whose job row the database keeps locked after a crash (H2 2.3 after SIGKILL:
     * "Timeout trying to lock table"): no job executor can take that job either.
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

    /** A stuck instance goes; if the database will not let go of it yet, the next start tries again. */
    private void removeStuck(String instanceId) {
        try {
            tx.executeWithoutResult(s -> asSystem.run(() -> runtime.deleteProcessInstance(
                    instanceId, "its job was lost at a crash; a new delivery sends its mail", true, true)));
        } catch (RuntimeException e) {
            log.warn("Stuck delivery {} left for the next start: {}", instanceId, e.toString());
        }
    }
}
