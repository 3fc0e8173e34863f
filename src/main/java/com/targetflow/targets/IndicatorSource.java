package com.targetflow.targets;

/** Who supplies an indicator's value: the unit's own reports, or another process that counts it. */
public enum IndicatorSource {
    REPORTED,
    MEETINGS,
    INSPECTIONS
}
