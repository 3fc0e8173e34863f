package com.targetflow.targets;

/** What a plan copied to the next year takes as its quotas. */
public enum CopyBasis {
    /** The old plan's quotas. */
    QUOTAS,
    /** What each unit reached: the audited value, else the latest approved one, else the old quota. */
    ACTUALS
}
