package com.targetflow.meetings;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendReminders: meetingId and lastReminderAt in; reminders queued; lastReminderAt moved to this reminder. */
@Component
public class SendRemindersDelegate implements JavaDelegate {

    private final MeetingInvitations invitations;
    private final MeetingCalendar calendar;

    SendRemindersDelegate(MeetingInvitations invitations, MeetingCalendar calendar) {
        this.invitations = invitations;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = MeetingVariables.meetingId(execution);
        var due = calendar.nextReminderAfter(meetingId, MeetingVariables.lastReminderAt(execution));
        // Those who chose a digest get only the last reminder before the meeting.
        invitations.remind(meetingId, execution.getProcessInstanceId(), !calendar.hasReminderAfter(meetingId, due));
        execution.setVariable(MeetingService.LAST_REMINDER_AT, due);
    }
}
