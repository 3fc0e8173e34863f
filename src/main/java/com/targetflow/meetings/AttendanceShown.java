package com.targetflow.meetings;

import com.targetflow.models.FormRows;

/**
 * One invitee in 会议记录: who (username, and unit · name as shown), what they replied, and the
 * attendance the form starts from (PRESENT, DEPUTY or ABSENT, from the reply).
 */
@FormRows(forms = "record-meeting", path = "attendance")
public record AttendanceShown(String username, String unit, String replied, String attendance) {}
