package com.targetflow.targets;

import com.targetflow.domain.Problems;
import com.targetflow.models.AuditScoreForm;
import com.targetflow.models.ConfirmTargetsForm;
import com.targetflow.models.ReportProgressForm;
import com.targetflow.models.ResolveObjectionForm;
import com.targetflow.models.ReviewReportForm;
import com.targetflow.models.SelfAssessmentForm;
import com.targetflow.organisation.Unit;
import com.targetflow.organisation.Units;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the steps of a unit's year do to the unit's targets and reports: confirming, objecting,
 * resolving an objection, reporting progress, reviewing, assessing and auditing. Each takes a command
 * read from the task's form and the problems found reading it, adds what breaks its rules, and
 * changes nothing while any problem remains, so that the unit is told everything at once.
 */
@Service
@Transactional
public class UnitTargetsService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PlanRepository plans;
    private final TargetRepository targets;
    private final ReportRepository reports;
    private final Units units;
    private final Clock clock;

    UnitTargetsService(
            PlanRepository plans, TargetRepository targets, ReportRepository reports, Units units, Clock clock) {
        this.plans = plans;
        this.targets = targets;
        this.reports = reports;
        this.units = units;
        this.clock = clock;
    }

    /** The unit's answer: every target confirmed, or the objected ones marked with the proposals and the rest confirmed. */
    public void answer(TargetsAnswered answer, Problems problems) {
        if (answer.accepted()) {
            problems.check();
            targetsOf(answer.planId(), answer.unitCode()).forEach(Target::confirm);
            return;
        }
        Map<String, Target> byCode = byIndicator(answer.planId(), answer.unitCode());
        if (answer.objections().isEmpty()) {
            problems.add(ConfirmTargetsForm.OBJECTIONS, "task.input.objection.none");
        }
        Map<Target, TargetsAnswered.Objection> objected = new HashMap<>();
        for (int n = 0; n < answer.objections().size(); n++) {
            TargetsAnswered.Objection objection = answer.objections().get(n);
            String prefix = ConfirmTargetsForm.OBJECTIONS + "[" + n + "].";
            Target target = byCode.get(objection.indicatorCode());
            if (target == null) {
                problems.add(prefix + "indicatorCode", "task.input.not-your-target", objection.indicatorCode());
                continue;
            }
            withinBounds(problems, prefix + "proposedQuota", objection.proposedQuota(), target.getIndicator());
            objected.put(target, objection);
        }
        problems.check();
        objected.forEach((target, o) -> target.object(o.reason(), o.proposedQuota()));
        byCode.values().stream().filter(t -> !objected.containsKey(t)).forEach(Target::confirm);
    }

    /**
     * The manager's answer to each objected target: ACCEPT the proposal, KEEP the quota, or SET
     * another quota. The targets go back to the unit for confirmation.
     */
    public List<Resolution> resolve(ObjectionsResolved resolved, Problems problems) {
        Map<String, Target> byCode = byIndicator(resolved.planId(), resolved.unitCode());
        Map<Target, ObjectionsResolved.Decision> decided = new HashMap<>();
        for (int n = 0; n < resolved.decisions().size(); n++) {
            ObjectionsResolved.Decision decision = resolved.decisions().get(n);
            String prefix = ResolveObjectionForm.RESOLUTIONS + "[" + n + "].";
            Target target = byCode.get(decision.indicatorCode());
            if (target == null || target.getStatus() != TargetStatus.OBJECTED) {
                problems.add(prefix + "indicatorCode", "task.input.not-objected", decision.indicatorCode());
                continue;
            }
            if (decision.choice() == ObjectionsResolved.Choice.SET
                    && !withinBounds(problems, prefix + "quota", decision.quota(), target.getIndicator())) {
                continue;
            }
            if (decision.choice() != null) {
                decided.put(target, decision);
            }
        }
        byCode.values().stream()
                .filter(t -> t.getStatus() == TargetStatus.OBJECTED && !decided.containsKey(t))
                .forEach(t -> problems.add(
                        ResolveObjectionForm.RESOLUTIONS,
                        "task.input.objection.unanswered",
                        t.getIndicator().getCode()));
        problems.check();
        List<Resolution> resolutions = new ArrayList<>();
        decided.forEach((target, decision) -> {
            BigDecimal quota = switch (decision.choice()) {
                case ACCEPT -> target.getProposedQuota() != null ? target.getProposedQuota() : target.getQuota();
                case KEEP -> target.getQuota();
                case SET -> decision.quota();
            };
            resolutions.add(new Resolution(
                    target.getIndicator(),
                    target.getQuota(),
                    target.getProposedQuota(),
                    decision.choice().name(),
                    quota));
            target.resolve(quota);
        });
        resolutions.sort(Comparator.comparing(r -> r.indicator().getCode()));
        return resolutions;
    }

    /** What the district decided about one objected target: ACCEPT, KEEP or SET, and the quota before and after. */
    public record Resolution(
            Indicator indicator, BigDecimal before, BigDecimal proposed, String decision, BigDecimal after) {}

    /** Saves the report, a value for each of the unit's targets; returns its id. */
    public long submitReport(ProgressReportSubmitted submitted, Problems problems) {
        Map<String, Target> byCode = byIndicator(submitted.planId(), submitted.unitCode());
        Map<Target, BigDecimal> given = checkValues(problems, ReportProgressForm.VALUES, submitted.values(), byCode);
        problems.check();
        AnnualPlan plan = byCode.values().iterator().next().getPlan();
        ProgressReport report = new ProgressReport(
                plan,
                unit(submitted.unitCode()),
                submitted.round(),
                submitted.narrative(),
                submitted.submittedBy(),
                Instant.now(clock));
        given.forEach(report::add);
        return reports.save(report).getId();
    }

    /** Approve, or return with a comment on at least one target. */
    public boolean reviewReport(ReportReviewed reviewed, Problems problems) {
        ProgressReport report = reports.findById(reviewed.reportId()).orElseThrow();
        Map<ReportLine, String> noted = new HashMap<>();
        for (int n = 0; n < reviewed.comments().size(); n++) {
            ReportReviewed.Comment comment = reviewed.comments().get(n);
            ReportLine line = report.getLines().stream()
                    .filter(l -> l.getTarget().getIndicator().getCode().equals(comment.indicatorCode()))
                    .findFirst()
                    .orElse(null);
            if (line == null) {
                problems.add(
                        ReviewReportForm.COMMENTS + "[" + n + "].indicatorCode",
                        "task.input.not-your-target",
                        comment.indicatorCode());
            } else if (comment.comment() != null) {
                noted.put(line, comment.comment());
            }
        }
        if (!reviewed.approved() && noted.isEmpty()) {
            problems.add(ReviewReportForm.COMMENTS, "task.input.return.reason");
        }
        problems.check();
        noted.forEach(ReportLine::comment);
        report.review(reviewed.approved(), reviewed.reviewer(), Instant.now(clock));
        return reviewed.approved();
    }

    public void selfAssess(UnitValuesGiven assessed, Problems problems) {
        Map<Target, BigDecimal> given = checkValues(
                problems,
                SelfAssessmentForm.VALUES,
                assessed.values(),
                byIndicator(assessed.planId(), assessed.unitCode()));
        problems.check();
        given.forEach(Target::assessSelf);
    }

    public void audit(UnitValuesGiven audited, Problems problems) {
        Map<Target, BigDecimal> given = checkValues(
                problems, AuditScoreForm.VALUES, audited.values(), byIndicator(audited.planId(), audited.unitCode()));
        problems.check();
        given.forEach(Target::audit);
    }

    /** A value for every target of the unit's, each within its kind's bounds. */
    private Map<Target, BigDecimal> checkValues(
            Problems problems, String field, List<ValueGiven> values, Map<String, Target> byCode) {
        Map<Target, BigDecimal> given = new HashMap<>();
        Set<Target> answered = new HashSet<>();
        for (int n = 0; n < values.size(); n++) {
            ValueGiven value = values.get(n);
            Target target = byCode.get(value.indicatorCode());
            if (target == null) {
                problems.add(field + "[" + n + "].indicatorCode", "task.input.not-your-target", value.indicatorCode());
                continue;
            }
            answered.add(target);
            // A problem with this row's value names its target by the indicator's name, as the form shows it.
            problems.about(target.getIndicator().named());
            if (withinBounds(problems, field + "[" + n + "].value", value.value(), target.getIndicator())) {
                given.put(target, value.value());
            }
            problems.about(null);
        }
        // Missing: a target with no row at all (a row with a wrong value was named above, not as missing).
        byCode.values().stream()
                .filter(t -> !answered.contains(t))
                .findFirst()
                .ifPresent(t -> problems.add(
                        field, "task.input.value.missing", t.getIndicator().named()));
        return given;
    }

    /**
     * A quota or value read from the form (null when it could not be read, which the reading named):
     * a coverage rate at most 100, a milestone 0 or 1.
     */
    private static boolean withinBounds(Problems problems, String field, BigDecimal number, Indicator indicator) {
        if (number == null) {
            return false;
        }
        if (indicator.getKind() == IndicatorKind.COVERAGE && number.compareTo(HUNDRED) > 0) {
            problems.add(field, "task.input.coverage", number);
            return false;
        }
        if (indicator.getKind() == IndicatorKind.MILESTONE && number.compareTo(BigDecimal.ONE) > 0) {
            problems.add(field, "task.input.milestone", number);
            return false;
        }
        return true;
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
