package com.targetflow.escalation;

import com.targetflow.calendar.DistrictZone;
import com.targetflow.models.EscalationModel;
import com.targetflow.notification.MailKind;
import com.targetflow.organisation.Person;
import com.targetflow.organisation.Unit;
import com.targetflow.security.AsSystem;
import com.targetflow.targets.WarningLight;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalation ladder's work: watching a unit's task from its creation, each step (who is told,
 * the light), the district's decisions in a 督办, and stopping when the task ends. The escalation
 * process decides when; this decides what.
 */
@Service
@Transactional
public class EscalationService {

    public static final String PROCESS_KEY = EscalationModel.KEY;
    public static final String WATCH_ID = EscalationModel.VAR_WATCH_ID;
    static final String TASK_FINISHED = EscalationModel.MESSAGE_TASK_FINISHED;
    static final String DUE_DATE_CHANGED = EscalationModel.MESSAGE_DUE_DATE_CHANGED;

    private static final Logger log = LoggerFactory.getLogger(EscalationService.class);

    private final WatchedTaskRepository watched;
    private final EscalationStepRepository steps;
    private final EscalationCalendar calendar;
    private final LadderPeople people;
    private final EscalationMails mails;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final AsSystem asSystem;
    private final Clock clock;

    EscalationService(
            WatchedTaskRepository watched,
            EscalationStepRepository steps,
            EscalationCalendar calendar,
            LadderPeople people,
            EscalationMails mails,
            RuntimeService runtime,
            TaskService tasks,
            AsSystem asSystem,
            Clock clock) {
        this.watched = watched;
        this.steps = steps;
        this.calendar = calendar;
        this.people = people;
        this.mails = mails;
        this.runtime = runtime;
        this.tasks = tasks;
        this.asSystem = asSystem;
        this.clock = clock;
    }

    /**
     * A unit's task was created: it is watched and its ladder starts. Returns the due date on a
     * working day, for the task to take, or empty when the task has no due date (nothing to escalate).
     */
    public Optional<Date> watch(
            String taskId, String processInstanceId, String taskKey, String taskName, Unit unit, Date due) {
        if (due == null) {
            log.warn("Task {} ({}) has no due date; it is not escalated", taskKey, taskId);
            return Optional.empty();
        }
        Instant dueAt = calendar.onWorkingDay(due.toInstant());
        WatchedTask task = watched.save(
                new WatchedTask(taskId, processInstanceId, taskKey, taskName, unit, dueAt, Instant.now(clock)));
        asSystem.run(() ->
                runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey(taskId), Map.of(WATCH_ID, task.getId())));
        return Optional.of(Date.from(dueAt));
    }

    /** The task was completed or deleted: the ladder stops, and the record says how. */
    public void finished(String taskId, boolean completed, String actor) {
        watched.findByTaskId(taskId).filter(WatchedTask::isOpen).ifPresent(task -> {
            task.ended(completed ? WatchedTask.Status.DONE : WatchedTask.Status.CANCELLED, Instant.now(clock));
            record(task, completed ? EscalationStep.Kind.DONE : EscalationStep.Kind.CANCELLED, List.of(), null, actor);
            asSystem.run(() -> runtime.createMessageCorrelation(TASK_FINISHED)
                    .processInstanceBusinessKey(businessKey(taskId))
                    .correlateAllWithResult());
        });
    }

    /**
     * The task's due date was changed other than by a 督办 (in the task list): the ladder starts
     * again from the new date. Nothing happens when the date is the one the ladder already counts from.
     */
    public void dueDateChanged(String taskId, Date due, String actor) {
        watched.findByTaskId(taskId).filter(WatchedTask::isOpen).ifPresent(task -> {
            if (due == null || due.toInstant().equals(task.getDueAt())) {
                return;
            }
            task.dueAt(due.toInstant(), Instant.now(clock));
            record(
                    task,
                    EscalationStep.Kind.DUE_CHANGED,
                    List.of(),
                    LocalDate.ofInstant(due.toInstant(), DistrictZone.ZONE).toString(),
                    actor);
            asSystem.run(() -> runtime.createMessageCorrelation(DUE_DATE_CHANGED)
                    .processInstanceBusinessKey(businessKey(taskId))
                    .correlateAllWithResult());
        });
    }

    /**
     * A manager moves an open task's due date and says why: the task takes the new date (at the
     * time of day it had), the ladder starts again from it, and its record keeps the reason.
     */
    public void changeDueDate(WatchedTask task, LocalDate day, String reason, String actor) {
        LocalTime at = LocalTime.ofInstant(
                task.getDueAt() != null
                        ? task.getDueAt()
                        : day.atTime(17, 30).atZone(DistrictZone.ZONE).toInstant(),
                DistrictZone.ZONE);
        Date due = Date.from(day.atTime(at).atZone(DistrictZone.ZONE).toInstant());
        // The ladder counts from the new date before the task takes it, so that the task's own
        // "update" event sees no change and does not record the change a second time.
        task.dueAt(due.toInstant(), Instant.now(clock));
        asSystem.run(() -> {
            Task engineTask = tasks.createTaskQuery().taskId(task.getTaskId()).singleResult();
            engineTask.setDueDate(due);
            tasks.saveTask(engineTask);
        });
        record(task, EscalationStep.Kind.DUE_CHANGED, List.of(), day + "：" + reason, actor);
        asSystem.run(() -> runtime.createMessageCorrelation(DUE_DATE_CHANGED)
                .processInstanceBusinessKey(businessKey(task.getTaskId()))
                .correlateAllWithResult());
    }

    /** 提醒: the due date is near; the people who do the task are told. */
    public void remind(long watchId) {
        WatchedTask task = task(watchId);
        if (gone(task)) {
            return;
        }
        List<String> told =
                mails.send(MailKind.TASK_REMINDER, task, people.doers(task, assignee(task)), 0, null, task.getTaskId());
        record(task, EscalationStep.Kind.REMINDER, told, null, null);
    }

    /** 催办: the due date has passed; the doers and the unit's leaders are told, and the task turns yellow. */
    public void overdue(long watchId) {
        WatchedTask task = task(watchId);
        if (gone(task)) {
            return;
        }
        task.overdue();
        List<Person> to = LadderPeople.both(people.doers(task, assignee(task)), people.unitLeaders(task));
        List<String> told =
                mails.send(MailKind.TASK_OVERDUE, task, to, calendar.workingDaysLate(task), null, task.getTaskId());
        record(task, EscalationStep.Kind.OVERDUE, told, null, null);
    }

    /** 督办: the managers get a task to decide what the district does; the task turns red. */
    public void supervise(long watchId, String supervisionTaskId) {
        WatchedTask task = task(watchId);
        if (gone(task)) {
            return;
        }
        task.escalated();
        List<String> told = mails.send(
                MailKind.TASK_SUPERVISION,
                task,
                people.managers(),
                calendar.workingDaysLate(task),
                null,
                supervisionTaskId);
        record(task, EscalationStep.Kind.SUPERVISION, told, null, null);
    }

    /** The district extends the due date: the task takes it, the doers are told, and the ladder starts again. */
    public void extend(long watchId, Date newDue, String reason, String actor) {
        WatchedTask task = task(watchId);
        // The ladder counts from the new date before the task takes it, so that the task's own
        // "update" event sees no change and does not restart the ladder a second time.
        task.dueAt(newDue.toInstant(), Instant.now(clock));
        asSystem.run(() -> {
            Task engineTask = tasks.createTaskQuery().taskId(task.getTaskId()).singleResult();
            if (engineTask != null) {
                engineTask.setDueDate(newDue);
                tasks.saveTask(engineTask);
            }
        });
        List<String> told = mails.send(
                MailKind.TASK_EXTENDED, task, people.doers(task, assignee(task)), 0, reason, task.getTaskId());
        record(
                task,
                EscalationStep.Kind.EXTENDED,
                told,
                LocalDate.ofInstant(newDue.toInstant(), DistrictZone.ZONE) + "：" + reason,
                actor);
    }

    /** The district hands the task to another of the unit's people, who is told. */
    public void reassign(long watchId, String username, String actor) {
        WatchedTask task = task(watchId);
        asSystem.run(() -> tasks.setAssignee(task.getTaskId(), username));
        List<String> told = mails.send(
                MailKind.TASK_REASSIGNED,
                task,
                people.doers(task, username),
                calendar.workingDaysLate(task),
                null,
                task.getTaskId());
        record(task, EscalationStep.Kind.REASSIGNED, told, username, actor);
    }

    /** 督办通知: the district's formal notice to the unit's leaders. */
    public void formalNotice(long watchId, String text, String actor) {
        WatchedTask task = task(watchId);
        List<String> told = mails.send(
                MailKind.FORMAL_NOTICE,
                task,
                people.unitLeaders(task),
                calendar.workingDaysLate(task),
                text,
                task.getTaskId());
        record(task, EscalationStep.Kind.FORMAL_NOTICE, told, text, actor);
    }

    /** The last step: the district's leaders are told. */
    public void tellDistrictLeaders(long watchId) {
        WatchedTask task = task(watchId);
        if (gone(task)) {
            return;
        }
        List<String> told = mails.send(
                MailKind.TASK_DISTRICT_LEADER,
                task,
                people.districtLeaders(),
                calendar.workingDaysLate(task),
                null,
                null);
        record(task, EscalationStep.Kind.DISTRICT_LEADER, told, null, null);
    }

    /** The warning light of each watched task among these, as the escalation pages show it. */
    @Transactional(readOnly = true)
    public Map<String, WarningLight> lightsOf(Collection<String> taskIds, Instant now) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        return watched.findByTaskIdIn(taskIds).stream()
                .collect(Collectors.toMap(WatchedTask::getTaskId, t -> t.lightAt(now), (a, b) -> a));
    }

    @Transactional(readOnly = true)
    public Optional<WatchedTask> byTask(String taskId) {
        return watched.findByTaskId(taskId);
    }

    @Transactional(readOnly = true)
    public WatchedTask task(long watchId) {
        return watched.findById(watchId).orElseThrow(() -> new IllegalStateException("No watched task " + watchId));
    }

    @Transactional(readOnly = true)
    public List<EscalationStep> history(WatchedTask task) {
        return steps.findByWatchedTaskOrderByTakenAtAscIdAsc(task);
    }

    @Transactional(readOnly = true)
    public List<WatchedTask> open(Unit unitOrAll) {
        return unitOrAll == null
                ? watched.findByStatusOrderByDueAt(WatchedTask.Status.OPEN)
                : watched.findByStatusAndUnitOrderByDueAt(WatchedTask.Status.OPEN, unitOrAll);
    }

    /** How many of the unit's tasks of the year (every unit's, for null) were escalated to the district (督办). */
    @Transactional(readOnly = true)
    public long escalatedIn(Unit unitOrAll, int year) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(DistrictZone.ZONE).toInstant();
        Instant to =
                LocalDate.of(year + 1, 1, 1).atStartOfDay(DistrictZone.ZONE).toInstant();
        return unitOrAll == null ? steps.countEscalated(from, to) : steps.countEscalated(unitOrAll, from, to);
    }

    int workingDaysLate(WatchedTask task) {
        return calendar.workingDaysLate(task);
    }

    static String businessKey(String taskId) {
        return "task-" + taskId;
    }

    /**
     * Whether the task has ended without the ladder hearing of it (an instance deleted without its
     * listeners): then nobody is told, and the record says it was cancelled.
     */
    private boolean gone(WatchedTask task) {
        if (!task.isOpen()) {
            return true;
        }
        boolean exists = asSystem.call(
                        () -> tasks.createTaskQuery().taskId(task.getTaskId()).count())
                > 0;
        if (!exists) {
            task.ended(WatchedTask.Status.CANCELLED, Instant.now(clock));
            record(task, EscalationStep.Kind.CANCELLED, List.of(), null, null);
        }
        return !exists;
    }

    private String assignee(WatchedTask task) {
        Task engineTask = asSystem.call(
                () -> tasks.createTaskQuery().taskId(task.getTaskId()).singleResult());
        return engineTask == null ? null : engineTask.getAssignee();
    }

    private void record(WatchedTask task, EscalationStep.Kind kind, List<String> told, String note, String actor) {
        steps.save(new EscalationStep(task, kind, Instant.now(clock), told, note, actor));
    }
}
