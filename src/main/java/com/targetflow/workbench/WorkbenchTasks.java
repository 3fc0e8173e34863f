package com.targetflow.workbench;

import com.targetflow.domain.Refusal;
import com.targetflow.escalation.EscalationService;
import com.targetflow.forms.ReturnNote;
import com.targetflow.models.SecretaryMeetingModel;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.security.AsSystem;
import com.targetflow.security.AsUser;
import com.targetflow.targets.WarningLight;
import com.targetflow.web.SignedIn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workbench's reading side: a person's open tasks (their own and their groups'), what they
 * completed (the story of one is TaskStory's). One task is read as the signed-in user, so Camunda's
 * authorizations decide what is shown, as in Tasklist; the list of open tasks names only the
 * user's own name and groups (MyOpenTasks).
 */
@Service
public class WorkbenchTasks {

    private static final int MAX_OPEN = 200;
    private static final int MAX_DONE = 20;

    /** Open tasks that exist again because a reviewer sent the work back, and the variable that says so. */
    private static final Map<String, String> RETURNED_WHEN_FALSE = Map.of(
            UnitTargetsModel.TASK_REPORT_PROGRESS, "reportApproved",
            SecretaryMeetingModel.TASK_COMPLETE_ACTION_ITEM, "actionItemAccepted");

    private final TaskService tasks;
    private final MyOpenTasks myOpenTasks;
    private final HistoryService history;
    private final AuthorizationService authorizations;
    private final AsUser asUser;
    private final AsSystem asSystem;
    private final TaskNaming naming;
    private final EscalationService escalation;
    private final MessageSource messages;
    private final Clock clock;

    WorkbenchTasks(
            TaskService tasks,
            MyOpenTasks myOpenTasks,
            HistoryService history,
            AuthorizationService authorizations,
            AsUser asUser,
            AsSystem asSystem,
            TaskNaming naming,
            EscalationService escalation,
            MessageSource messages,
            Clock clock) {
        this.tasks = tasks;
        this.myOpenTasks = myOpenTasks;
        this.history = history;
        this.authorizations = authorizations;
        this.asUser = asUser;
        this.asSystem = asSystem;
        this.naming = naming;
        this.escalation = escalation;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * My to-dos (我的待办): assigned to me, or to one of my groups, most urgent first. Not one
     * transaction: a task completed by a colleague while the list is made fails its own small read
     * (caught in returnReason), which inside a shared transaction would doom the whole list.
     */
    public List<TaskCard> open(Authentication user, Locale locale) {
        List<Task> found = myOpenTasks.first(user.getName(), SignedIn.groupIds(user), MAX_OPEN);
        Instant now = Instant.now(clock);
        Map<String, WarningLight> lights =
                escalation.lightsOf(found.stream().map(Task::getId).toList(), now);
        TaskNaming.PageNames names = naming.forPage(
                locale, found.stream().map(Task::getProcessInstanceId).toList());
        List<TaskCard> cards = new ArrayList<>();
        for (Task task : found) {
            cards.add(card(task, user, lights.get(task.getId()), now, names, locale));
        }
        cards.sort(Comparator.comparingInt(TaskCard::urgency)
                .thenComparing(TaskCard::dueAt, Comparator.nullsLast(Comparator.naturalOrder())));
        return cards;
    }

    /** One open task the user may see, or 404: another unit's task looks exactly like a missing one. */
    @Transactional(readOnly = true)
    public TaskCard one(String taskId, Authentication user, Locale locale) {
        Task task = visible(taskId, user);
        Instant now = Instant.now(clock);
        WarningLight light = escalation.lightsOf(List.of(taskId), now).get(taskId);
        return card(task, user, light, now, naming.forPage(locale, List.of(task.getProcessInstanceId())), locale);
    }

    Task visible(String taskId, Authentication user) {
        Task task = find(taskId, user);
        if (task == null) {
            throw Refusal.notFound("workbench.task.not-found", taskId);
        }
        return task;
    }

    /**
     * An open task to act on. One that was open and has just been completed (by a colleague who was
     * quicker) is a conflict, not a missing page: the person's input is kept and they are told why.
     */
    Task actionable(String taskId, Authentication user) {
        Task task = find(taskId, user);
        if (task != null) {
            return task;
        }
        throw completed(taskId)
                ? Refusal.conflict(null, "workbench.task.done")
                : Refusal.notFound("workbench.task.not-found", taskId);
    }

    /** Whether the task has been completed. Asked as the system: a unit's staff may not read history, but may learn that the work is done. */
    boolean completed(String taskId) {
        return asSystem.call(() -> history.createHistoricTaskInstanceQuery()
                        .taskId(taskId)
                        .finished()
                        .count())
                > 0;
    }

    private Task find(String taskId, Authentication user) {
        return asUser.call(user, () -> tasks.createTaskQuery().taskId(taskId).singleResult());
    }

    /**
     * What I did (已办): the tasks I completed, newest first. The workbench and Tasklist both claim a
     * task before completing it, so the completer is the historic task's assignee.
     */
    @Transactional(readOnly = true)
    public List<DoneCard> done(Authentication user, Locale locale) {
        List<HistoricTaskInstance> found = history.createHistoricTaskInstanceQuery()
                .taskAssignee(user.getName())
                .finished()
                .taskDeleteReason("completed")
                .orderByHistoricTaskInstanceEndTime()
                .desc()
                .listPage(0, MAX_DONE);
        TaskNaming.PageNames names = naming.forPage(
                locale,
                found.stream().map(HistoricTaskInstance::getProcessInstanceId).toList());
        return found.stream()
                .map(task -> new DoneCard(
                        task.getId(),
                        TaskNaming.withoutRepeatedUnit(
                                naming.taskName(task.getTaskDefinitionKey(), task.getName(), locale),
                                names.context(task.getProcessInstanceId())),
                        names.context(task.getProcessInstanceId()),
                        TaskNaming.when(task.getEndTime().toInstant())))
                .toList();
    }

    private TaskCard card(
            Task task,
            Authentication user,
            WarningLight watchedLight,
            Instant now,
            TaskNaming.PageNames names,
            Locale locale) {
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        WarningLight light = watchedLight != null
                ? watchedLight
                : due == null ? null : now.isAfter(due) ? WarningLight.YELLOW : WarningLight.GREEN;
        String returnReason = returnReason(task, user);
        // "This week" as the digest mail counts it: the next seven days, so that on a Sunday Monday's work shows.
        Instant weekAhead = now.plus(Duration.ofDays(7));
        String context = names.context(task);
        return new TaskCard(
                task.getId(),
                task.getTaskDefinitionKey(),
                TaskNaming.withoutRepeatedUnit(
                        naming.taskName(task.getTaskDefinitionKey(), task.getName(), locale), context),
                context,
                due,
                due == null ? null : TaskNaming.when(due),
                light,
                light == null ? null : messages.getMessage("light." + light.name(), null, locale),
                task.getAssignee(),
                names.person(task.getAssignee()),
                user.getName().equals(task.getAssignee()),
                returnReason != null,
                returnReason == null || returnReason.isEmpty() ? null : returnReason,
                due != null && !due.isBefore(now) && due.isBefore(weekAhead));
    }

    /** Why the work came back: the newest return note, or "" when it came back without one; null when not returned. */
    private String returnReason(Task task, Authentication user) {
        String variable = RETURNED_WHEN_FALSE.get(task.getTaskDefinitionKey());
        if (variable == null) {
            return null;
        }
        Object value;
        try {
            value = tasks.getVariable(task.getId(), variable);
        } catch (NullValueException completedMeanwhile) {
            // Completed by someone between the list's query and this look: the list is a moment old, not wrong.
            return null;
        }
        if (!Boolean.FALSE.equals(value)) {
            return null;
        }
        return partOf(task, user).of(tasks.getProcessInstanceComments(task.getProcessInstanceId())).stream()
                .filter(c -> ReturnNote.isReturn(c.getFullMessage()))
                .max(Comparator.comparing(Comment::getTime))
                .map(c -> ReturnNote.reasonOf(c.getFullMessage()))
                .orElse("");
    }

    /** What of the task's process this person may read: in a process shared by units, their unit's part. */
    ProcessPart partOf(Task task, Authentication user) {
        return ProcessPart.of(
                task.getId(),
                task.getProcessInstanceId(),
                user.getName(),
                SignedIn.groupIds(user),
                history,
                authorizations);
    }
}
