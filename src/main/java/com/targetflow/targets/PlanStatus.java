package com.targetflow.targets;

/** A plan is a draft until it is issued; once issued, its processes run for the year. */
public enum PlanStatus {
    DRAFT,
    ISSUED
}
