package com.targetflow.models;

/**
 * The contract of bpmn/mail-delivery.bpmn — a delivery of every mail queued, with the engine's retries: its
 * key, user tasks, events and messages, as code and tests name them. ProcessContractTest fails the
 * build when an id here is not in the model, or a user task, event or message of the model is not
 * here.
 */
public final class MailDeliveryModel {

    public static final String KEY = "mail-delivery";

    // events
    public static final String EVENT_MAIL_QUEUED = "Event_MailQueued";
    public static final String EVENT_MAIL_SENT = "Event_MailSent";

    private MailDeliveryModel() {}
}
