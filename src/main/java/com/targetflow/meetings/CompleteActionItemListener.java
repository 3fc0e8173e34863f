package com.targetflow.meetings;

import com.targetflow.forms.Completer;
import com.targetflow.forms.Submitted;
import com.targetflow.forms.TaskInput;
import com.targetflow.models.CompleteActionItemForm;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing 办理交办事项: what the unit did. */
@Component
public class CompleteActionItemListener implements TaskListener {

    private final MeetingService meetings;
    private final IdentityService identity;

    CompleteActionItemListener(MeetingService meetings, IdentityService identity) {
        this.meetings = meetings;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = new TaskInput();
        String result = input.text(
                CompleteActionItemForm.RESULT, Submitted.value(task, CompleteActionItemForm.RESULT), true, 4000);
        input.check();
        meetings.submitActionItem(MeetingVariables.actionItemId(task), result, Completer.of(task, identity));
        task.getExecution().removeVariable(CompleteActionItemForm.RESULT);
    }
}
