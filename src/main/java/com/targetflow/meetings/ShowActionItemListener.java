package com.targetflow.meetings;

import com.targetflow.forms.TaskTitles;
import com.targetflow.models.CompleteActionItemForm;
import com.targetflow.models.ReviewActionItemForm;
import com.targetflow.models.SecretaryMeetingModel;
import com.targetflow.organisation.Language;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On an action item's tasks: what was asked, by when, what the unit answered, what the district said. */
@Component
public class ShowActionItemListener implements TaskListener {

    private final MeetingService meetings;
    private final TaskTitles titles;

    ShowActionItemListener(MeetingService meetings, TaskTitles titles) {
        this.titles = titles;
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        ActionItem item = meetings.actionItem(MeetingVariables.actionItemId(task));
        task.setVariableLocal(CompleteActionItemForm.ITEM_TITLE, item.getTitle());
        titles.about(task, item.getTitle());
        task.setVariableLocal(CompleteActionItemForm.ITEM_DUE, item.getDueDate().toString());
        task.setVariableLocal(ReviewActionItemForm.ITEM_UNIT, item.getUnit().displayName(Language.ZH));
        task.setVariableLocal(ReviewActionItemForm.ITEM_RESULT, item.getResult() == null ? "" : item.getResult());
        task.setVariableLocal(CompleteActionItemForm.RESULT, item.getResult() == null ? "" : item.getResult());
        task.setVariableLocal(
                CompleteActionItemForm.ITEM_COMMENT, item.getReviewComment() == null ? "" : item.getReviewComment());
        // The unit attaches its evidence on the app's page for this task; the district views it by item.
        task.setVariableLocal(
                CompleteActionItemForm.EVIDENCE_LINK,
                SecretaryMeetingModel.TASK_COMPLETE_ACTION_ITEM.equals(task.getTaskDefinitionKey())
                        ? "/evidence/tasks/" + task.getId()
                        : "/evidence/action-items/" + item.getId());
    }
}
