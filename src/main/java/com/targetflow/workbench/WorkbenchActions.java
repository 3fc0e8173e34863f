package com.targetflow.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.targetflow.domain.Refusal;
import com.targetflow.forms.ReturnNote;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.security.AsUser;
import java.io.InputStream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workbench's acting side: open a task's form, claim it, complete it, comment on it. A task is
 * completed through the form service, as Tasklist does, so the same server-side rules of the task's
 * form (FormRulesListener) and the same listeners run whichever way a task is completed.
 */
@Service
public class WorkbenchActions {

    static final int MAX_COMMENT = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskService tasks;
    private final FormService forms;
    private final AsUser asUser;
    private final WorkbenchTasks workbench;
    private final People people;

    WorkbenchActions(TaskService tasks, FormService forms, AsUser asUser, WorkbenchTasks workbench, People people) {
        this.tasks = tasks;
        this.forms = forms;
        this.asUser = asUser;
        this.workbench = workbench;
        this.people = people;
    }

    /** The task's form schema and its data, for the form-js viewer. */
    @Transactional(readOnly = true)
    public ObjectNode form(String taskId, Authentication user) {
        return asUser.call(user, () -> {
            workbench.visible(taskId, user);
            TaskFormData form = formOf(taskId);
            ObjectNode answer = JSON.createObjectNode();
            answer.put("taskId", taskId);
            answer.set("schema", form.schema());
            answer.set("data", form.dataFrom(forms.getTaskFormVariables(taskId)));
            return answer;
        });
    }

    @Transactional
    public void claim(String taskId, Authentication user) {
        asUser.run(user, () -> {
            Task task = workbench.actionable(taskId, user);
            if (user.getName().equals(task.getAssignee())) {
                return;
            }
            refuseIfTakenByOther(task, user);
            unlessCompletedMeanwhile(taskId, () -> tasks.claim(taskId, user.getName()));
        });
    }

    /** The name of whoever holds the task now (null when nobody does, or it is gone). */
    @Transactional(readOnly = true)
    public String holder(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getAssignee() == null) {
            return null;
        }
        return people.findByUsername(task.getAssignee()).map(Person::getName).orElse(task.getAssignee());
    }

    /** Gives a claimed task back to the unit's shared list. */
    @Transactional
    public void release(String taskId, Authentication user) {
        asUser.run(user, () -> {
            Task task = workbench.actionable(taskId, user);
            refuseIfTakenByOther(task, user);
            if (!shared(taskId)) {
                throw Refusal.conflict(null, "workbench.task.personal");
            }
            tasks.setAssignee(taskId, null);
        });
    }

    /**
     * Claims the task if nobody holds it and submits the form, in one transaction: a refusal by the
     * form's rules leaves the task open, unclaimed and unchanged. The claim comes before the form's
     * rules, so that someone who may only read the task (a district leader) is refused as such,
     * whatever they sent; a refusal after it rolls the claim back.
     */
    @Transactional
    public void complete(String taskId, JsonNode submitted, Authentication user) {
        asUser.run(user, () -> {
            Task task = workbench.actionable(taskId, user);
            refuseIfTakenByOther(task, user);
            unlessCompletedMeanwhile(taskId, () -> {
                if (task.getAssignee() == null) {
                    tasks.claim(taskId, user.getName());
                }
                forms.submitTaskForm(taskId, formOf(taskId).variablesFrom(submitted));
            });
        });
    }

    /**
     * A colleague's completion can commit between reading the task and acting on it; the engine then
     * finds the task's permissions already gone and refuses. That is the colleague being quicker
     * (409, input kept), not a missing right (403).
     */
    private void unlessCompletedMeanwhile(String taskId, Runnable action) {
        try {
            action.run();
        } catch (AuthorizationException refused) {
            if (workbench.completed(taskId)) {
                throw Refusal.conflict(null, "workbench.task.done");
            }
            throw refused;
        }
    }

    /** A comment on a task the person can see; whether they can see it is asked before anything about the text. */
    @Transactional
    public void comment(String taskId, String text, Authentication user) {
        asUser.run(user, () -> {
            Task task = workbench.visible(taskId, user);
            tasks.createComment(taskId, task.getProcessInstanceId(), commentText(text));
        });
    }

    private static String commentText(String text) {
        String message = text == null ? "" : text.strip();
        // Only a reviewer's return writes the return mark; a comment that starts with it is a comment.
        while (ReturnNote.isReturn(message)) {
            message = message.substring(ReturnNote.MARK.length()).strip();
        }
        if (message.isEmpty()) {
            throw Refusal.invalid("message", "workbench.comment.empty");
        }
        if (message.length() > MAX_COMMENT) {
            throw Refusal.invalid("message", "workbench.comment.too-long", MAX_COMMENT);
        }
        return message;
    }

    /** Whether the task belongs to a group (a unit, the managers), so that it can be given back to it. */
    @Transactional(readOnly = true)
    public boolean shared(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null);
    }

    private TaskFormData formOf(String taskId) {
        InputStream deployed;
        try {
            deployed = forms.getDeployedTaskForm(taskId);
        } catch (BadUserRequestException e) {
            throw Refusal.notFound("workbench.form.none", taskId);
        }
        return TaskFormData.read(deployed);
    }

    private void refuseIfTakenByOther(Task task, Authentication user) {
        if (task.getAssignee() != null && !task.getAssignee().equals(user.getName())) {
            String name = people.findByUsername(task.getAssignee())
                    .map(Person::getName)
                    .orElse(task.getAssignee());
            throw Refusal.conflict(null, "workbench.task.taken", name);
        }
    }
}
