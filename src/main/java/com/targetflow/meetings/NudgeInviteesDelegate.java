package com.targetflow.meetings;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NudgeInvitees: when replies fall due, everyone who has not replied is asked to. */
@Component
public class NudgeInviteesDelegate implements JavaDelegate {

    private final MeetingInvitations invitations;

    NudgeInviteesDelegate(MeetingInvitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        invitations.nudge(MeetingVariables.meetingId(execution), execution.getProcessInstanceId());
    }
}
