package com.targetflow.models;

/**
 * The contract of bpmn/escalation.bpmn — the ladder of a watched task: reminder, overdue notice,
 * supervision, the district leaders: its key, user tasks, events and messages, as code and tests name
 * them. ProcessContractTest fails the build when an id here is not in the model, or a user task, event
 * or message of the model is not here.
 */
public final class EscalationModel {

    public static final String KEY = "escalation";

    // user tasks
    public static final String TASK_SUPERVISE = "Task_Supervise";

    // events
    public static final String EVENT_TASK_CREATED = "Event_TaskCreated";
    public static final String EVENT_LADDER_STARTED = "Event_LadderStarted";
    public static final String EVENT_REMINDER_DUE = "Event_ReminderDue";
    public static final String EVENT_TASK_DUE = "Event_TaskDue";
    public static final String EVENT_SUPERVISION_DUE = "Event_SupervisionDue";
    public static final String EVENT_DUE_DATE_EXTENDED = "Event_DueDateExtended";
    public static final String EVENT_REASSIGNED = "Event_Reassigned";
    public static final String EVENT_NOTICE_SENT = "Event_NoticeSent";
    public static final String EVENT_LEADER_DUE = "Event_LeaderDue";
    public static final String EVENT_LEADERS_TOLD = "Event_LeadersTold";
    public static final String EVENT_EXTENSION_GRANTED = "Event_ExtensionGranted";
    public static final String EVENT_DUE_DATE_CHANGED = "Event_DueDateChanged";
    public static final String EVENT_LADDER_CLIMBED = "Event_LadderClimbed";
    public static final String EVENT_TASK_FINISHED = "Event_TaskFinished";
    public static final String EVENT_LADDER_STOPPED = "Event_LadderStopped";

    // message names, as correlated
    public static final String MESSAGE_TASK_FINISHED = "TaskFinished";
    public static final String MESSAGE_DUE_DATE_CHANGED = "DueDateChanged";

    // process variables the model reads or writes, by name
    public static final String VAR_SUPERVISION_DECISION = "supervisionDecision";
    public static final String VAR_WATCH_ID = "watchId";

    private EscalationModel() {}
}
