package com.targetflow.escalation;

import com.targetflow.calendar.DistrictZone;
import com.targetflow.calendar.WorkingDays;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.MailMessage;
import com.targetflow.notification.MailOutbox;
import com.targetflow.notification.NewsForDigests;
import com.targetflow.notification.NotificationProperties;
import com.targetflow.organisation.DigestFrequency;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.security.AsSystem;
import com.targetflow.targets.PlanStatus;
import com.targetflow.targets.Plans;
import com.targetflow.targets.ProgressService;
import com.targetflow.targets.TargetProgress;
import com.targetflow.targets.WarningLight;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The digest (待办汇总): one mail listing a person's open tasks — overdue, due in the next seven
 * days, the rest — and their unit's targets by warning light. Daily on working days for those who
 * chose it; weekly on the first working day of the week, by default for secretaries-general.
 */
@Service
@Transactional
public class DigestService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public record TaskLine(String taskId, String name, String due, WarningLight light, String link) {}

    public record TargetLine(String indicator, String quota, String approved, String rate, WarningLight light) {}

    /** An outcome since the last digest: what was decided, its lines, the task it concerns (or null). */
    public record NewsLine(long id, String headline, List<String> lines, String link) {}

    /** What one person's digest lists. */
    public record Digest(
            List<NewsLine> news,
            List<TaskLine> overdue,
            List<TaskLine> dueSoon,
            List<TaskLine> later,
            List<TargetLine> targets) {

        public boolean isEmpty() {
            return news.isEmpty() && overdue.isEmpty() && dueSoon.isEmpty() && later.isEmpty() && targets.isEmpty();
        }
    }

    private final People people;
    private final TaskService tasks;
    private final IdentityService identity;
    private final WatchedTaskRepository watched;
    private final Plans plans;
    private final ProgressService progress;
    private final WorkingDays workingDays;
    private final MailOutbox outbox;
    private final NotificationProperties links;
    private final AsSystem asSystem;
    private final Clock clock;
    private final NewsForDigests news;

    DigestService(
            People people,
            TaskService tasks,
            IdentityService identity,
            WatchedTaskRepository watched,
            Plans plans,
            ProgressService progress,
            WorkingDays workingDays,
            MailOutbox outbox,
            NotificationProperties links,
            AsSystem asSystem,
            Clock clock,
            NewsForDigests news) {
        this.news = news;
        this.people = people;
        this.tasks = tasks;
        this.identity = identity;
        this.watched = watched;
        this.plans = plans;
        this.progress = progress;
        this.workingDays = workingDays;
        this.outbox = outbox;
        this.links = links;
        this.asSystem = asSystem;
        this.clock = clock;
    }

    /** Sends today's digests: none on a day off; the weekly ones on the week's first working day. Returns how many. */
    public int sendDue() {
        LocalDate today = LocalDate.now(clock.withZone(DistrictZone.ZONE));
        if (!workingDays.isWorkingDay(today)) {
            return 0;
        }
        boolean weekly = firstWorkingDayOfWeek(today);
        int sent = 0;
        for (Person person : people.findAllByOrderByUsername()) {
            // Outcomes kept for someone who has since turned the digest off still reach them, once.
            boolean due = person.getDigest() == DigestFrequency.DAILY
                    || person.getDigest() == DigestFrequency.WEEKLY && weekly
                    || person.getDigest() == DigestFrequency.OFF
                            && news.existsByUsernameAndToldAtIsNull(person.getUsername());
            if (due && send(person)) {
                sent++;
            }
        }
        return sent;
    }

    /** The person's digest now, in their language. */
    @Transactional(readOnly = true)
    public Digest digestOf(Person person) {
        Instant now = Instant.now(clock);
        Instant weekAhead = now.plus(Duration.ofDays(7));
        List<TaskLine> overdue = new ArrayList<>();
        List<TaskLine> dueSoon = new ArrayList<>();
        List<TaskLine> later = new ArrayList<>();
        for (Task task : openTasks(person)) {
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            WarningLight light = watched.findByTaskId(task.getId())
                    .map(w -> w.lightAt(now))
                    .orElse(due != null && due.isBefore(now) ? WarningLight.YELLOW : WarningLight.GREEN);
            TaskLine line = new TaskLine(
                    task.getId(),
                    task.getName(),
                    due == null ? "—" : WHEN.format(due.atZone(DistrictZone.ZONE)),
                    light,
                    links.taskLink(task.getId()));
            if (due != null && due.isBefore(now)) {
                overdue.add(line);
            } else if (due != null && due.isBefore(weekAhead)) {
                dueSoon.add(line);
            } else {
                later.add(line);
            }
        }
        List<NewsLine> told = news.findByUsernameAndToldAtIsNullOrderById(person.getUsername()).stream()
                .map(n -> new NewsLine(
                        n.getId(),
                        n.getHeadline(),
                        List.of(n.getBody().split("\n")),
                        n.getTaskId() == null ? null : links.taskLink(n.getTaskId())))
                .toList();
        return new Digest(told, overdue, dueSoon, later, targets(person));
    }

    private boolean send(Person person) {
        Digest digest = digestOf(person);
        if (digest.isEmpty()) {
            return false;
        }
        String today = LocalDate.now(clock.withZone(DistrictZone.ZONE)).toString();
        Map<String, Object> model = new HashMap<>();
        model.put("name", person.getName());
        model.put("digest", digest);
        model.put(
                "subjectArgs",
                new Object[] {today, digest.overdue().size(), digest.dueSoon().size()});
        outbox.queue(new MailMessage(
                new MailMessage.Recipient(person.getUsername(), person.getEmail(), person.getLanguage()),
                MailKind.DIGEST,
                model,
                null,
                null,
                null));
        Instant now = Instant.now(clock);
        // Exactly those this digest carries: one that arrived meanwhile waits for the next.
        news.markTold(digest.news().stream().map(NewsLine::id).toList(), now);
        return true;
    }

    private List<Task> openTasks(Person person) {
        List<String> groups =
                asSystem
                        .call(() -> identity.createGroupQuery()
                                .groupMember(person.getUsername())
                                .list())
                        .stream()
                        .map(Group::getId)
                        .toList();
        return asSystem.call(() -> {
            var query = tasks.createTaskQuery().active();
            if (groups.isEmpty()) {
                query.taskAssignee(person.getUsername());
            } else {
                query.or()
                        .taskAssignee(person.getUsername())
                        .taskCandidateGroupIn(groups)
                        .endOr();
            }
            return query.orderByDueDate().asc().list();
        });
    }

    /** The person's unit's targets in this year's issued plan, red first. */
    private List<TargetLine> targets(Person person) {
        int year = LocalDate.now(clock.withZone(DistrictZone.ZONE)).getYear();
        return plans
                .findByYear(year)
                .filter(plan -> plan.getStatus() != PlanStatus.DRAFT)
                .map(plan -> progress.view(plan, person.getUnit().getCode()::equals, person.getLanguage())
                        .targets())
                .orElse(List.of())
                .stream()
                .filter(t -> t.light() != null)
                .sorted(Comparator.comparing((TargetProgress t) -> t.light()).reversed())
                .map(t -> new TargetLine(
                        t.indicator(),
                        t.quota().stripTrailingZeros().toPlainString(),
                        t.approvedValue() == null
                                ? "0"
                                : t.approvedValue().stripTrailingZeros().toPlainString(),
                        t.completionRate() == null
                                ? "—"
                                : t.completionRate().stripTrailingZeros().toPlainString() + "%",
                        t.light()))
                .toList();
    }

    private boolean firstWorkingDayOfWeek(LocalDate today) {
        for (LocalDate d = today.with(DayOfWeek.MONDAY); d.isBefore(today); d = d.plusDays(1)) {
            if (workingDays.isWorkingDay(d)) {
                return false;
            }
        }
        return true;
    }
}
