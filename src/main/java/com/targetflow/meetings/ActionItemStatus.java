package com.targetflow.meetings;

/** OPEN with the unit → SUBMITTED to the district → ACCEPTED, or RETURNED to the unit (and open again). */
public enum ActionItemStatus {
    OPEN,
    SUBMITTED,
    RETURNED,
    ACCEPTED
}
