package com.targetflow.notification;

import java.util.Optional;

/**
 * A feature that acts on mail arriving in TargetFlow's mailbox (meetings: calendar replies and
 * replies to meeting mails). It runs in the transaction that records the message, so what it does
 * and the record commit together; it must not throw for a message it merely cannot use.
 */
public interface InboundMailHandler {

    /** What the message did; empty when it is not for this handler. */
    Optional<Handled> handle(IncomingMail mail);

    record Handled(InboundOutcome outcome, Long meetingId, String attendee, String detail) {}
}
