package com.targetflow.meetings;

import java.time.LocalDate;
import java.util.List;

/** 会议记录 as the manager's form gave it: who came, the minutes, and the action items given to units. */
public record MeetingRecorded(
        long meetingId,
        List<Presence> attendance,
        String minutes,
        boolean trainingDelivered,
        String decisions,
        List<ItemGiven> actionItems,
        String recordedBy) {

    /** One invitee's attendance (null: none readable). */
    public record Presence(String username, Attendance attendance) {}

    /** An action item for a unit, due by a day (null fields: none readable). */
    public record ItemGiven(String title, String unitCode, LocalDate dueDate) {}
}
