package com.targetflow.meetings;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.parameter.ParticipationStatus;
import biweekly.parameter.Role;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;
import com.targetflow.notification.MailInboxProperties;
import com.targetflow.notification.MailMessage;
import com.targetflow.notification.NotificationProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The iCalendar (RFC 5545) object of a meeting for one invitee, as an iTIP REQUEST (new or moved;
 * same UID, SEQUENCE counting the changes) or CANCEL. Times are written in the district's zone
 * with its VTIMEZONE, built here rather than downloaded (biweekly can fetch one from tzurl.org;
 * nothing may be fetched at run time, and a zone without daylight saving needs one rule only).
 */
@Component
class MeetingIcs {

    private final MeetingProperties properties;
    private final NotificationProperties notification;
    private final MailInboxProperties inbox;
    private final Clock clock;
    private final String organizerName;

    MeetingIcs(
            MeetingProperties properties,
            NotificationProperties notification,
            MailInboxProperties inbox,
            Clock clock,
            MessageSource messages) {
        this.properties = properties;
        this.notification = notification;
        this.inbox = inbox;
        this.clock = clock;
        // Calendar data is written once for everyone, in the office's language.
        this.organizerName = messages.getMessage("meeting.ics.organizer", null, Locale.SIMPLIFIED_CHINESE);
    }

    /** The entry, and where to answer it: the reply task on the workbench (in DESCRIPTION and URL). */
    MailMessage.CalendarPart request(
            Meeting meeting, Invitee invitee, String title, String description, String replyLink) {
        return part(Method.REQUEST, meeting, invitee, title, description, replyLink);
    }

    MailMessage.CalendarPart cancel(
            Meeting meeting, Invitee invitee, String title, String description, String meetingLink) {
        return part(Method.CANCEL, meeting, invitee, title, description, meetingLink);
    }

    private MailMessage.CalendarPart part(
            String method, Meeting meeting, Invitee invitee, String title, String description, String link) {
        ZoneId zone = properties.zone();
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//TargetFlow//Meetings//ZH");
        calendar.setMethod(method);
        calendar.getTimezoneInfo()
                .setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(zone), timezone(zone)));

        VEvent event = new VEvent();
        event.setUid(meeting.getCalendarUid());
        event.setSequence(meeting.getCalendarSequence());
        event.setDateTimeStamp(Date.from(clock.instant()));
        event.setDateStart(Date.from(meeting.getStartsAt().atZone(zone).toInstant()));
        event.setDateEnd(Date.from(meeting.getEndsAt().atZone(zone).toInstant()));
        event.setSummary(title);
        event.setLocation(meeting.getPlace());
        event.setDescription(description);
        event.setUrl(link);
        boolean cancelled = Method.CANCEL.equals(method);
        event.setStatus(cancelled ? Status.cancelled() : Status.confirmed());
        // Calendars send their answers to the organizer: TargetFlow's mailbox when one is read.
        String answersTo = inbox.replyAddress();
        Organizer organizer = new Organizer(
                organizerName,
                answersTo != null ? answersTo : notification.mail().from());
        event.setOrganizer(organizer);
        Attendee attendee =
                new Attendee(invitee.getPerson().getName(), invitee.getPerson().getEmail());
        attendee.setRole(Role.ATTENDEE);
        if (!cancelled) {
            // Without a mailbox to read, a calendar's Accept or Decline would go nowhere and the reply task
            // would stay open: calendars are then told not to ask, and the entry links to the reply task.
            attendee.setRsvp(answersTo != null);
            attendee.setParticipationStatus(ParticipationStatus.NEEDS_ACTION);
        }
        event.addAttendee(attendee);
        calendar.addEvent(event);
        return new MailMessage.CalendarPart(
                method, IcsLines.fold(Biweekly.write(calendar).go()));
    }

    /** A VTIMEZONE with one standard-time rule: right for zones without daylight saving, such as Asia/Shanghai. */
    private static VTimezone timezone(ZoneId zone) {
        ZoneOffset offset = zone.getRules().getStandardOffset(Instant.now());
        int seconds = offset.getTotalSeconds();
        UtcOffset utc = new UtcOffset(seconds >= 0, Math.abs(seconds) / 3600, Math.abs(seconds) % 3600 / 60);
        StandardTime standard = new StandardTime();
        standard.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
        standard.setTimezoneOffsetFrom(utc);
        standard.setTimezoneOffsetTo(utc);
        standard.addTimezoneName("Asia/Shanghai".equals(zone.getId()) ? "CST" : zone.getId());
        VTimezone timezone = new VTimezone(zone.getId());
        timezone.addStandardTime(standard);
        return timezone;
    }
}
