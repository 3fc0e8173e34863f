package com.targetflow.targets;

import com.targetflow.models.FormRows;

/**
 * A unit's target as 确认目标 and 处理异议 list it: what it is, how much by when, and the unit's
 * objection to it, if any (empty when none). Numbers as text, the way the forms show them.
 */
@FormRows(
        forms = {"confirm-targets", "resolve-objection"},
        path = "targets")
public record TargetShown(
        String indicatorCode,
        String indicator,
        String quota,
        String measure,
        String dueDate,
        String objection,
        String proposedQuota) {}
