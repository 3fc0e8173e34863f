package com.targetflow.security;

import com.targetflow.forms.FormRules;
import com.targetflow.forms.ReturnNote;
import com.targetflow.forms.TaskInput;
import com.targetflow.security.GuardedService.Decision;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/**
 * What a signed-in person may do to a task through the engine's TaskService and FormService.
 * Unit staff claim, unclaim and complete their unit's tasks and may give one to a colleague of the
 * same unit; a completion carries only its form's fields; variables are written by completing,
 * never on the side; a comment is written by someone who may work on the task, or a manager, and
 * never with the mark of a reviewer's return. Everything else about a task — its due date,
 * follow-up date, priority, name, description, owner, delegation, identity links, attachments —
 * is the district managers'. A task the caller may not see is answered as one that does not exist.
 */
final class TaskApiRules implements GuardedService.Rule {

    private final TaskService tasks;
    private final FormService forms;
    private final IdentityService identity;
    private final EngineRefusals refusals;
    /** A deployed form never changes: its fields, by process definition and task. */
    private final Map<String, Set<String>> formFields = new ConcurrentHashMap<>();

    TaskApiRules(
            TaskService unguardedTasks,
            FormService unguardedForms,
            IdentityService unguardedIdentity,
            EngineRefusals refusals) {
        this.tasks = unguardedTasks;
        this.forms = unguardedForms;
        this.identity = unguardedIdentity;
        this.refusals = refusals;
    }

    @Override
    public Decision check(EngineCaller caller, String method, Object[] args) {
        if (reads(method) || method.startsWith("submitStartForm")) {
            return Decision.PROCEED;
        }
        if (VariableRules.writes(method)) {
            return variables(caller, args[0]);
        }
        return switch (method) {
            case "complete",
                    "completeWithVariablesInReturn",
                    "submitTaskForm",
                    "submitTaskFormData",
                    "submitTaskFormWithVariablesInReturn" ->
                completion(caller, (String) args[0], args.length > 1 ? args[1] : null);
            case "claim" -> claim(caller, (String) args[0], (String) args[1]);
            case "setAssignee" -> assign(caller, (String) args[0], (String) args[1]);
            case "createComment", "addComment" -> comment(caller, (String) args[0], (String) args[2]);
            case "createAttachment" -> districts(caller, method, args[1]);
            case "setDueDate" -> districts(caller, method, args[0]);
            default -> districts(caller, method, args.length > 0 ? args[0] : null);
        };
    }

    private static boolean reads(String method) {
        return method.startsWith("get")
                || method.startsWith("new")
                || method.startsWith("create") && (method.endsWith("Query") || method.endsWith("Report"));
    }

    private Decision completion(EngineCaller caller, String taskId, Object variables) {
        Task task = workable(caller, taskId);
        if (task == null || !(variables instanceof Map<?, ?> submitted) || submitted.isEmpty()) {
            return Decision.PROCEED;
        }
        Set<String> fields = fieldsOf(task);
        TaskInput input = new TaskInput();
        for (Object key : submitted.keySet()) {
            String name = String.valueOf(key);
            // Typed, as sent: reading the plain value would parse it, and a bad JSON value is the form rules' to name.
            Object value = submitted instanceof VariableMap typed ? typed.getValueTyped(name) : submitted.get(key);
            if (!fields.contains(name)) {
                input.problem(name, "task.input.not-in-form");
            } else if (value instanceof ObjectValue) {
                // Java objects are never a form's value; deserialising one is how a payload gets in.
                input.problem(name, "task.input.object-value");
            }
        }
        input.check();
        return Decision.PROCEED;
    }

    private Decision claim(EngineCaller caller, String taskId, String userId) {
        if (userId == null) {
            // claim(task, null) is an unclaim: the same rule as setAssignee(task, null).
            return assign(caller, taskId, null);
        }
        Task task = workable(caller, taskId);
        if (task == null) {
            return Decision.PROCEED;
        }
        if (!userId.equals(caller.userId()) && !caller.isManager()) {
            throw refusals.forbidden("engine.guard.claim.for-other", task.getName());
        }
        return Decision.PROCEED;
    }

    /**
     * Unit staff: unclaim a task they hold, or give it to a colleague who is offered the same task;
     * TASK_WORK, the permission the engine grants them on their tasks, allows neither, so the call
     * runs for the district once it has been checked here.
     */
    private Decision assign(EngineCaller caller, String taskId, String userId) {
        if (caller.isManager()) {
            return Decision.PROCEED;
        }
        Task task = workable(caller, taskId);
        if (task == null) {
            return Decision.PROCEED;
        }
        Set<String> unitGroups = candidateGroups(taskId);
        if (unitGroups.isEmpty()) {
            throw refusals.forbidden("engine.guard.assign.personal", task.getName());
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(caller.userId())) {
            throw refusals.forbidden("engine.guard.assign.held-by-other", task.getName());
        }
        if (userId != null
                && !userId.equals(caller.userId())
                && identity.createGroupQuery().groupMember(userId).list().stream()
                        .map(Group::getId)
                        .noneMatch(group ->
                                unitGroups.contains(group) && caller.groupIds().contains(group))) {
            throw refusals.forbidden("engine.guard.assign.other-unit", userId);
        }
        return Decision.PROCEED_FOR_THE_DISTRICT;
    }

    private Decision comment(EngineCaller caller, String taskId, String message) {
        if (taskId == null) {
            if (caller.isManager()) {
                return Decision.PROCEED;
            }
            throw refusals.forbidden("engine.guard.comment.process");
        }
        if (workable(caller, taskId) != null && message != null && ReturnNote.isReturn(message.strip())) {
            TaskInput input = new TaskInput();
            input.problem("message", "engine.guard.comment.return-mark", ReturnNote.MARK);
            input.check();
        }
        return Decision.PROCEED;
    }

    private Decision variables(EngineCaller caller, Object taskId) {
        if (caller.isAdministrator()) {
            return Decision.PROCEED;
        }
        visible(String.valueOf(taskId));
        throw refusals.forbidden("engine.guard.variables");
    }

    /** The district's part of a task; for anything that is not a task (a new standalone task, a comment's id) as well. */
    private Decision districts(EngineCaller caller, String method, Object target) {
        if (caller.isManager()) {
            if (movesDueDate(method, target)) {
                // The escalation ladder needs to know why; the engine's API has no place for a reason.
                throw refusals.forbidden("engine.guard.due.reason");
            }
            return Decision.PROCEED;
        }
        if (target instanceof String taskId) {
            visible(taskId);
        }
        throw refusals.forbidden("engine.guard.task.districts");
    }

    /** setDueDate, or saveTask of a task whose due date differs from the one saved. */
    private boolean movesDueDate(String method, Object target) {
        if ("setDueDate".equals(method)) {
            return true;
        }
        if (!"saveTask".equals(method) || !(target instanceof Task changed) || changed.getId() == null) {
            return false;
        }
        Task saved = tasks.createTaskQuery().taskId(changed.getId()).singleResult();
        // By instant: the engine hands out a Timestamp here and a Date there.
        Long before = saved == null || saved.getDueDate() == null
                ? null
                : saved.getDueDate().getTime();
        Long after = changed.getDueDate() == null ? null : changed.getDueDate().getTime();
        return saved != null && !Objects.equals(before, after);
    }

    /**
     * The task, if the caller may see it (the query runs as the caller, so the engine's authorizations
     * decide). A task they may not see is refused (403), as the engine refuses a write to it; null if
     * there is no such task at all, which the engine then answers as it does (404).
     */
    private Task visible(String taskId) {
        Task task =
                taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null && exists(taskId)) {
            throw refusals.forbidden("engine.guard.task.not-yours", taskId);
        }
        return task;
    }

    /** The task, if the caller may work on it: its assignee, someone it is offered to, or a manager. */
    private Task workable(EngineCaller caller, String taskId) {
        Task task = visible(taskId);
        if (task == null || caller.isManager() || caller.userId().equals(task.getAssignee())) {
            return task;
        }
        boolean offered = tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .anyMatch(link -> caller.userId().equals(link.getUserId())
                        || caller.groupIds().contains(link.getGroupId()));
        if (!offered) {
            throw refusals.forbidden("engine.guard.task.not-yours", task.getName());
        }
        return task;
    }

    /** Whether the id is a task at all, asked without the caller's rights (they learn only "not yours" or "none"). */
    private boolean exists(String taskId) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return tasks.createTaskQuery().taskId(taskId).count() > 0;
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private Set<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toSet());
    }

    private Set<String> fieldsOf(Task task) {
        return formFields.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(), key -> {
            try {
                return FormRules.read(forms.getDeployedTaskForm(task.getId())).submittableNames();
            } catch (ProcessEngineException noDeployedForm) {
                // A task without a Camunda Form has no fields: a completion may carry nothing.
                return Set.of();
            }
        });
    }
}
