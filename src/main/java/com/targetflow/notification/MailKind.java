package com.targetflow.notification;

/** What a mail is about; it picks the template (templates/mail/{template}.html and .txt). */
public enum MailKind {
    INVITATION("invitation"),
    INVITATION_UPDATE("invitation"),
    CANCELLATION("cancellation"),
    REMINDER("reminder"),
    /** Sent before the escalation ladder took over late replies; kept so that those mails still list. */
    NUDGE("invitation"),
    MINUTES("minutes"),
    ACTION_ITEM("action-item"),
    ACTION_ITEM_RETURNED("action-item"),
    /** A plain reply to a meeting's mail, from TargetFlow's mailbox to the meeting's organizer. */
    REPLY_FORWARDED("forwarded"),
    /** A unit's progress report sent back by the district's review. */
    REPORT_RETURNED("report"),
    /** What the district decided or did about a unit's work, told to the unit: targets issued, an objection resolved, a report approved. */
    TARGETS_ISSUED("outcome"),
    OBJECTION_RESOLVED("outcome"),
    REPORT_APPROVED("outcome"),
    ACTION_ITEM_ACCEPTED("outcome"),
    RECTIFICATION("inspection"),
    INSPECTION_FAILED("inspection"),
    /** The escalation ladder: 提醒, 催办, 督办, a new due date, a new assignee, 督办通知, the district's leaders told. */
    TASK_REMINDER("task"),
    TASK_OVERDUE("task"),
    TASK_SUPERVISION("task"),
    TASK_EXTENDED("task"),
    TASK_REASSIGNED("task"),
    FORMAL_NOTICE("task"),
    TASK_DISTRICT_LEADER("task"),
    /** From 1 November, weekly, to administrators and managers while next year's holidays are not entered. */
    CALENDAR_MISSING("calendar"),
    /** A new account's invitation to set its password, and a reset asked for on the sign-in page. */
    ACCOUNT_INVITATION("account"),
    ACCOUNT_RESET("account"),
    /** 人员变动: to the successor, the work that arrived from the person who left. */
    STAFF_HANDOVER("handover"),
    /** A person's daily or weekly digest of open work. */
    DIGEST("digest");

    private final String template;

    MailKind(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }
}
