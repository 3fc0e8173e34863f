package com.targetflow.targets;

import com.targetflow.forms.TaskInput;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.Unit;
import com.targetflow.organisation.Units;
import com.targetflow.web.UserLocale;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the steps of a unit's year do to the unit's targets and reports: confirming, objecting,
 * resolving an objection, reporting progress, reviewing, assessing and auditing. Every method
 * checks its input whole and changes nothing when any of it is wrong.
 */
@Service
@Transactional
public class UnitTargetsService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PlanRepository plans;
    private final TargetRepository targets;
    private final ReportRepository reports;
    private final Units units;
    private final MessageSource messages;
    private final UserLocale userLocale;
    private final Clock clock;

    UnitTargetsService(
            PlanRepository plans,
            TargetRepository targets,
            ReportRepository reports,
            Units units,
            MessageSource messages,
            UserLocale userLocale,
            Clock clock) {
        this.plans = plans;
        this.targets = targets;
        this.reports = reports;
        this.units = units;
        this.messages = messages;
        this.userLocale = userLocale;
        this.clock = clock;
    }

    /** No count a district reaches comes near it: a bound for the form's check of values without their own. */
    static final int MAX_AMOUNT = 1_000_000_000;

    /** The unit's targets as rows for a form's table, in the reader's language. */
    @Transactional(readOnly = true)
    public List<TargetShown> targetRows(long planId, String unitCode) {
        Language language = Language.of(userLocale.current());
        return targets.rowsOf(planId, unitCode).stream()
                .map(t -> new TargetShown(
                        t.indicatorCode(),
                        language == Language.EN ? t.indicatorNameEn() : t.indicatorName(),
                        shown(t.quota()),
                        language == Language.EN ? t.measureEn() : t.measure(),
                        t.dueDate().toString(),
                        t.objection() == null ? "" : t.objection(),
                        t.proposedQuota() == null ? "" : shown(t.proposedQuota())))
                .toList();
    }

    /**
     * Rows for the progress form: each target with its quota, the value last reported (so a
     * returned report comes back filled in) and the reviewer's comment on it, if it was returned.
     */
    @Transactional(readOnly = true)
    public List<ValueAsked> reportFormRows(long planId, String unitCode) {
        Language language = Language.of(userLocale.current());
        AnnualPlan plan = plans.findById(planId).orElseThrow();
        ProgressReport last = reports.findFirstByPlanAndUnitOrderByIdDesc(plan, unit(unitCode))
                .orElse(null);
        List<ValueAsked> rows = new ArrayList<>();
        for (TargetRow t : targets.rowsOf(planId, unitCode)) {
            ReportLine line = last == null
                    ? null
                    : last.getLines().stream()
                            .filter(l -> l.getTarget().getIndicator().getCode().equals(t.indicatorCode()))
                            .findFirst()
                            .orElse(null);
            boolean returned = line != null && last.getStatus() == ReportStatus.RETURNED && line.getComment() != null;
            // The highest value the server takes (see quota below), so that the form refuses more before sending.
            int max = t.kind() == IndicatorKind.COVERAGE ? 100 : t.kind() == IndicatorKind.MILESTONE ? 1 : MAX_AMOUNT;
            rows.add(new ValueAsked(
                    t.indicatorCode(),
                    language == Language.EN ? t.indicatorNameEn() : t.indicatorName(),
                    shown(t.quota()),
                    language == Language.EN ? t.measureEn() : t.measure(),
                    max,
                    line == null ? "" : shown(line.getReported()),
                    returned ? line.getComment() : ""));
        }
        return rows;
    }

    private static String shown(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** Rows for the review form: what the report says for each target, in the order of the unit's own form. */
    @Transactional(readOnly = true)
    public List<ValueReported> reviewRows(long reportId) {
        ProgressReport report = reports.findById(reportId).orElseThrow();
        Language language = Language.of(userLocale.current());
        return report.getLines().stream()
                .sorted(Comparator.comparing(
                        (ReportLine line) -> line.getTarget().getIndicator().getId()))
                .map(line -> {
                    Indicator i = line.getTarget().getIndicator();
                    return new ValueReported(
                            i.getCode(),
                            language == Language.EN ? i.getNameEn() : i.getName(),
                            shown(line.getTarget().getQuota()),
                            shown(line.getReported()),
                            language == Language.EN ? i.getMeasureEn() : i.getMeasure(),
                            "");
                })
                .toList();
    }

    /** The narrative of a report, for its reviewer. */
    @Transactional(readOnly = true)
    public String narrativeOf(long reportId) {
        String text = reports.findById(reportId).orElseThrow().getNarrative();
        return text == null ? "" : text;
    }

    /** The unit's answer: accepted (true), or objections, rows of indicatorCode, proposedQuota and reason. */
    public boolean confirmOrObject(long planId, String unitCode, Object accepted, Object objections) {
        TaskInput input = new TaskInput(messages, userLocale.current());
        Boolean decision = input.yesOrNo("targetsAccepted", accepted);
        input.check();
        if (decision) {
            targetsOf(planId, unitCode).forEach(Target::confirm);
        } else {
            object(planId, unitCode, objections);
        }
        return decision;
    }

    private void object(long planId, String unitCode, Object objections) {
        TaskInput input = new TaskInput(messages, userLocale.current());
        Map<String, Target> byCode = byIndicator(planId, unitCode);
        List<Map<String, Object>> rows = input.rows("objections", objections);
        if (rows.isEmpty()) {
            input.problem("objections", "task.input.objection.none");
        }
        Map<Target, Object[]> accepted = new HashMap<>();
        for (int n = 0; n < rows.size(); n++) {
            Map<String, Object> row = rows.get(n);
            String prefix = "objections[" + n + "].";
            Target target = byCode.get(String.valueOf(row.get("indicatorCode")));
            if (target == null) {
                input.problem(prefix + "indicatorCode", "task.input.not-your-target", row.get("indicatorCode"));
                continue;
            }
            BigDecimal proposed =
                    quota(input, prefix + "proposedQuota", row.get("proposedQuota"), target.getIndicator());
            String reason = input.text(prefix + "reason", row.get("reason"), true, 1000);
            accepted.put(target, new Object[] {reason, proposed});
        }
        input.check();
        accepted.forEach((target, r) -> target.object((String) r[0], (BigDecimal) r[1]));
        byCode.values().stream().filter(t -> !accepted.containsKey(t)).forEach(Target::confirm);
    }

    /**
     * The manager's answer to each objected target: ACCEPT the proposal, KEEP the quota, or SET
     * another quota. The targets go back to the unit for confirmation.
     */
    public List<Resolution> resolve(long planId, String unitCode, Object resolutions) {
        TaskInput input = new TaskInput(messages, userLocale.current());
        Map<String, Target> byCode = byIndicator(planId, unitCode);
        Map<Target, BigDecimal> newQuotas = new HashMap<>();
        List<Map<String, Object>> rows = input.rows("resolutions", resolutions);
        for (int n = 0; n < rows.size(); n++) {
            Map<String, Object> row = rows.get(n);
            String prefix = "resolutions[" + n + "].";
            Target target = byCode.get(String.valueOf(row.get("indicatorCode")));
            if (target == null || target.getStatus() != TargetStatus.OBJECTED) {
                input.problem(prefix + "indicatorCode", "task.input.not-objected", row.get("indicatorCode"));
                continue;
            }
            String decision = String.valueOf(row.get("decision"));
            switch (decision) {
                case "ACCEPT" ->
                    newQuotas.put(
                            target, target.getProposedQuota() != null ? target.getProposedQuota() : target.getQuota());
                case "KEEP" -> newQuotas.put(target, target.getQuota());
                case "SET" -> {
                    BigDecimal quota = quota(input, prefix + "quota", row.get("quota"), target.getIndicator());
                    if (quota != null) {
                        newQuotas.put(target, quota);
                    }
                }
                default -> input.problem(prefix + "decision", "task.input.decision", decision);
            }
        }
        byCode.values().stream()
                .filter(t -> t.getStatus() == TargetStatus.OBJECTED && !newQuotas.containsKey(t))
                .forEach(t -> input.problem(
                        "resolutions",
                        "task.input.objection.unanswered",
                        t.getIndicator().getCode()));
        input.check();
        List<Resolution> decided = new ArrayList<>();
        newQuotas.forEach((target, quota) -> decided.add(new Resolution(
                target.getIndicator(),
                target.getQuota(),
                target.getProposedQuota(),
                String.valueOf(rows.stream()
                        .filter(r -> target.getIndicator().getCode().equals(String.valueOf(r.get("indicatorCode"))))
                        .findFirst()
                        .map(r -> r.get("decision"))
                        .orElse("SET")),
                quota)));
        newQuotas.forEach(Target::resolve);
        decided.sort(Comparator.comparing(r -> r.indicator().getCode()));
        return decided;
    }

    /** What the district decided about one objected target: ACCEPT, KEEP or SET, and the quota before and after. */
    public record Resolution(
            Indicator indicator, BigDecimal before, BigDecimal proposed, String decision, BigDecimal after) {}

    /** Values: rows of indicatorCode and value, one for each of the unit's targets. */
    public long submitReport(long planId, String unitCode, int round, Object values, Object narrative, String user) {
        TaskInput input = new TaskInput(messages, userLocale.current());
        Map<String, Target> byCode = byIndicator(planId, unitCode);
        Map<Target, BigDecimal> given = readValues(input, "values", values, byCode);
        String text = input.text("narrative", narrative, false, 4000);
        input.check();
        AnnualPlan plan = byCode.values().iterator().next().getPlan();
        ProgressReport report = new ProgressReport(plan, unit(unitCode), round, text, user, Instant.now(clock));
        given.forEach(report::add);
        return reports.save(report).getId();
    }

    /** Approve, or return with a comment on at least one target (rows of indicatorCode and comment). */
    /** A review's decision and, when the report goes back, the reviewer's comments as one text. */
    public record Review(boolean approved, String reasons) {}

    public Review reviewReport(long reportId, Object approved, Object comments, String reviewer) {
        TaskInput input = new TaskInput(messages, userLocale.current());
        ProgressReport report = reports.findById(reportId).orElseThrow();
        Boolean approve = input.yesOrNo("reportApproved", approved);
        Map<ReportLine, String> noted = new HashMap<>();
        List<Map<String, Object>> rows = input.rows("comments", comments);
        for (int n = 0; n < rows.size(); n++) {
            Map<String, Object> row = rows.get(n);
            String code = String.valueOf(row.get("indicatorCode"));
            ReportLine line = report.getLines().stream()
                    .filter(l -> l.getTarget().getIndicator().getCode().equals(code))
                    .findFirst()
                    .orElse(null);
            String comment = input.text("comments[" + n + "].comment", row.get("comment"), false, 1000);
            if (line == null) {
                input.problem("comments[" + n + "].indicatorCode", "task.input.not-your-target", code);
            } else if (comment != null) {
                noted.put(line, comment);
            }
        }
        if (Boolean.FALSE.equals(approve) && noted.isEmpty()) {
            input.problem("comments", "task.input.return.reason");
        }
        input.check();
        noted.forEach(ReportLine::comment);
        report.review(approve, reviewer, Instant.now(clock));
        return new Review(approve, report.reviewComments());
    }

    public void selfAssess(long planId, String unitCode, Object values) {
        TaskInput input = new TaskInput(messages, userLocale.current());
        Map<Target, BigDecimal> given = readValues(input, "values", values, byIndicator(planId, unitCode));
        input.check();
        given.forEach(Target::assessSelf);
    }

    public void audit(long planId, String unitCode, Object values) {
        TaskInput input = new TaskInput(messages, userLocale.current());
        Map<Target, BigDecimal> given = readValues(input, "values", values, byIndicator(planId, unitCode));
        input.check();
        given.forEach(Target::audit);
    }

    private Map<Target, BigDecimal> readValues(
            TaskInput input, String field, Object values, Map<String, Target> byCode) {
        Map<Target, BigDecimal> given = new HashMap<>();
        Set<Target> answered = new HashSet<>();
        Language language = Language.of(userLocale.current());
        List<Map<String, Object>> rows = input.rows(field, values);
        for (int n = 0; n < rows.size(); n++) {
            Map<String, Object> row = rows.get(n);
            Target target = byCode.get(String.valueOf(row.get("indicatorCode")));
            if (target == null) {
                input.problem(
                        field + "[" + n + "].indicatorCode", "task.input.not-your-target", row.get("indicatorCode"));
                continue;
            }
            answered.add(target);
            // A problem with this row's value names its target by the indicator's name, as the form shows it.
            input.about(nameOf(target.getIndicator(), language));
            BigDecimal value = quota(input, field + "[" + n + "].value", row.get("value"), target.getIndicator());
            input.about(null);
            if (value != null) {
                given.put(target, value);
            }
        }
        // Missing: a target with no row at all (a row with a wrong value was named above, not as missing).
        byCode.values().stream()
                .filter(t -> !answered.contains(t))
                .findFirst()
                .ifPresent(t -> input.problem(field, "task.input.value.missing", nameOf(t.getIndicator(), language)));
        return given;
    }

    private static String nameOf(Indicator indicator, Language language) {
        return language == Language.EN && indicator.getNameEn() != null ? indicator.getNameEn() : indicator.getName();
    }

    /** A quota or value: not negative, a coverage rate at most 100, a milestone 0 or 1. */
    private BigDecimal quota(TaskInput input, String field, Object value, Indicator indicator) {
        BigDecimal number = input.amount(field, value);
        if (number == null) {
            return null;
        }
        if (indicator.getKind() == IndicatorKind.COVERAGE && number.compareTo(HUNDRED) > 0) {
            input.problem(field, "task.input.coverage", number);
            return null;
        }
        if (indicator.getKind() == IndicatorKind.MILESTONE && number.compareTo(BigDecimal.ONE) > 0) {
            input.problem(field, "task.input.milestone", number);
            return null;
        }
        return number;
    }

    private Map<String, Target> byIndicator(long planId, String unitCode) {
        Map<String, Target> byCode = new LinkedHashMap<>();
        targetsOf(planId, unitCode).forEach(t -> byCode.put(t.getIndicator().getCode(), t));
        return byCode;
    }

    private List<Target> targetsOf(long planId, String unitCode) {
        AnnualPlan plan = plans.findById(planId).orElseThrow(() -> new IllegalStateException("No plan " + planId));
        return targets.findByPlanAndUnitOrderByIndicatorId(plan, unit(unitCode));
    }

    private Unit unit(String unitCode) {
        return units.findByCode(unitCode).orElseThrow(() -> new IllegalStateException("No unit " + unitCode));
    }
}
