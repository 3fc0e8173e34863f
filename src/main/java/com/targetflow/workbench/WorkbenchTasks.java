package com.targetflow.workbench;

import com.targetflow.calendar.DistrictZone;
import com.targetflow.domain.Listed;
import com.targetflow.domain.Refusal;
import com.targetflow.escalation.EscalationService;
import com.targetflow.escalation.EscalationStep;
import com.targetflow.forms.ReturnNote;
import com.targetflow.models.SecretaryMeetingModel;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.organisation.Units;
import com.targetflow.security.AsSystem;
import com.targetflow.security.AsUser;
import com.targetflow.targets.WarningLight;
import com.targetflow.web.SignedIn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workbench's reading side: a person's open tasks (their own and their groups'), what they
 * completed, and one task's story. One task is read as the signed-in user, so Camunda's
 * authorizations decide what is shown, as in Tasklist; the list of open tasks names only the
 * user's own name and groups (MyOpenTasks).
 */
@Service
public class WorkbenchTasks {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
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
    private final People people;
    private final Units units;
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
            People people,
            Units units,
            EscalationService escalation,
            MessageSource messages,
            Clock clock) {
        this.tasks = tasks;
        this.myOpenTasks = myOpenTasks;
        this.history = history;
        this.authorizations = authorizations;
        this.asUser = asUser;
        this.asSystem = asSystem;
        this.people = people;
        this.units = units;
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
        Names names =
                new Names(locale, found.stream().map(Task::getProcessInstanceId).toList());
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
        return card(task, user, light, now, new Names(locale, List.of(task.getProcessInstanceId())), locale);
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
        Names names = new Names(
                locale,
                found.stream().map(HistoricTaskInstance::getProcessInstanceId).toList());
        return found.stream()
                .map(task -> new DoneCard(
                        task.getId(),
                        withoutRepeatedUnit(
                                taskName(task.getTaskDefinitionKey(), task.getName(), locale),
                                names.context(task.getProcessInstanceId())),
                        names.context(task.getProcessInstanceId()),
                        WHEN.format(task.getEndTime().toInstant().atZone(DistrictZone.ZONE))))
                .toList();
    }

    /** The task's story: the steps done before it in its process, comments and returns, the escalation ladder. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> story(String taskId, Authentication user, Locale locale) {
        Task task = visible(taskId, user);
        Names names = new Names(locale, List.of());
        ProcessPart part = partOf(task, user);
        List<HistoryEntry> entries = new ArrayList<>();
        for (HistoricTaskInstance done : history.createHistoricTaskInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .finished()
                .list()) {
            if (part.includes(done) && (done.getDeleteReason() == null || "completed".equals(done.getDeleteReason()))) {
                Instant at = done.getEndTime().toInstant();
                entries.add(new HistoryEntry(
                        at,
                        when(at),
                        HistoryEntry.Kind.TASK,
                        taskName(done.getTaskDefinitionKey(), done.getName(), locale),
                        names.person(done.getAssignee()),
                        null));
            }
        }
        for (Comment comment : part.of(tasks.getProcessInstanceComments(task.getProcessInstanceId()))) {
            Instant at = comment.getTime().toInstant();
            boolean isReturn = ReturnNote.isReturn(comment.getFullMessage());
            entries.add(new HistoryEntry(
                    at,
                    when(at),
                    isReturn ? HistoryEntry.Kind.RETURN : HistoryEntry.Kind.COMMENT,
                    messages.getMessage(
                            isReturn ? "workbench.history.returned" : "workbench.history.comment", null, locale),
                    names.person(comment.getUserId()),
                    ReturnNote.reasonOf(comment.getFullMessage())));
        }
        escalation.byTask(taskId).ifPresent(watched -> {
            for (EscalationStep step : escalation.history(watched)) {
                String told = step.getTold().isEmpty() ? null : Listed.written(step.getTold(), messages, locale);
                String note = step.getNote() == null
                        ? told
                        : told == null
                                ? step.getNote()
                                : messages.getMessage("text.about", new Object[] {told, step.getNote()}, locale);
                entries.add(new HistoryEntry(
                        step.getTakenAt(),
                        when(step.getTakenAt()),
                        HistoryEntry.Kind.ESCALATION,
                        messages.getMessage("escalation.step." + step.getStep().name(), null, locale),
                        names.person(step.getActor()),
                        note));
            }
        });
        entries.sort(Comparator.comparing(HistoryEntry::at));
        return entries;
    }

    private TaskCard card(
            Task task, Authentication user, WarningLight watchedLight, Instant now, Names names, Locale locale) {
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
                withoutRepeatedUnit(taskName(task.getTaskDefinitionKey(), task.getName(), locale), context),
                context,
                due,
                due == null ? null : when(due),
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
    private ProcessPart partOf(Task task, Authentication user) {
        return ProcessPart.of(
                task.getId(),
                task.getProcessInstanceId(),
                user.getName(),
                SignedIn.groupIds(user),
                history,
                authorizations);
    }

    /**
     * A unit task's name ends with its unit (进展填报：2026 年第一季度 · 东城街道科协), for Tasklist and mail; a card
     * says the unit in its context line already, so its name stops before it.
     */
    static String withoutRepeatedUnit(String name, String context) {
        int unit = name.lastIndexOf(" · ");
        return unit > 0 && context != null && context.endsWith(name.substring(unit)) ? name.substring(0, unit) : name;
    }

    String taskName(String key, String name, Locale locale) {
        if ("zh".equals(locale.getLanguage()) || key == null) {
            return name;
        }
        return messages.getMessage("task.kind." + key, null, name, locale);
    }

    private static String when(Instant at) {
        return WHEN.format(at.atZone(DistrictZone.ZONE));
    }

    /**
     * Names of people, units and processes, looked up once per page: the processes of all the page's
     * tasks (their key, the plan year in a unit process's business key "<year>-<unit>", the unit) in
     * two queries, not a few per task.
     */
    private final class Names {

        private final Locale locale;
        private final Map<String, String> cache = new HashMap<>();
        private final Map<String, HistoricProcessInstance> processes = new HashMap<>();
        private final Map<String, Set<String>> unitCodes = new HashMap<>();

        Names(Locale locale, Collection<String> processInstanceIds) {
            this.locale = locale;
            Set<String> ids =
                    processInstanceIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
            if (!ids.isEmpty()) {
                history.createHistoricProcessInstanceQuery()
                        .processInstanceIds(ids)
                        .list()
                        .forEach(p -> processes.put(p.getId(), p));
                history
                        .createHistoricVariableInstanceQuery()
                        .processInstanceIdIn(ids.toArray(String[]::new))
                        .variableName(UnitTargetsModel.VAR_UNIT_CODE)
                        .list()
                        .stream()
                        .filter(v -> v.getValue() != null)
                        .forEach(v -> unitCodes
                                .computeIfAbsent(v.getProcessInstanceId(), k -> new HashSet<>())
                                .add(v.getValue().toString()));
            }
        }

        String person(String username) {
            if (username == null) {
                return null;
            }
            return cache.computeIfAbsent(
                    "p:" + username,
                    k -> people.findByUsername(username).map(Person::getName).orElse(username));
        }

        /**
         * An open task's context. An inspection round is one process with a unit per facility, each local to
         * the facility's part: its task names the unit its own part holds, not the first the round has.
         */
        String context(Task task) {
            Set<String> codes = unitCodes.getOrDefault(task.getProcessInstanceId(), Set.of());
            if (codes.size() < 2) {
                return context(task.getProcessInstanceId());
            }
            Object own = tasks.getVariable(task.getId(), UnitTargetsModel.VAR_UNIT_CODE);
            return context(task.getProcessInstanceId(), own == null ? null : own.toString());
        }

        /** A process's context; a unit is named only when the process has one (a done round's task names none). */
        String context(String processInstanceId) {
            Set<String> codes = unitCodes.getOrDefault(processInstanceId, Set.of());
            return context(
                    processInstanceId, codes.size() == 1 ? codes.iterator().next() : null);
        }

        /** "2028 年目标任务 · 东城街道科协": the process, its plan year if it has one, its unit if it has one. */
        private String context(String processInstanceId, String unitCode) {
            HistoricProcessInstance instance = processes.get(processInstanceId);
            String process = instance == null
                    ? null
                    : messages.getMessage(
                            "workbench.process." + instance.getProcessDefinitionKey(),
                            null,
                            instance.getProcessDefinitionKey(),
                            locale);
            String key = instance == null ? null : instance.getBusinessKey();
            if (process != null && key != null && key.matches("\\d{4}-.+")) {
                process = messages.getMessage(
                        "workbench.context.year", new Object[] {key.substring(0, 4), process}, locale);
            }
            if (unitCode == null) {
                return process;
            }
            String unit = cache.computeIfAbsent(
                    "u:" + unitCode,
                    k -> units.findByCode(unitCode)
                            .map(u -> u.displayName(Language.of(locale)))
                            .orElse(unitCode));
            return process == null ? unit : process + " · " + unit;
        }
    }
}
