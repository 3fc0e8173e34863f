package com.targetflow.models;

/**
 * The names bpmn/forms/reply-invitation.form uses — an invitee replying to a meeting (参会回执): its
 * fields, the lists and options given to it, the variables its texts and conditions read.
 * FormContractTest fails the build when the form and this class differ; the rows the code gives its
 * lists are @FormRows records.
 */
public final class ReplyInvitationForm {

    public static final String DEPUTY_NAME = "deputyName";
    public static final String MEETING_AGENDA = "meetingAgenda";
    public static final String MEETING_PLACE = "meetingPlace";
    public static final String MEETING_TITLE = "meetingTitle";
    public static final String MEETING_TRAINING = "meetingTraining";
    public static final String MEETING_WHEN = "meetingWhen";
    public static final String REASON = "reason";
    public static final String REPLY = "reply";

    private ReplyInvitationForm() {}
}
