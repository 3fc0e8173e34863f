package com.targetflow.targets;

import com.targetflow.models.FormRows;

/**
 * One target in 进展填报 and 自评: the target, the highest value the server takes ({@code max}, so that
 * the form refuses more before sending), the value last reported (so a returned report comes back
 * filled in; empty at first) and the reviewer's comment when it was returned (else empty).
 */
@FormRows(
        forms = {"report-progress", "self-assessment"},
        path = "values")
public record ValueAsked(
        String indicatorCode, String indicator, String quota, String measure, int max, String value, String comment) {}
