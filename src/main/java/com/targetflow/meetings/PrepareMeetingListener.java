package com.targetflow.meetings;

import com.targetflow.forms.Completer;
import com.targetflow.forms.Submitted;
import com.targetflow.forms.TaskInput;
import com.targetflow.models.PrepareMeetingForm;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing 筹备会议: the meeting's time, place, agenda, training and invitees saved; reminders count from now. */
@Component
public class PrepareMeetingListener implements TaskListener {

    private final MeetingService meetings;
    private final Clock clock;
    private final IdentityService identity;

    PrepareMeetingListener(MeetingService meetings, Clock clock, IdentityService identity) {
        this.meetings = meetings;
        this.clock = clock;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = new TaskInput();
        PrepareMeeting prepared = new PrepareMeeting(
                MeetingVariables.meetingId(task),
                input.date(
                        PrepareMeetingForm.MEETING_DATE, Submitted.value(task, PrepareMeetingForm.MEETING_DATE), true),
                input.time(PrepareMeetingForm.START_TIME, Submitted.value(task, PrepareMeetingForm.START_TIME), true),
                input.time(PrepareMeetingForm.END_TIME, Submitted.value(task, PrepareMeetingForm.END_TIME), true),
                input.text(PrepareMeetingForm.PLACE, Submitted.value(task, PrepareMeetingForm.PLACE), true, 200),
                input.text(PrepareMeetingForm.AGENDA, Submitted.value(task, PrepareMeetingForm.AGENDA), true, 4000),
                // Required for the sub-districts' meeting only: a rule of the meeting's, checked by the service.
                input.text(
                        PrepareMeetingForm.TRAINING_TOPIC,
                        Submitted.value(task, PrepareMeetingForm.TRAINING_TOPIC),
                        false,
                        200),
                input.text(PrepareMeetingForm.TRAINER, Submitted.value(task, PrepareMeetingForm.TRAINER), false, 100),
                input.strings(PrepareMeetingForm.INVITEES, Submitted.value(task, PrepareMeetingForm.INVITEES)),
                Completer.of(task, identity));
        meetings.prepare(prepared, input.problems());
        for (String name : new String[] {
            "meetingDate", "startTime", "endTime", "place", "agenda", "trainingTopic", "trainer", "invitees"
        }) {
            task.getExecution().removeVariable(name);
        }
        task.getExecution().setVariable(MeetingService.LAST_REMINDER_AT, Date.from(clock.instant()));
    }
}
