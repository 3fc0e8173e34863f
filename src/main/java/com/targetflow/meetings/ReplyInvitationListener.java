package com.targetflow.meetings;

import com.targetflow.forms.Submitted;
import com.targetflow.models.ReplyInvitationForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing 参会回执: attend, send a deputy (name), or absent (reason). */
@Component
public class ReplyInvitationListener implements TaskListener {

    private final MeetingService meetings;

    ReplyInvitationListener(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        meetings.reply(
                MeetingVariables.meetingId(task),
                MeetingVariables.invitee(task),
                Submitted.value(task, ReplyInvitationForm.REPLY),
                Submitted.value(task, ReplyInvitationForm.DEPUTY_NAME),
                Submitted.value(task, ReplyInvitationForm.REASON));
        for (String name : new String[] {"reply", "deputyName", "reason"}) {
            task.getExecution().removeVariable(name);
        }
    }
}
