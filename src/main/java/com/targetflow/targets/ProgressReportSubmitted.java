package com.targetflow.targets;

import java.util.List;

/** A unit's progress report for one round: a value for each of its targets and what it says about them. */
public record ProgressReportSubmitted(
        long planId, String unitCode, int round, List<ValueGiven> values, String narrative, String submittedBy) {}
