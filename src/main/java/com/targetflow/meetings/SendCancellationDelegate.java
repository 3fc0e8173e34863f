package com.targetflow.meetings;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendCancellation: the cancelled meeting's calendar entry withdrawn from every invitee. */
@Component
public class SendCancellationDelegate implements JavaDelegate {

    private final MeetingInvitations invitations;

    SendCancellationDelegate(MeetingInvitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        invitations.cancel(MeetingVariables.meetingId(execution));
    }
}
