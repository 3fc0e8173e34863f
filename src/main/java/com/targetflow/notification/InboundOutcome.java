package com.targetflow.notification;

/** What a mail that arrived in TargetFlow's mailbox did (message inbound.outcome.{name}). */
public enum InboundOutcome {
    /** A calendar's Accept: the invitee's 参会回执 completed as attending. */
    ANSWERED_ATTEND,
    /** A calendar's Decline: the 参会回执 completed as absent, with the calendar's comment as reason. */
    ANSWERED_ABSENT,
    /** Tentative (or another answer a reply cannot hold): the 参会回执 stays open with a note. */
    NOTED,
    IGNORED_CANCELLED,
    IGNORED_HELD,
    /** An answer to an earlier version of a meeting that was moved since. */
    IGNORED_OUTDATED,
    /** The reply was already given (on the workbench, or by an earlier message). */
    IGNORED_ANSWERED,
    IGNORED_NOT_INVITEE,
    IGNORED_UNKNOWN_MEETING,
    /** An out-of-office note or another automatic answer (Auto-Submitted). */
    IGNORED_AUTOMATIC,
    /** A plain mail replying to a meeting's mail, forwarded to the meeting's organizer. */
    FORWARDED,
    /** Nothing TargetFlow sent is answered, or the message could not be read. */
    UNMATCHED
}
