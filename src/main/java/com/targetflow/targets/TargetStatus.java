package com.targetflow.targets;

/** Where a target stands with its unit: waiting for confirmation, objected to, or confirmed. */
public enum TargetStatus {
    PENDING,
    OBJECTED,
    CONFIRMED
}
