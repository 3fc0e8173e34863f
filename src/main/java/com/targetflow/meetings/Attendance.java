package com.targetflow.meetings;

/** Who was actually there, per invited unit, as the manager records it after the meeting. */
public enum Attendance {
    PRESENT,
    DEPUTY,
    ABSENT
}
