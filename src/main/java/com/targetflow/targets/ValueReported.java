package com.targetflow.targets;

import com.targetflow.models.FormRows;

/** One target in 审核进展: what the report says for it, and the reviewer's comment (empty until written). */
@FormRows(forms = "review-report", path = "comments")
public record ValueReported(
        String indicatorCode, String indicator, String quota, String value, String measure, String comment) {}
