package com.targetflow.dashboard;

import com.targetflow.escalation.EscalationService;
import com.targetflow.escalation.EscalationStep;
import com.targetflow.escalation.EscalationViews;
import com.targetflow.escalation.WatchedTask;
import com.targetflow.inspections.InspectionService;
import com.targetflow.meetings.Attendance;
import com.targetflow.meetings.Invitee;
import com.targetflow.meetings.Meeting;
import com.targetflow.meetings.MeetingService;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.Unit;
import com.targetflow.organisation.UnitKind;
import com.targetflow.organisation.Units;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.IndicatorKind;
import com.targetflow.targets.PlanView;
import com.targetflow.targets.ProgressService;
import com.targetflow.targets.TargetProgress;
import com.targetflow.targets.WarningLight;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the dashboard of a year for whoever reads it: the whole district, or one unit. */
@Service
@Transactional(readOnly = true)
public class DashboardViews {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ProgressService progress;
    private final EscalationService escalation;
    private final EscalationViews escalationViews;
    private final MeetingService meetings;
    private final InspectionService inspections;
    private final Units units;
    private final MessageSource messages;
    private final Clock clock;

    DashboardViews(
            ProgressService progress,
            EscalationService escalation,
            EscalationViews escalationViews,
            MeetingService meetings,
            InspectionService inspections,
            Units units,
            MessageSource messages,
            Clock clock) {
        this.clock = clock;
        this.progress = progress;
        this.escalation = escalation;
        this.escalationViews = escalationViews;
        this.meetings = meetings;
        this.inspections = inspections;
        this.units = units;
        this.messages = messages;
    }

    public DashboardView build(AnnualPlan plan, Predicate<String> visibleUnit, Unit onlyUnit, Locale locale) {
        Language language = Language.of(locale);
        PlanView view = progress.view(plan, visibleUnit, language);
        Map<String, DashboardView.Column> columns = new LinkedHashMap<>();
        Map<String, List<TargetProgress>> byUnit = new LinkedHashMap<>();
        Map<WarningLight, Long> lights = new EnumMap<>(WarningLight.class);
        for (WarningLight light : WarningLight.values()) {
            lights.put(light, 0L);
        }
        for (TargetProgress t : view.targets()) {
            columns.putIfAbsent(
                    t.indicatorCode(),
                    new DashboardView.Column(t.indicatorCode(), t.indicator(), t.kind(), t.measure()));
            byUnit.computeIfAbsent(t.unitCode(), u -> new ArrayList<>()).add(t);
            lights.merge(t.light(), 1L, Long::sum);
        }
        List<DashboardView.Row> rows = new ArrayList<>();
        for (List<TargetProgress> targets : byUnit.values()) {
            Map<String, DashboardView.Cell> cells = new LinkedHashMap<>();
            targets.forEach(t -> cells.put(
                    t.indicatorCode(),
                    new DashboardView.Cell(
                            t.id(),
                            plain(t.quota()),
                            t.approvedValue() == null ? null : plain(t.approvedValue()),
                            t.completionRate(),
                            t.light())));
            rows.add(new DashboardView.Row(
                    targets.get(0).unitCode(),
                    targets.get(0).unitName(),
                    mean(targets.stream().map(TargetProgress::completionRate).toList()),
                    cells));
        }
        return new DashboardView(
                plan.getYear(),
                plan.getStatus(),
                yearElapsed(plan.getYear()),
                lights,
                List.copyOf(columns.values()),
                rows,
                totals(columns, view.targets()),
                ranking(rows),
                lateWork(onlyUnit, locale),
                meetingLines(plan.getYear(), onlyUnit, locale),
                inspectionLines(plan.getYear(), visibleUnit, language));
    }

    private static List<DashboardView.Total> totals(
            Map<String, DashboardView.Column> columns, List<TargetProgress> targets) {
        List<DashboardView.Total> totals = new ArrayList<>();
        for (DashboardView.Column column : columns.values()) {
            List<TargetProgress> of = targets.stream()
                    .filter(t -> t.indicatorCode().equals(column.code()))
                    .toList();
            BigDecimal quota;
            BigDecimal approved;
            if (column.kind() == IndicatorKind.COVERAGE) {
                quota = mean(of.stream().map(TargetProgress::quota).toList());
                approved =
                        mean(of.stream().map(t -> zeroIfNull(t.approvedValue())).toList());
            } else if (column.kind() == IndicatorKind.MILESTONE) {
                quota = BigDecimal.valueOf(of.size());
                approved = BigDecimal.valueOf(of.stream()
                        .filter(t -> zeroIfNull(t.approvedValue()).compareTo(t.quota()) >= 0)
                        .count());
            } else {
                quota = of.stream().map(TargetProgress::quota).reduce(BigDecimal.ZERO, BigDecimal::add);
                approved = of.stream().map(t -> zeroIfNull(t.approvedValue())).reduce(BigDecimal.ZERO, BigDecimal::add);
            }
            BigDecimal rate = quota.signum() == 0
                    ? BigDecimal.ZERO
                    : approved.multiply(HUNDRED)
                            .divide(quota, 1, RoundingMode.HALF_UP)
                            .min(HUNDRED);
            totals.add(new DashboardView.Total(
                    column.code(),
                    column.name(),
                    column.kind(),
                    column.measure(),
                    plain(quota),
                    plain(approved),
                    rate,
                    of.size()));
        }
        return totals;
    }

    /**
     * Units ranked among their own kind — sub-districts with sub-districts, enterprises with enterprises —
     * and the district association, which sets the targets, not among them; equal completion, equal place
     * (1, 2, 2, 4), marked as tied.
     */
    /** The share of the plan's year gone by today, in percent: 0 before it, 100 after it. */
    private BigDecimal yearElapsed(int year) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        if (!today.isAfter(start)) {
            return BigDecimal.ZERO;
        }
        if (!today.isBefore(end)) {
            return HUNDRED;
        }
        return BigDecimal.valueOf(ChronoUnit.DAYS.between(start, today) * 100.0 / ChronoUnit.DAYS.between(start, end))
                .setScale(1, RoundingMode.HALF_UP);
    }

    private List<DashboardView.Rank> ranking(List<DashboardView.Row> rows) {
        Map<String, UnitKind> kinds = new HashMap<>();
        units.findAllByOrderByCode().forEach(u -> kinds.put(u.getCode(), u.getKind()));
        List<DashboardView.Rank> ranks = new ArrayList<>();
        for (UnitKind kind : UnitKind.values()) {
            if (kind == UnitKind.DISTRICT_ASSOCIATION) {
                continue;
            }
            List<DashboardView.Row> sorted = rows.stream()
                    .filter(r -> kinds.get(r.unitCode()) == kind)
                    .sorted(Comparator.comparing(DashboardView.Row::completion)
                            .reversed()
                            .thenComparing(DashboardView.Row::unitCode))
                    .toList();
            for (int n = 0; n < sorted.size(); n++) {
                DashboardView.Row row = sorted.get(n);
                boolean sameAsBefore =
                        n > 0 && row.completion().compareTo(sorted.get(n - 1).completion()) == 0;
                boolean sameAsAfter = n + 1 < sorted.size()
                        && row.completion().compareTo(sorted.get(n + 1).completion()) == 0;
                int rank = sameAsBefore ? ranks.get(ranks.size() - 1).rank() : n + 1;
                ranks.add(new DashboardView.Rank(
                        rank,
                        sameAsBefore || sameAsAfter,
                        row.unitCode(),
                        row.unitName(),
                        row.completion(),
                        row.cells().values().stream()
                                .filter(c -> c.light() == WarningLight.RED)
                                .count()));
            }
        }
        return ranks;
    }

    private List<DashboardView.LateTask> lateWork(Unit onlyUnit, Locale locale) {
        List<DashboardView.LateTask> late = new ArrayList<>();
        Instant now = Instant.now(clock);
        for (WatchedTask task : escalation.open(onlyUnit)) {
            // Most open tasks are on time: their ladder's history is read only for the late ones.
            if (task.lightAt(now) == WarningLight.GREEN) {
                continue;
            }
            EscalationViews.TaskView view = escalationViews.of(task, locale, true);
            String step = view.steps().stream()
                    .filter(s -> s.step() != EscalationStep.Kind.DONE && s.step() != EscalationStep.Kind.CANCELLED)
                    .reduce((a, b) -> b)
                    .map(EscalationViews.StepView::stepName)
                    .orElse("—");
            late.add(new DashboardView.LateTask(
                    view.taskId(),
                    view.taskName(),
                    view.unitName(),
                    view.due(),
                    view.light(),
                    step,
                    view.workingDaysLate()));
        }
        return late;
    }

    private List<DashboardView.MeetingLine> meetingLines(int year, Unit onlyUnit, Locale locale) {
        List<DashboardView.MeetingLine> lines = new ArrayList<>();
        for (Meeting meeting : meetings.ofYear(year)) {
            List<Invitee> invitees = meetings.inviteesOf(meeting).stream()
                    .filter(i -> onlyUnit == null || i.getUnit().getId().equals(onlyUnit.getId()))
                    .toList();
            lines.add(new DashboardView.MeetingLine(
                    meeting.getId(),
                    (meeting.getStartsAt() == null
                                    ? meeting.getPlannedDate()
                                    : meeting.getStartsAt().toLocalDate())
                            .toString(),
                    messages.getMessage("meeting.type." + meeting.getType().name(), null, locale),
                    messages.getMessage("meeting.status." + meeting.getStatus().name(), null, locale),
                    invitees.size(),
                    count(invitees, Attendance.PRESENT),
                    count(invitees, Attendance.DEPUTY),
                    count(invitees, Attendance.ABSENT)));
        }
        return lines;
    }

    private List<DashboardView.InspectionLine> inspectionLines(
            int year, Predicate<String> visibleUnit, Language language) {
        return inspections.resultsByUnit(year).stream()
                .filter(r -> visibleUnit.test(r.unitCode()))
                .map(r -> new DashboardView.InspectionLine(
                        r.unitCode(),
                        units.findByCode(r.unitCode())
                                .map(u -> u.displayName(language))
                                .orElse(r.unitCode()),
                        r.inspected(),
                        r.passed(),
                        r.inspected() == 0
                                ? BigDecimal.ZERO
                                : BigDecimal.valueOf(r.passed() * 100)
                                        .divide(BigDecimal.valueOf(r.inspected()), 1, RoundingMode.HALF_UP)))
                .toList();
    }

    private static long count(List<Invitee> invitees, Attendance attendance) {
        return invitees.stream().filter(i -> i.getAttendance() == attendance).count();
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return values.stream()
                .map(DashboardViews::zeroIfNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static BigDecimal plain(BigDecimal value) {
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }
}
