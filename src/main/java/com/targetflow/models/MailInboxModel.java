package com.targetflow.models;

/**
 * The contract of bpmn/mail-inbox.bpmn — the minute timer that reads the replies in the inbox: its
 * key, user tasks, events and messages, as code and tests name them. ProcessContractTest fails the
 * build when an id here is not in the model, or a user task, event or message of the model is not
 * here.
 */
public final class MailInboxModel {

    public static final String KEY = "mail-inbox";

    // events
    public static final String EVENT_INBOX_DUE = "Event_InboxDue";
    public static final String EVENT_INBOX_READ = "Event_InboxRead";

    private MailInboxModel() {}
}
