package com.targetflow.meetings;

import com.targetflow.forms.TaskTitles;
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
    private final TaskTitles titles;

    SendInvitationListener(MeetingInvitations invitations, TaskTitles titles) {
        this.titles = titles;
        this.invitations = invitations;
    }

    @Override
    public void notify(DelegateTask task) {
        var shown = invitations.invite(MeetingVariables.meetingId(task), task.getAssignee(), task.getId());
        shown.forEach(task::setVariableLocal);
        titles.about(task, shown.get("meetingTitle") + " " + shown.get("meetingWhen"));
    }
}
