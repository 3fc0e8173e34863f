package com.targetflow.targets;

import com.targetflow.organisation.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Progress of a plan's targets. Only approved reports count towards a target's value, or the count of the process that feeds it. */
@Service
@Transactional(readOnly = true)
public class ProgressService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TargetRepository targets;
    private final ReportRepository reports;
    private final List<IndicatorFeed> feeds;
    private final PaceOfYear pace;

    ProgressService(TargetRepository targets, ReportRepository reports, List<IndicatorFeed> feeds, PaceOfYear pace) {
        this.pace = pace;
        this.targets = targets;
        this.reports = reports;
        this.feeds = feeds;
    }

    /** A counted indicator's value from the process that counts it; a reported one's from the last approved report. */
    private BigDecimal value(Target t, List<TargetProgress.ReportEntry> entries) {
        if (t.getIndicator().getSource() != IndicatorSource.REPORTED) {
            for (IndicatorFeed feed : feeds) {
                var counted = feed.valueOf(
                        t.getIndicator().getCode(),
                        t.getUnit().getCode(),
                        t.getPlan().getYear());
                if (counted.isPresent()) {
                    return counted.get();
                }
            }
        }
        return entries.stream()
                .filter(e -> e.status() == ReportStatus.APPROVED)
                .reduce((first, second) -> second)
                .map(TargetProgress.ReportEntry::value)
                .orElse(null);
    }

    public PlanView view(AnnualPlan plan, Predicate<String> visibleUnit, Language language) {
        Map<Long, List<TargetProgress.ReportEntry>> history = new HashMap<>();
        for (ProgressReport report : reports.findByPlanOrderById(plan)) {
            if (!visibleUnit.test(report.getUnit().getCode())) {
                continue;
            }
            for (ReportLine line : report.getLines()) {
                history.computeIfAbsent(line.getTarget().getId(), id -> new ArrayList<>())
                        .add(new TargetProgress.ReportEntry(
                                report.getId(),
                                report.getRound(),
                                report.getStatus(),
                                line.getReported(),
                                line.getComment(),
                                report.getSubmittedBy(),
                                report.getSubmittedAt()));
            }
        }
        List<TargetProgress> rows = new ArrayList<>();
        for (Target t : targets.findByPlanOrderByUnitCodeAscIndicatorIdAsc(plan)) {
            if (!visibleUnit.test(t.getUnit().getCode())) {
                continue;
            }
            List<TargetProgress.ReportEntry> entries = history.getOrDefault(t.getId(), List.of());
            BigDecimal approved = value(t, entries);
            Indicator i = t.getIndicator();
            boolean en = language == Language.EN;
            rows.add(new TargetProgress(
                    t.getId(),
                    t.getUnit().getCode(),
                    t.getUnit().displayName(language),
                    i.getCode(),
                    en ? i.getNameEn() : i.getName(),
                    i.getKind(),
                    en ? i.getMeasureEn() : i.getMeasure(),
                    t.getQuota(),
                    t.getDueDate(),
                    t.getStatus(),
                    t.getObjection(),
                    t.getProposedQuota(),
                    approved,
                    completion(i.getKind(), approved, t.getQuota()),
                    pace.light(i.getKind(), t.getQuota(), t.getDueDate(), approved),
                    t.getSelfValue(),
                    t.getAuditedValue(),
                    entries,
                    t.getVersion()));
        }
        return new PlanView(
                plan.getId(), plan.getYear(), plan.getStatus(), plan.quarterEnds(), plan.getIssuedAt(), rows);
    }

    /** Percent of the quota reached, at most 100; a milestone is all or nothing. */
    static BigDecimal completion(IndicatorKind kind, BigDecimal value, BigDecimal quota) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (kind == IndicatorKind.MILESTONE || quota.signum() == 0) {
            return value.compareTo(quota) >= 0 ? HUNDRED : BigDecimal.ZERO;
        }
        BigDecimal rate = value.multiply(HUNDRED).divide(quota, 1, RoundingMode.HALF_UP);
        return rate.min(HUNDRED);
    }
}
