package com.targetflow.scoring;

import com.targetflow.models.FormRows;
import java.math.BigDecimal;

/**
 * One indicator in 考核评分: the unit's value as a number (the form's number field takes a number),
 * scores as the form shows them (two decimals, — when the unit gave none), and the district's
 * adjustment and its reason, empty until made.
 */
@FormRows(forms = "audit-score", path = "values")
public record ScoreShown(
        String indicatorCode,
        String indicator,
        String quota,
        BigDecimal value,
        String weight,
        String selfScore,
        String score,
        String adjustedScore,
        String reason) {}
