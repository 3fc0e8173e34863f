package com.targetflow.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** 筹备会议 as the manager's form gave it (a field left null could not be read, which the reading named). */
public record PrepareMeeting(
        long meetingId,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        String place,
        String agenda,
        String trainingTopic,
        String trainer,
        List<String> invitees,
        String preparedBy) {}
