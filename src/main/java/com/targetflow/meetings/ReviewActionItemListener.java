package com.targetflow.meetings;

import com.targetflow.forms.Completer;
import com.targetflow.forms.ReturnNote;
import com.targetflow.forms.Submitted;
import com.targetflow.forms.TaskInput;
import com.targetflow.models.ReviewActionItemForm;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.UnitOutcomeMail;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On completing 审核交办事项: accepted, or returned with a comment. The decision is kept on the
 * action item's own scope, since several items are reviewed side by side.
 */
@Component
public class ReviewActionItemListener implements TaskListener {

    private final MeetingService meetings;
    private final IdentityService identity;
    private final UnitOutcomeMail mail;
    private final MessageSource messages;

    ReviewActionItemListener(
            MeetingService meetings, IdentityService identity, UnitOutcomeMail mail, MessageSource messages) {
        this.meetings = meetings;
        this.identity = identity;
        this.mail = mail;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = new TaskInput();
        Boolean accept = input.yesOrNo(
                ReviewActionItemForm.ACTION_ITEM_ACCEPTED,
                Submitted.value(task, ReviewActionItemForm.ACTION_ITEM_ACCEPTED));
        String why = input.text(
                ReviewActionItemForm.REVIEW_COMMENT,
                Submitted.value(task, ReviewActionItemForm.REVIEW_COMMENT),
                Boolean.FALSE.equals(accept),
                1000);
        input.check();
        boolean accepted = meetings.reviewActionItem(
                MeetingVariables.actionItemId(task), accept, why, Completer.of(task, identity));
        if (!accepted) {
            ReturnNote.write(task, why);
        } else {
            ActionItem item = meetings.actionItem(MeetingVariables.actionItemId(task));
            mail.tell(
                    item.getUnit(),
                    MailKind.ACTION_ITEM_ACCEPTED,
                    language -> messages.getMessage(
                            "outcome.action-item.intro", new Object[] {item.getTitle()}, language.locale()),
                    language -> List.of(),
                    new Object[] {item.getTitle()},
                    null);
        }
        task.getExecution().removeVariable(ReviewActionItemForm.REVIEW_COMMENT);
        task.getExecution().removeVariable(ReviewActionItemForm.ACTION_ITEM_ACCEPTED);
        task.getExecution().setVariableLocal(ReviewActionItemForm.ACTION_ITEM_ACCEPTED, accepted);
    }
}
