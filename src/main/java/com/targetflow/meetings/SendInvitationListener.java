package com.targetflow.meetings;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On the creation of an invitee's 参会回执 task: the invitation (or the moved one) goes to that
 * invitee, linking to this very task; the form shows the meeting from task-local variables.
 */
@Component
public class SendInvitationListener implements TaskListener {

    private final MeetingInvitations invitations;

    SendInvitationListener(MeetingInvitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public void notify(DelegateTask task) {
        var shown = invitations.invite(MeetingVariables.meetingId(task), task.getAssignee(), task.getId());
        shown.forEach(task::setVariableLocal);
        task.setName(task.getName() + "：" + shown.get("meetingTitle") + " " + shown.get("meetingWhen"));
    }
}
