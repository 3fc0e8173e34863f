package com.targetflow.organisation;

/** How often a person gets the digest of their open work by mail. */
public enum DigestFrequency {
    OFF,
    /** Every working day, in the morning. */
    DAILY,
    /** On the first working day of each week, in the morning. */
    WEEKLY;

    /** Secretaries-general do the units' tasks: they get the weekly digest unless they choose otherwise. */
    static DigestFrequency defaultFor(PersonRole role) {
        return role == PersonRole.SECRETARY_GENERAL ? WEEKLY : OFF;
    }
}
