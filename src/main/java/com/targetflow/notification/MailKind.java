package com.targetflow.notification;

/** What a mail is about; it picks the template (templates/mail/{template}.html and .txt). */
public enum MailKind {
    INVITATION("invitation"),
    INVITATION_UPDATE("invitation"),
    CANCELLATION("cancellation"),
    REMINDER("reminder"),
    NUDGE("nudge"),
    MINUTES("minutes"),
    ACTION_ITEM("action-item"),
    ACTION_ITEM_RETURNED("action-item"),
    RECTIFICATION("inspection"),
    INSPECTION_FAILED("inspection");

    private final String template;

    MailKind(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }
}
