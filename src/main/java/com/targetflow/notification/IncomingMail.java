package com.targetflow.notification;

import java.util.List;

/**
 * A message from TargetFlow's mailbox, as the features need it: who sent it, its text, the
 * iCalendar objects it carries (inline text/calendar or an attached .ics), and which of
 * TargetFlow's own mails it answers (In-Reply-To and References), with that mail's meeting.
 */
public record IncomingMail(
        String messageKey,
        String from,
        String subject,
        String text,
        List<String> calendars,
        boolean automatic,
        Long repliesToMeetingId) {

    IncomingMail withMeeting(Long meetingId) {
        return new IncomingMail(messageKey, from, subject, text, calendars, automatic, meetingId);
    }
}
