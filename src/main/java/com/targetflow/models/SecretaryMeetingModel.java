package com.targetflow.models;

/**
 * The contract of bpmn/secretary-meeting.bpmn — a meeting of the secretaries-general: preparation,
 * invitations and replies, reminders, the record, the minutes and the action items: its key, user
 * tasks, events and messages, as code and tests name them. ProcessContractTest fails the build when an
 * id here is not in the model, or a user task, event or message of the model is not here.
 */
public final class SecretaryMeetingModel {

    public static final String KEY = "secretary-meeting";

    // user tasks
    public static final String TASK_PREPARE_MEETING = "Task_PrepareMeeting";
    public static final String TASK_REPLY_INVITATION = "Task_ReplyInvitation";
    public static final String TASK_RECORD_MEETING = "Task_RecordMeeting";
    public static final String TASK_COMPLETE_ACTION_ITEM = "Task_CompleteActionItem";
    public static final String TASK_REVIEW_ACTION_ITEM = "Task_ReviewActionItem";

    // events
    public static final String EVENT_MEETING_SCHEDULED = "Event_MeetingScheduled";
    public static final String EVENT_INVITATIONS_OPEN = "Event_InvitationsOpen";
    public static final String EVENT_REPLIES_IN = "Event_RepliesIn";
    public static final String EVENT_REMINDER_DUE = "Event_ReminderDue";
    public static final String EVENT_MEETING_STARTS = "Event_MeetingStarts";
    public static final String EVENT_INVITATIONS_CLOSED = "Event_InvitationsClosed";
    public static final String EVENT_MEETING_RESCHEDULED = "Event_MeetingRescheduled";
    public static final String EVENT_ACTION_ITEM_GIVEN = "Event_ActionItemGiven";
    public static final String EVENT_ACTION_ITEM_DONE = "Event_ActionItemDone";
    public static final String EVENT_MEETING_CLOSED = "Event_MeetingClosed";
    public static final String EVENT_MEETING_CANCELLED = "Event_MeetingCancelled";
    public static final String EVENT_CANCELLATION_SENT = "Event_CancellationSent";

    // message names, as correlated
    public static final String MESSAGE_MEETING_RESCHEDULED = "MeetingRescheduled";
    public static final String MESSAGE_MEETING_CANCELLED = "MeetingCancelled";

    // process variables the model reads or writes, by name
    public static final String VAR_ACTION_ITEM_ACCEPTED = "actionItemAccepted";
    public static final String VAR_ACTION_ITEM_ID = "actionItemId";
    public static final String VAR_ACTION_ITEM_IDS = "actionItemIds";
    public static final String VAR_INVITEE = "invitee";
    public static final String VAR_LAST_REMINDER_AT = "lastReminderAt";
    public static final String VAR_MEETING_ID = "meetingId";

    private SecretaryMeetingModel() {}
}
