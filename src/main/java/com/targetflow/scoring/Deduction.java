package com.targetflow.scoring;

/** What costs a unit points (扣分) at the year's end; the points per case are in score-deduction.dmn. */
public enum Deduction {
    /** A task of the unit escalated to the district (督办, red). */
    ESCALATED_TASK,
    /** A re-inspection (复查) of the unit's facility that still failed. */
    FAILED_REINSPECTION
}
