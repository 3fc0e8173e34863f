package com.targetflow.meetings;

import com.targetflow.forms.Completer;
import com.targetflow.forms.Submitted;
import com.targetflow.models.RecordMeetingForm;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** On completing 会议记录: attendance, minutes and action items saved; the action items' ids go on as a list. */
@Component
public class RecordMeetingListener implements TaskListener {

    private final MeetingService meetings;
    private final IdentityService identity;

    RecordMeetingListener(MeetingService meetings, IdentityService identity) {
        this.meetings = meetings;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        List<Long> items = meetings.record(
                MeetingVariables.meetingId(task),
                Submitted.value(task, RecordMeetingForm.ATTENDANCE),
                Submitted.value(task, RecordMeetingForm.MINUTES),
                Submitted.value(task, RecordMeetingForm.TRAINING_DELIVERED),
                Submitted.value(task, RecordMeetingForm.DECISIONS),
                Submitted.value(task, RecordMeetingForm.ACTION_ITEMS),
                Completer.of(task, identity));
        for (String name : new String[] {"attendance", "minutes", "trainingDelivered", "decisions", "actionItems"}) {
            task.getExecution().removeVariable(name);
        }
        task.getExecution()
                .setVariable(
                        "actionItemIds",
                        Variables.objectValue(new ArrayList<>(items))
                                .serializationDataFormat("application/json")
                                .create());
    }
}
