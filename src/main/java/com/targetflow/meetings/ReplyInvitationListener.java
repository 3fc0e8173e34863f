package com.targetflow.meetings;

import com.targetflow.forms.Submitted;
import com.targetflow.forms.TaskInput;
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
        TaskInput input = new TaskInput();
        Reply reply =
                input.choice(ReplyInvitationForm.REPLY, Submitted.value(task, ReplyInvitationForm.REPLY), Reply.class);
        String deputy = input.text(
                ReplyInvitationForm.DEPUTY_NAME,
                Submitted.value(task, ReplyInvitationForm.DEPUTY_NAME),
                reply == Reply.DEPUTY,
                100);
        String reason = input.text(
                ReplyInvitationForm.REASON,
                Submitted.value(task, ReplyInvitationForm.REASON),
                reply == Reply.ABSENT,
                1000);
        input.check();
        meetings.reply(new InvitationAnswered(
                MeetingVariables.meetingId(task), MeetingVariables.invitee(task), reply, deputy, reason));
        for (String name : new String[] {"reply", "deputyName", "reason"}) {
            task.getExecution().removeVariable(name);
        }
    }
}
