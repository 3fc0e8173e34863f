package com.targetflow.scoring;

import com.targetflow.escalation.EscalationService;
import com.targetflow.inspections.InspectionService;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.Unit;
import com.targetflow.organisation.Units;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.IndicatorKind;
import com.targetflow.targets.Plans;
import com.targetflow.targets.ProgressService;
import com.targetflow.targets.Target;
import com.targetflow.targets.TargetProgress;
import com.targetflow.targets.Targets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 考核评分: each target earns its weight times the share the rules give it, the unit loses points
 * for escalated tasks and failed re-inspections, a missed veto target fails it, and once every
 * unit of the plan is audited the ranking is fixed.
 *
 * Ties in the ranking are broken by the score before deductions, then by the unit's code.
 */
@Service
@Transactional
public class ScoringService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One target's part in the score. Weights are out of 100 for the unit; scores too; both exact, not rounded. */
    public record IndicatorScore(
            long targetId,
            String indicatorCode,
            String indicator,
            IndicatorKind kind,
            BigDecimal quota,
            BigDecimal value,
            BigDecimal weight,
            BigDecimal share,
            BigDecimal computed,
            BigDecimal selfScore,
            BigDecimal adjusted,
            String reason,
            boolean veto) {

        public BigDecimal score() {
            return adjusted != null ? adjusted : computed;
        }
    }

    /** A manager's own score for one target, with the reason. */
    public record Adjustment(String indicatorCode, BigDecimal score, String reason) {}

    private final ScoringRules rules;
    private final Targets targets;
    private final Plans plans;
    private final Units units;
    private final ProgressService progress;
    private final EscalationService escalation;
    private final InspectionService inspections;
    private final UnitScoreRepository scores;
    private final Clock clock;

    ScoringService(
            ScoringRules rules,
            Targets targets,
            Plans plans,
            Units units,
            ProgressService progress,
            EscalationService escalation,
            InspectionService inspections,
            UnitScoreRepository scores,
            Clock clock) {
        this.rules = rules;
        this.targets = targets;
        this.plans = plans;
        this.units = units;
        this.progress = progress;
        this.escalation = escalation;
        this.inspections = inspections;
        this.scores = scores;
        this.clock = clock;
    }

    /** The unit's targets as scored now: by the audited value where there is one, else the approved one. */
    @Transactional(readOnly = true)
    public List<IndicatorScore> indicators(long planId, String unitCode, Language language) {
        AnnualPlan plan = plan(planId);
        Unit unit = unit(unitCode);
        List<Target> own = targets.findByPlanAndUnitOrderByIndicatorId(plan, unit);
        Map<Long, TargetProgress> approved = new HashMap<>();
        progress.view(plan, unitCode::equals, language).targets().forEach(t -> approved.put(t.id(), t));
        Map<Long, BigDecimal> weights = weights(own);
        List<IndicatorScore> rows = new ArrayList<>();
        for (Target t : own) {
            TargetProgress shown = approved.get(t.getId());
            BigDecimal value = t.getAuditedValue() != null
                    ? t.getAuditedValue()
                    : shown.approvedValue() != null ? shown.approvedValue() : BigDecimal.ZERO;
            BigDecimal weight = weights.get(t.getId());
            BigDecimal share = rules.share(t.getIndicator().getKind(), value, t.getQuota());
            // Kept exact: nine targets of 11.11… each add up to 100, not 99.99. Rounded when shown and saved.
            BigDecimal self = t.getSelfValue() == null
                    ? null
                    : weight.multiply(rules.share(t.getIndicator().getKind(), t.getSelfValue(), t.getQuota()));
            rows.add(new IndicatorScore(
                    t.getId(),
                    t.getIndicator().getCode(),
                    shown.indicator(),
                    t.getIndicator().getKind(),
                    plain(t.getQuota()),
                    plain(value),
                    weight,
                    share,
                    weight.multiply(share),
                    self,
                    t.getAdjustedScore(),
                    t.getScoreReason(),
                    t.isVeto()));
        }
        return rows;
    }

    /**
     * The audit of one unit: the manager's adjustments applied, the score computed and saved; when
     * this was the plan's last unit to be audited, the ranking is fixed.
     */
    public UnitScore audit(long planId, String unitCode, List<Adjustment> adjustments, String auditedBy) {
        AnnualPlan plan = plan(planId);
        Unit unit = unit(unitCode);
        Map<String, Target> byCode = targets.findByPlanAndUnitOrderByIndicatorId(plan, unit).stream()
                .collect(Collectors.toMap(t -> t.getIndicator().getCode(), t -> t));
        for (Adjustment adjustment : adjustments) {
            Target target = byCode.get(adjustment.indicatorCode());
            if (target != null) {
                target.adjustScore(adjustment.score(), adjustment.reason());
            }
        }
        List<IndicatorScore> rows = indicators(planId, unitCode, Language.ZH);
        BigDecimal computed = rows.stream().map(IndicatorScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal self = rows.stream().allMatch(r -> r.selfScore() != null)
                ? rows.stream().map(IndicatorScore::selfScore).reduce(BigDecimal.ZERO, BigDecimal::add)
                : null;
        BigDecimal deductions = rules.points(Deduction.ESCALATED_TASK)
                .multiply(BigDecimal.valueOf(escalation.escalatedIn(unit, plan.getYear())))
                .add(rules.points(Deduction.FAILED_REINSPECTION)
                        .multiply(BigDecimal.valueOf(inspections.failedReinspections(unitCode, plan.getYear()))));
        BigDecimal finalScore = computed.subtract(deductions).max(BigDecimal.ZERO);
        boolean vetoed = rows.stream().anyMatch(r -> r.veto() && r.share().compareTo(BigDecimal.ONE) < 0);
        Rating rating = rules.rating(vetoed, finalScore);
        UnitScore score = scores.findByPlanAndUnit(plan, unit).orElseGet(() -> new UnitScore(plan, unit));
        score.set(
                self == null ? null : scale(self),
                scale(computed),
                scale(deductions),
                scale(finalScore),
                vetoed,
                rating,
                auditedBy,
                Instant.now(clock));
        scores.save(score);
        if (allAudited(plan)) {
            fixRanking(plan);
        }
        return score;
    }

    /** The plan's scores, best first; ranked once every unit is audited. */
    @Transactional(readOnly = true)
    public List<UnitScore> ranking(AnnualPlan plan) {
        return scores.findByPlan(plan).stream().sorted(ORDER).toList();
    }

    private static final Comparator<UnitScore> ORDER = Comparator.comparing(UnitScore::getFinalScore)
            .reversed()
            .thenComparing(Comparator.comparing(UnitScore::getComputedScore).reversed())
            .thenComparing(s -> s.getUnit().getCode());

    private boolean allAudited(AnnualPlan plan) {
        Set<String> audited =
                scores.findByPlan(plan).stream().map(s -> s.getUnit().getCode()).collect(Collectors.toSet());
        return audited.containsAll(targets.reportingUnitCodesOf(plan));
    }

    private void fixRanking(AnnualPlan plan) {
        List<UnitScore> ordered = ranking(plan);
        for (int n = 0; n < ordered.size(); n++) {
            ordered.get(n).rank(n + 1);
        }
    }

    /** Weights out of 100: as the plan gives them, or equal when it gives none. */
    private static Map<Long, BigDecimal> weights(List<Target> own) {
        Map<Long, BigDecimal> weights = new HashMap<>();
        BigDecimal given = own.stream()
                .map(t -> t.getWeight() == null ? BigDecimal.ZERO : t.getWeight())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        for (Target t : own) {
            BigDecimal w =
                    given.signum() == 0 ? BigDecimal.ONE : (t.getWeight() == null ? BigDecimal.ZERO : t.getWeight());
            BigDecimal total = given.signum() == 0 ? BigDecimal.valueOf(own.size()) : given;
            weights.put(t.getId(), w.multiply(HUNDRED).divide(total, 6, RoundingMode.HALF_UP));
        }
        return weights;
    }

    private AnnualPlan plan(long planId) {
        return plans.findById(planId).orElseThrow(() -> new IllegalStateException("No plan " + planId));
    }

    private Unit unit(String code) {
        return units.findByCode(code).orElseThrow(() -> new IllegalStateException("No unit " + code));
    }

    private static BigDecimal scale(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal p = value.stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }
}
