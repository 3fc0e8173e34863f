package com.targetflow.workbench;

import com.targetflow.notification.NotificationProperties;
import com.targetflow.organisation.PersonLeft;
import com.targetflow.organisation.WorkHandover;
import com.targetflow.security.AsSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 人员变动: every open task in the leaver's name — assigned to them, or offered to them by name —
 * becomes the successor's, and its story says so. Tasks offered to the unit stay with the unit,
 * which the successor now belongs to. Done as the system: the change is the administrator's decision,
 * not a claim by either person.
 */
@Component
class HandOverTasks implements WorkHandover {

    private final TaskService tasks;
    private final AsSystem asSystem;
    private final MessageSource messages;
    private final NotificationProperties links;

    HandOverTasks(TaskService tasks, AsSystem asSystem, MessageSource messages, NotificationProperties links) {
        this.tasks = tasks;
        this.asSystem = asSystem;
        this.messages = messages;
        this.links = links;
    }

    @Override
    public List<Item> handOver(PersonLeft left) {
        return asSystem.call(() -> {
            // Written for the office, in Chinese, as the other notes in a task's story.
            String note = messages.getMessage(
                    "workbench.handover.note",
                    new Object[] {left.leaverName(), left.leaver(), left.successorName(), left.successor()},
                    Locale.SIMPLIFIED_CHINESE);
            List<Item> moved = new ArrayList<>();
            for (Task task : tasks.createTaskQuery().taskAssignee(left.leaver()).list()) {
                tasks.createComment(task.getId(), task.getProcessInstanceId(), note);
                tasks.setAssignee(task.getId(), left.successor());
                moved.add(new Item(task.getName(), links.taskLink(task.getId())));
            }
            for (Task task :
                    tasks.createTaskQuery().taskCandidateUser(left.leaver()).list()) {
                boolean byName = tasks.getIdentityLinksForTask(task.getId()).stream()
                        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                                && left.leaver().equals(link.getUserId()));
                if (byName) {
                    tasks.createComment(task.getId(), task.getProcessInstanceId(), note);
                    tasks.addCandidateUser(task.getId(), left.successor());
                    tasks.deleteCandidateUser(task.getId(), left.leaver());
                    moved.add(new Item(task.getName(), links.taskLink(task.getId())));
                }
            }
            return moved;
        });
    }
}
