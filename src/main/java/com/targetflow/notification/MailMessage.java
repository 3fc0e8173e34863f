package com.targetflow.notification;

import com.targetflow.organisation.Language;
import java.util.Map;

/**
 * A mail to be sent: who gets it, what kind, the values its template shows, and optionally an
 * iCalendar part. The meeting and task ids are kept with the record (and the task id becomes the
 * mail's link to the Tasklist).
 */
public record MailMessage(
        Recipient recipient,
        MailKind kind,
        Map<String, Object> model,
        CalendarPart calendar,
        Long meetingId,
        String taskId) {

    public record Recipient(String username, String email, Language language) {}

    /** An iCalendar object and its iTIP method (REQUEST, CANCEL). */
    public record CalendarPart(String method, String text) {}
}
