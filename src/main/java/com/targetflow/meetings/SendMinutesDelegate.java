package com.targetflow.meetings;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendMinutes: the minutes to every invitee, absentees included. */
@Component
public class SendMinutesDelegate implements JavaDelegate {

    private final MeetingInvitations invitations;

    SendMinutesDelegate(MeetingInvitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        invitations.minutes(MeetingVariables.meetingId(execution));
    }
}
