package com.targetflow.targets;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A target with its progress: the latest approved value, the completion rate, its warning light, and every report. */
public record TargetProgress(
        long id,
        String unitCode,
        String unitName,
        String indicatorCode,
        String indicator,
        IndicatorKind kind,
        String measure,
        BigDecimal quota,
        LocalDate dueDate,
        TargetStatus status,
        String objection,
        BigDecimal proposedQuota,
        BigDecimal approvedValue,
        BigDecimal completionRate,
        WarningLight light,
        BigDecimal selfValue,
        BigDecimal auditedValue,
        List<ReportEntry> reports,
        long version) {

    /** One report's value for the target, as submitted, and what the district made of it. */
    public record ReportEntry(
            long reportId,
            int round,
            ReportStatus status,
            BigDecimal value,
            String comment,
            String submittedBy,
            Instant submittedAt) {}
}
