package com.targetflow.meetings;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Attendee;
import com.targetflow.notification.InboundMailHandler;
import com.targetflow.notification.InboundOutcome;
import com.targetflow.notification.IncomingMail;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.organisation.PersonRole;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Mail about meetings that arrives in TargetFlow's mailbox. A calendar's answer to an invitation
 * (iTIP REPLY: Accept, Decline, Tentative from Outlook, Apple Mail, Thunderbird or a phone) is
 * matched by the meeting's UID and the attendee: Accept and Decline complete that invitee's 参会回执
 * (Decline with the calendar's comment, or the mail's text, as the reason), anything else leaves it
 * open with a note. An answer from someone not invited, to a cancelled, held or since moved meeting,
 * or to a reply already given is recorded and changes nothing. A plain reply to a meeting's mail is
 * forwarded to whoever prepared the meeting.
 */
@Component
class CalendarReplies implements InboundMailHandler {

    private static final int MAX_REASON = 1000;

    private final MeetingRepository meetings;
    private final InviteeRepository invitees;
    private final People people;
    private final TaskService tasks;
    private final MeetingMails mails;
    private final MessageSource messages;

    CalendarReplies(
            MeetingRepository meetings,
            InviteeRepository invitees,
            People people,
            TaskService tasks,
            MeetingMails mails,
            MessageSource messages) {
        this.meetings = meetings;
        this.invitees = invitees;
        this.people = people;
        this.tasks = tasks;
        this.mails = mails;
        this.messages = messages;
    }

    @Override
    public Optional<Handled> handle(IncomingMail mail) {
        for (String text : mail.calendars()) {
            ICalendar calendar = parse(text);
            if (calendar != null
                    && calendar.getMethod() != null
                    && calendar.getMethod().isReply()
                    && !calendar.getEvents().isEmpty()) {
                return Optional.of(answer(mail, calendar.getEvents().get(0)));
            }
        }
        if (mail.repliesToMeetingId() != null) {
            return meetings.findById(mail.repliesToMeetingId()).map(meeting -> forward(mail, meeting));
        }
        return Optional.empty();
    }

    private Handled answer(IncomingMail mail, VEvent event) {
        String uid = event.getUid() == null ? null : event.getUid().getValue();
        Attendee attendee =
                event.getAttendees().isEmpty() ? null : event.getAttendees().get(0);
        String address = attendee == null || attendee.getEmail() == null
                ? null
                : attendee.getEmail().toLowerCase(Locale.ROOT);
        Meeting meeting = uid == null ? null : meetings.findByCalendarUid(uid).orElse(null);
        if (meeting == null) {
            return new Handled(InboundOutcome.IGNORED_UNKNOWN_MEETING, null, address, uid);
        }
        Long id = meeting.getId();
        // The answer must come from the invitee it speaks for: nobody answers for another unit's person.
        Optional<Invitee> invitee = address == null || !address.equals(mail.from())
                ? Optional.empty()
                : invitees.findByMeetingOrderByUnitCodeAscIdAsc(meeting).stream()
                        .filter(i -> address.equalsIgnoreCase(i.getPerson().getEmail()))
                        .findFirst();
        if (invitee.isEmpty()) {
            return new Handled(InboundOutcome.IGNORED_NOT_INVITEE, id, address, "from " + mail.from());
        }
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            return new Handled(InboundOutcome.IGNORED_CANCELLED, id, address, null);
        }
        if (meeting.getStatus() == MeetingStatus.HELD) {
            return new Handled(InboundOutcome.IGNORED_HELD, id, address, null);
        }
        int sequence = event.getSequence() == null || event.getSequence().getValue() == null
                ? 0
                : event.getSequence().getValue();
        if (sequence < meeting.getCalendarSequence()) {
            return new Handled(
                    InboundOutcome.IGNORED_OUTDATED,
                    id,
                    address,
                    "sequence " + sequence + " < " + meeting.getCalendarSequence());
        }
        Person person = invitee.get().getPerson();
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(MeetingService.businessKey(id))
                .taskDefinitionKey(MeetingInvitations.REPLY_TASK)
                .taskAssignee(person.getUsername())
                .singleResult();
        if (task == null) {
            return new Handled(InboundOutcome.IGNORED_ANSWERED, id, address, null);
        }
        String partstat = attendee.getParticipationStatus() == null
                ? "NEEDS-ACTION"
                : attendee.getParticipationStatus().getValue().toUpperCase(Locale.ROOT);
        String comment = comment(mail, event);
        switch (partstat) {
            case "ACCEPTED" -> {
                tasks.createComment(task.getId(), task.getProcessInstanceId(), text("meeting.calendar-reply.attend"));
                tasks.complete(task.getId(), Map.of("reply", Reply.ATTEND.name()));
                return new Handled(InboundOutcome.ANSWERED_ATTEND, id, address, comment);
            }
            case "DECLINED" -> {
                String reason = comment == null ? text("meeting.calendar-reply.no-reason") : cut(comment);
                tasks.createComment(
                        task.getId(), task.getProcessInstanceId(), text("meeting.calendar-reply.absent", reason));
                tasks.complete(task.getId(), Map.of("reply", Reply.ABSENT.name(), "reason", reason));
                return new Handled(InboundOutcome.ANSWERED_ABSENT, id, address, reason);
            }
            default -> {
                String answer = messages.getMessage(
                        "meeting.calendar-reply.partstat." + partstat, null, partstat, Locale.SIMPLIFIED_CHINESE);
                tasks.createComment(
                        task.getId(),
                        task.getProcessInstanceId(),
                        text("meeting.calendar-reply.noted", answer, comment == null ? "" : cut(comment))
                                .strip());
                return new Handled(
                        InboundOutcome.NOTED,
                        id,
                        address,
                        comment == null
                                ? answer
                                : messages.getMessage(
                                        "text.about", new Object[] {answer, cut(comment)}, Locale.SIMPLIFIED_CHINESE));
            }
        }
    }

    private Handled forward(IncomingMail mail, Meeting meeting) {
        List<Person> organizers = Optional.ofNullable(meeting.getPreparedBy())
                .flatMap(people::findByUsername)
                .map(List::of)
                .orElseGet(() -> people.findByRoleOrderByUsername(PersonRole.MANAGER));
        organizers.forEach(
                organizer -> mails.forwardedReply(meeting, organizer, mail.from(), mail.subject(), mail.text()));
        return new Handled(
                InboundOutcome.FORWARDED,
                meeting.getId(),
                null,
                "to "
                        + String.join(
                                ", ",
                                organizers.stream().map(Person::getUsername).toList()));
    }

    /** What the invitee wrote: the calendar's COMMENT (Outlook, Thunderbird), else the mail's own text (Apple Mail). */
    private static String comment(IncomingMail mail, VEvent event) {
        String comment = event.getComments().isEmpty()
                ? null
                : event.getComments().get(0).getValue();
        if (comment == null || comment.isBlank()) {
            comment = mail.text();
        }
        return comment == null || comment.isBlank() ? null : comment.strip();
    }

    private static ICalendar parse(String text) {
        try {
            return Biweekly.parse(text).first();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static String cut(String text) {
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON);
    }

    /** Notes on a task are written for the office, in Chinese, as the calendar entries are. */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
