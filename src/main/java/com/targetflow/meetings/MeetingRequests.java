package com.targetflow.meetings;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;

/** What the meeting API accepts. */
final class MeetingRequests {

    private MeetingRequests() {}

    /** A meeting started by hand, outside the plan's schedule. */
    record NewMeeting(@NotNull MeetingType type, @NotNull LocalDate date) {}

    /** A new date; with times and place once the invitations are out. */
    record Reschedule(@NotNull LocalDate date, LocalTime start, LocalTime end, String place) {}

    record Cancel(String reason) {}
}
