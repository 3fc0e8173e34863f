package com.targetflow.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The times the secretary-meeting process waits for, read by its expressions
 * (${meetingCalendar.startsAt(meetingId)} …): when the meeting starts, when each reminder is due,
 * when a reply or the record is due. Everything comes from the meeting's row, so that a moved
 * meeting moves its timers when the process re-enters the invitation sub-process.
 */
@Component("meetingCalendar")
@Transactional(readOnly = true)
public class MeetingCalendar {

    private final MeetingService meetings;
    private final MeetingProperties properties;
    private final Clock clock;

    MeetingCalendar(MeetingService meetings, MeetingProperties properties, Clock clock) {
        this.meetings = meetings;
        this.properties = properties;
        this.clock = clock;
    }

    public Date startsAt(long meetingId) {
        return date(meetings.find(meetingId).getStartsAt());
    }

    /** The manager prepares a meeting two weeks ahead of its planned date (targetflow.meetings.prepare-ahead). */
    public Date prepareDue(long meetingId) {
        Meeting meeting = meetings.find(meetingId);
        ZonedDateTime due = meeting.getPlannedDate()
                .atTime(properties.defaultStart())
                .atZone(properties.zone())
                .minus(properties.prepareAhead());
        ZonedDateTime soonest = ZonedDateTime.now(clock).plusDays(1);
        return Date.from((due.isBefore(soonest) ? soonest : due).toInstant());
    }

    /** Replies are due a day before the first reminder, so that the overdue notice (催办) comes first; never sooner than a day from now. */
    public Date replyDue(long meetingId) {
        Meeting meeting = meetings.find(meetingId);
        Duration longest = properties.remindersFor(meeting.getType()).get(0);
        ZonedDateTime start = meeting.getStartsAt().atZone(properties.zone());
        ZonedDateTime due = start.minus(longest).minusDays(1);
        ZonedDateTime soonest = ZonedDateTime.now(clock).plusDays(1);
        if (due.isBefore(soonest)) {
            due = soonest.isBefore(start) ? soonest : start.minusHours(1);
        }
        return Date.from(due.toInstant());
    }

    /** A week after the meeting, the manager should have recorded it. */
    public Date recordDue(long meetingId) {
        return date(meetings.find(meetingId).getStartsAt().plusDays(7));
    }

    /** Whether a reminder falls after the given moment and before the meeting. */
    public boolean hasReminderAfter(long meetingId, Date after) {
        return nextReminder(meetingId, after) != null;
    }

    public Date nextReminderAfter(long meetingId, Date after) {
        Date next = nextReminder(meetingId, after);
        if (next == null) {
            throw new IllegalStateException("No reminder of meeting " + meetingId + " after " + after);
        }
        return next;
    }

    private Date nextReminder(long meetingId, Date after) {
        Meeting meeting = meetings.find(meetingId);
        ZonedDateTime start = meeting.getStartsAt().atZone(properties.zone());
        List<Duration> leads = properties.remindersFor(meeting.getType());
        for (Duration lead : leads) {
            Date at = Date.from(start.minus(lead).toInstant());
            if (at.after(after)) {
                return at;
            }
        }
        return null;
    }

    /** The invitees' user names, for the multi-instance reply task. */
    public List<String> invitees(long meetingId) {
        return meetings.inviteesOf(meetings.find(meetingId)).stream()
                .map(i -> i.getPerson().getUsername())
                .toList();
    }

    /** The group (unit code) that carries out an action item. */
    public String unitOf(long actionItemId) {
        return meetings.actionItem(actionItemId).getUnit().getCode();
    }

    public Date actionItemDue(long actionItemId) {
        return date(meetings.actionItem(actionItemId).getDueDate().atTime(17, 30));
    }

    private Date date(LocalDateTime local) {
        return Date.from(local.atZone(properties.zone()).toInstant());
    }
}
