package com.targetflow.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A meeting as the API and the meeting page show it. */
public record MeetingView(
        long id,
        int year,
        MeetingType type,
        String typeName,
        LocalDate plannedDate,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String place,
        String agenda,
        String trainingTopic,
        String trainer,
        MeetingStatus status,
        int calendarSequence,
        String cancelReason,
        Replies replies,
        AttendanceCount attendance,
        String minutes,
        Boolean trainingDelivered,
        String decisions,
        List<InviteeView> invitees,
        List<ActionItemView> actionItems) {

    public record Replies(long attend, long deputy, long absent, long none) {}

    public record AttendanceCount(long present, long deputy, long absent) {}

    public record InviteeView(
            String unitCode,
            String unitName,
            String username,
            String name,
            Reply reply,
            String deputyName,
            String reason,
            Attendance attendance) {}

    public record ActionItemView(
            long id,
            String unitCode,
            String unitName,
            String title,
            LocalDate dueDate,
            ActionItemStatus status,
            String result,
            String reviewComment) {}
}
