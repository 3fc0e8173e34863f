package com.targetflow.meetings;

import com.targetflow.forms.Completer;
import com.targetflow.forms.Submitted;
import com.targetflow.forms.ReturnNote;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing 审核交办事项: accepted, or returned with a comment. The decision is kept on the
 * action item's own scope, since several items are reviewed side by side.
 */
@Component
public class ReviewActionItemListener implements TaskListener {

    private final MeetingService meetings;
    private final IdentityService identity;

    ReviewActionItemListener(MeetingService meetings, IdentityService identity) {
        this.meetings = meetings;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean accepted = meetings.reviewActionItem(MeetingVariables.actionItemId(task),
                Submitted.value(task, "actionItemAccepted"), Submitted.value(task, "reviewComment"),
                Completer.of(task, identity));
        if (!accepted) {
            Object why = Submitted.value(task, "reviewComment");
            ReturnNote.write(task, why == null ? null : why.toString());
        }
        task.getExecution().removeVariable("reviewComment");
        task.getExecution().removeVariable("actionItemAccepted");
        task.getExecution().setVariableLocal("actionItemAccepted", accepted);
    }
}
