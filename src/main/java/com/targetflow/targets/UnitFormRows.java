package com.targetflow.targets;

import com.targetflow.domain.Named;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a unit task's form shows of the unit's targets and reports: the targets to confirm, the rows
 * to report on (a returned report comes back filled in), the report to review and why it went back.
 */
@Service
@Transactional(readOnly = true)
public class UnitFormRows {

    private final PlanRepository plans;
    private final TargetRepository targets;
    private final ReportRepository reports;
    private final Units units;

    UnitFormRows(PlanRepository plans, TargetRepository targets, ReportRepository reports, Units units) {
        this.plans = plans;
        this.targets = targets;
        this.reports = reports;
        this.units = units;
    }

    /** No count a district reaches comes near it: a bound for the form's check of values without their own. */
    static final int MAX_AMOUNT = 1_000_000_000;

    /** The unit's targets as rows for a form's table, in the reader's language. */
    public List<TargetShown> targetRows(long planId, String unitCode, Language language) {
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
    public List<ValueAsked> reportFormRows(long planId, String unitCode, Language language) {
        AnnualPlan plan = plans.findById(planId).orElseThrow();
        ProgressReport last = reports.findFirstByPlanAndUnitOrderByIdDesc(
                        plan, units.findByCode(unitCode).orElseThrow())
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
    public List<ValueReported> reviewRows(long reportId, Language language) {
        ProgressReport report = reports.findById(reportId).orElseThrow();
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

    /** The reviewer's comments on a report, target by target: why it went back. */
    public List<ReviewComment> reviewComments(long reportId) {
        return reports.findById(reportId).orElseThrow().commentedLines().stream()
                .map(l -> new ReviewComment(l.getTarget().getIndicator().named(), l.getComment()))
                .toList();
    }

    /** One target's comment, its indicator named in both languages. */
    public record ReviewComment(Named indicator, String comment) {}

    /** The narrative of a report, for its reviewer. */
    public String narrativeOf(long reportId) {
        String text = reports.findById(reportId).orElseThrow().getNarrative();
        return text == null ? "" : text;
    }
}
