package com.targetflow.inspections;

/** What the decision inspection-result makes of a checklist. */
public enum InspectionOutcome {
    /** 合格. */
    PASS,
    /** 整改: the owning unit puts it right within the days allowed. */
    RECTIFY,
    /** 不合格: serious; the unit leader is told at once, and the unit rectifies too. */
    FAIL
}
