package com.targetflow.targets;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A target as a form's table shows it, read as plain values: issuing a plan shows every unit its
 * targets in one transaction, and as entities they would all stay in it, each checked for changes
 * again before every later query (quadratic in the number of units).
 */
record TargetRow(
        String indicatorCode,
        String indicatorName,
        String indicatorNameEn,
        BigDecimal quota,
        String measure,
        String measureEn,
        LocalDate dueDate,
        TargetStatus status,
        String objection,
        BigDecimal proposedQuota,
        IndicatorKind kind) {}
