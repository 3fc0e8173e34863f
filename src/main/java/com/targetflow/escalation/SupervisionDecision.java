package com.targetflow.escalation;

/** What the district decides in a 督办. */
public enum SupervisionDecision {
    /** Give the unit more time: a new due date, with a reason; the ladder starts again from it. */
    EXTEND,
    /** Hand the task to another of the unit's people. */
    REASSIGN,
    /** Send the unit's leaders a formal notice (督办通知). */
    NOTICE
}
