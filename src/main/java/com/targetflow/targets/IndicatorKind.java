package com.targetflow.targets;

/** How an indicator is measured: a count, a coverage rate in percent, or a milestone done or not. */
public enum IndicatorKind {
    COUNT,
    COVERAGE,
    MILESTONE
}
