package com.targetflow.meetings;

/** PLANNED (a date only) → INVITED (prepared, invitations out) → HELD (recorded); or CANCELLED before it is held. */
public enum MeetingStatus {
    PLANNED,
    INVITED,
    HELD,
    CANCELLED
}
