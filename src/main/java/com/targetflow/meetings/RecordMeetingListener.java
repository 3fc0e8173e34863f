package com.targetflow.meetings;

import com.targetflow.forms.Completer;
import com.targetflow.forms.Submitted;
import com.targetflow.forms.TaskInput;
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
        TaskInput input = new TaskInput();
        Object training = Submitted.value(task, RecordMeetingForm.TRAINING_DELIVERED);
        MeetingRecorded recorded = new MeetingRecorded(
                MeetingVariables.meetingId(task),
                attendance(input, Submitted.value(task, RecordMeetingForm.ATTENDANCE)),
                input.text(RecordMeetingForm.MINUTES, Submitted.value(task, RecordMeetingForm.MINUTES), true, 20000),
                training != null && Boolean.TRUE.equals(input.yesOrNo(RecordMeetingForm.TRAINING_DELIVERED, training)),
                input.text(
                        RecordMeetingForm.DECISIONS, Submitted.value(task, RecordMeetingForm.DECISIONS), false, 4000),
                actionItems(input, Submitted.value(task, RecordMeetingForm.ACTION_ITEMS)),
                Completer.of(task, identity));
        List<Long> items = meetings.record(recorded, input.problems());
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

    private static List<MeetingRecorded.Presence> attendance(TaskInput input, Object submitted) {
        return input.eachRow(
                RecordMeetingForm.ATTENDANCE,
                submitted,
                (row, path) -> new MeetingRecorded.Presence(
                        String.valueOf(row.get("username")),
                        input.choice(path + "attendance", row.get("attendance"), Attendance.class)));
    }

    private static List<MeetingRecorded.ItemGiven> actionItems(TaskInput input, Object submitted) {
        return input.eachRow(
                RecordMeetingForm.ACTION_ITEMS,
                submitted,
                (row, prefix) -> new MeetingRecorded.ItemGiven(
                        input.text(
                                prefix + RecordMeetingForm.ActionItems.TITLE,
                                row.get(RecordMeetingForm.ActionItems.TITLE),
                                true,
                                500),
                        input.text(
                                prefix + RecordMeetingForm.ActionItems.UNIT_CODE,
                                row.get(RecordMeetingForm.ActionItems.UNIT_CODE),
                                true,
                                64),
                        input.date(
                                prefix + RecordMeetingForm.ActionItems.DUE_DATE,
                                row.get(RecordMeetingForm.ActionItems.DUE_DATE),
                                true)));
    }
}
