package com.targetflow.notification;

import com.targetflow.models.MailDeliveryModel;
import com.targetflow.security.AsSystem;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes a mail delivery for the mail a transaction queued, once per transaction and only when no
 * delivery is already waiting to start. The decision is taken on one row of tf_mail_dispatch, locked
 * from just before the transaction commits until it has: a delivery that is waiting cannot begin to
 * read the queue before that commit (it must first mark the row, which waits for the lock), so it sees
 * the mail; once it has begun, the next transaction finds none waiting and starts a new one. Nothing
 * is lost between the two, on one node or several, and a storm of reminders queued one per
 * transaction wakes a handful of deliveries, not one per mail.
 */
@Component
class MailDispatch {

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final AsSystem asSystem;

    MailDispatch(JdbcTemplate jdbc, RuntimeService runtime, AsSystem asSystem) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.asSystem = asSystem;
    }

    /** Called in the transaction that queued mail; the wake-up happens as that transaction commits. */
    void wakeUpAtCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Mail is queued in a transaction");
        }
        // Looked up among this transaction's own synchronizations: a transaction begun inside it (REQUIRES_NEW)
        // has a list of its own, and its mail its own wake-up, whatever becomes of the outer one.
        if (TransactionSynchronizationManager.getSynchronizations().stream().noneMatch(WakeUp.class::isInstance)) {
            TransactionSynchronizationManager.registerSynchronization(new WakeUp());
        }
    }

    /** Wakes a delivery just before the transaction that queued mail commits. */
    private final class WakeUp implements TransactionSynchronization {
        @Override
        public void beforeCommit(boolean readOnly) {
            wakeUp();
        }
    }

    /** In the current transaction: starts a delivery unless one is waiting; holds the row until commit. */
    void wakeUp() {
        lockRow();
        if (!waiting()) {
            startWaitingDelivery();
        }
    }

    /**
     * The repair after a crash, in the current transaction: with the row locked (so that nodes starting together
     * look one after the other), starts a delivery unless one is alive; says whether it started one.
     */
    boolean startUnless(BooleanSupplier deliveryAlive) {
        lockRow();
        if (deliveryAlive.getAsBoolean()) {
            return false;
        }
        startWaitingDelivery();
        return true;
    }

    /** Whether a delivery has been started and has not yet begun to read the queue. */
    boolean waiting() {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select waiting from tf_mail_dispatch where id = 1", Boolean.class));
    }

    /** A delivery starting: from now on, mail committed later needs a new one (waits for transactions committing). */
    void deliveryStarting() {
        jdbc.update("update tf_mail_dispatch set waiting = false where id = 1");
    }

    /** The update takes the row's lock even when nothing else changes: the decision and the commit stay together. */
    private void lockRow() {
        jdbc.update("update tf_mail_dispatch set wakeups = wakeups + 1 where id = 1");
    }

    private void startWaitingDelivery() {
        jdbc.update("update tf_mail_dispatch set waiting = true where id = 1");
        // Sending is the system's work, whoever's action caused it (a unit's staff may not start processes).
        asSystem.run(() -> runtime.startProcessInstanceByKey(MailDeliveryModel.KEY));
    }

    /** Deliveries that help with a long queue, and call no helpers themselves. */
    void startHelpers(int count) {
        for (int i = 0; i < count; i++) {
            asSystem.run(() ->
                    runtime.startProcessInstanceByKey(MailDeliveryModel.KEY, Map.of(DeliverMailDelegate.HELPER, true)));
        }
    }
}
