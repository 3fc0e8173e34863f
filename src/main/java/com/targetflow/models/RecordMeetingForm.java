package com.targetflow.models;

/**
 * The names bpmn/forms/record-meeting.form uses — the district recording a meeting (会议记录): its fields,
 * the lists and options given to it, the variables its texts and conditions read. FormContractTest
 * fails the build when the form and this class differ; the rows the code gives its lists are @FormRows
 * records.
 */
public final class RecordMeetingForm {

    public static final String ACTION_ITEMS = "actionItems";
    public static final String ATTENDANCE = "attendance";
    public static final String DECISIONS = "decisions";
    public static final String MEETING_TITLE = "meetingTitle";
    public static final String MINUTES = "minutes";
    public static final String TRAINING_DELIVERED = "trainingDelivered";
    public static final String UNIT_OPTIONS = "unitOptions";

    /** What the user enters in each row of the actionItems list. */
    public static final class ActionItems {

        public static final String DUE_DATE = "dueDate";
        public static final String TITLE = "title";
        public static final String UNIT_CODE = "unitCode";

        private ActionItems() {}
    }

    private RecordMeetingForm() {}
}
