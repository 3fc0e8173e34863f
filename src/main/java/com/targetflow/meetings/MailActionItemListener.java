package com.targetflow.meetings;

import com.targetflow.organisation.People;
import com.targetflow.organisation.PersonRole;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On 办理交办事项's creation: the unit's secretary-general is told by mail (again, with the comment, when returned). */
@Component
public class MailActionItemListener implements TaskListener {

    private final MeetingService meetings;
    private final People people;
    private final MeetingMails mails;

    MailActionItemListener(MeetingService meetings, People people, MeetingMails mails) {
        this.meetings = meetings;
        this.people = people;
        this.mails = mails;
    }

    @Override
    public void notify(DelegateTask task) {
        ActionItem item = meetings.actionItem(MeetingVariables.actionItemId(task));
        boolean returned = item.getStatus() == ActionItemStatus.RETURNED;
        people.findByUnitOrderByUsername(item.getUnit()).stream()
                .filter(p -> p.getRole() == PersonRole.SECRETARY_GENERAL)
                .forEach(p -> mails.actionItem(item, p, task.getId(), returned));
    }
}
