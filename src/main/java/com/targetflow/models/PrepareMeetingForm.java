package com.targetflow.models;

/**
 * The names bpmn/forms/prepare-meeting.form uses — the district preparing a meeting (筹备会议): its
 * fields, the lists and options given to it, the variables its texts and conditions read.
 * FormContractTest fails the build when the form and this class differ; the rows the code gives its
 * lists are @FormRows records.
 */
public final class PrepareMeetingForm {

    public static final String AGENDA = "agenda";
    public static final String END_TIME = "endTime";
    public static final String INVITEE_OPTIONS = "inviteeOptions";
    public static final String INVITEES = "invitees";
    public static final String MEETING_DATE = "meetingDate";
    public static final String MEETING_TITLE = "meetingTitle";
    public static final String PLACE = "place";
    public static final String START_TIME = "startTime";
    public static final String TRAINER = "trainer";
    public static final String TRAINING_TOPIC = "trainingTopic";

    private PrepareMeetingForm() {}
}
