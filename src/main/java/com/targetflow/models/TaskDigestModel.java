package com.targetflow.models;

/**
 * The contract of bpmn/task-digest.bpmn — the morning timer that sends the digests due: its key, user
 * tasks, events and messages, as code and tests name them. ProcessContractTest fails the build when an
 * id here is not in the model, or a user task, event or message of the model is not here.
 */
public final class TaskDigestModel {

    public static final String KEY = "task-digest";

    // events
    public static final String EVENT_DIGEST_MORNING = "Event_DigestMorning";
    public static final String EVENT_DIGESTS_SENT = "Event_DigestsSent";

    private TaskDigestModel() {}
}
