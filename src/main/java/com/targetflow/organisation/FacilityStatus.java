package com.targetflow.organisation;

/** Where a facility stands; inspections (a later feature) move it between these. */
public enum FacilityStatus {
    NOT_INSPECTED,
    QUALIFIED,
    RECTIFYING,
    UNQUALIFIED,
    CLOSED
}
