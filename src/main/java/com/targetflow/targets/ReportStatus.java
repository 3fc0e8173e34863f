package com.targetflow.targets;

/** 进展填报: submitted by the unit, then approved or returned by the district. */
public enum ReportStatus {
    SUBMITTED,
    APPROVED,
    RETURNED
}
