package com.targetflow.meetings;

import com.targetflow.notification.MailInboxProperties;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.MailMessage;
import com.targetflow.notification.MailOutbox;
import com.targetflow.notification.NotificationProperties;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.Person;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Composes every mail about a meeting, in each recipient's language, and hands it to the outbox. */
@Component
@Transactional
class MeetingMails {

    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MailOutbox outbox;
    private final MeetingIcs ics;
    private final MessageSource messages;
    private final NotificationProperties links;
    private final MailInboxProperties inbox;

    MeetingMails(
            MailOutbox outbox,
            MeetingIcs ics,
            MessageSource messages,
            NotificationProperties links,
            MailInboxProperties inbox) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.ics = ics;
        this.messages = messages;
        this.links = links;
    }

    /** The invitation (or, after a move, the updated one) with its calendar entry, linking to the reply task. */
    void invitation(Meeting meeting, Invitee invitee, String replyTaskId) {
        MailKind kind = meeting.getCalendarSequence() > 0 ? MailKind.INVITATION_UPDATE : MailKind.INVITATION;
        Map<String, Object> model = model(meeting, invitee.getPerson());
        model.put("calendarAnswers", inbox.configured());
        outbox.queue(new MailMessage(
                recipient(invitee.getPerson()),
                kind,
                model,
                ics.request(
                        meeting,
                        invitee,
                        (String) model.get("title"),
                        description(meeting, invitee.getPerson(), links.taskLink(replyTaskId)),
                        links.taskLink(replyTaskId)),
                meeting.getId(),
                replyTaskId));
    }

    void cancellation(Meeting meeting, Invitee invitee) {
        Map<String, Object> model = model(meeting, invitee.getPerson());
        model.put("reason", meeting.getCancelReason());
        outbox.queue(new MailMessage(
                recipient(invitee.getPerson()),
                MailKind.CANCELLATION,
                model,
                ics.cancel(
                        meeting,
                        invitee,
                        (String) model.get("title"),
                        description(meeting, invitee.getPerson(), null),
                        (String) model.get("meetingLink")),
                meeting.getId(),
                null));
    }

    void reminder(Meeting meeting, Invitee invitee, String openReplyTaskId) {
        Map<String, Object> model = model(meeting, invitee.getPerson());
        model.put(
                "reply", invitee.getReply() == null ? null : invitee.getReply().name());
        model.put("deputyName", invitee.getDeputyName());
        outbox.queue(new MailMessage(
                recipient(invitee.getPerson()), MailKind.REMINDER, model, null, meeting.getId(), openReplyTaskId));
    }

    void minutes(Meeting meeting, Invitee invitee, List<ActionItem> items) {
        Map<String, Object> model = model(meeting, invitee.getPerson());
        Language language = invitee.getPerson().getLanguage();
        model.put("minutes", meeting.getMinutes());
        model.put("decisions", meeting.getDecisions());
        model.put("trainingDelivered", Boolean.TRUE.equals(meeting.getTrainingDelivered()));
        model.put(
                "attendance",
                invitee.getAttendance() == null ? null : invitee.getAttendance().name());
        model.put(
                "actionItems",
                items.stream()
                        .map(i -> Map.of(
                                "unit",
                                i.getUnit().displayName(language),
                                "title",
                                i.getTitle(),
                                "due",
                                i.getDueDate().toString()))
                        .toList());
        outbox.queue(
                new MailMessage(recipient(invitee.getPerson()), MailKind.MINUTES, model, null, meeting.getId(), null));
    }

    void actionItem(ActionItem item, Person person, String taskId, boolean returned) {
        Meeting meeting = item.getMeeting();
        Map<String, Object> model = model(meeting, person);
        model.put("itemTitle", item.getTitle());
        model.put("itemDue", item.getDueDate().toString());
        model.put("reviewComment", item.getReviewComment());
        model.put("returned", returned);
        model.put("subjectArgs", new Object[] {item.getTitle()});
        outbox.queue(new MailMessage(
                recipient(person),
                returned ? MailKind.ACTION_ITEM_RETURNED : MailKind.ACTION_ITEM,
                model,
                null,
                meeting.getId(),
                taskId));
    }

    /** A plain reply to one of the meeting's mails, passed on to whoever prepared the meeting. */
    void forwardedReply(Meeting meeting, Person organizer, String sender, String subject, String text) {
        Map<String, Object> model = model(meeting, organizer);
        model.put("sender", sender);
        model.put("originalSubject", subject == null ? "" : subject);
        model.put(
                "text",
                text == null || text.isBlank()
                        ? messages.getMessage(
                                "mail.forwarded.empty",
                                null,
                                organizer.getLanguage().locale())
                        : text);
        outbox.queue(
                new MailMessage(recipient(organizer), MailKind.REPLY_FORWARDED, model, null, meeting.getId(), null));
    }

    /** What every meeting mail shows: title, time, place, agenda, training. */
    private Map<String, Object> model(Meeting meeting, Person person) {
        Locale locale = person.getLanguage().locale();
        String typeName =
                messages.getMessage("meeting.type." + meeting.getType().name(), null, locale);
        String when = meeting.getStartsAt() == null
                ? meeting.getPlannedDate().toString()
                : (person.getLanguage() == Language.EN ? EN : ZH).format(meeting.getStartsAt()) + "–"
                        + TIME.format(meeting.getEndsAt());
        String title = messages.getMessage(
                "meeting.title",
                new Object[] {typeName, meeting.getPlannedDate().toString()},
                locale);
        Map<String, Object> model = new HashMap<>();
        model.put("name", person.getName());
        model.put("title", title);
        model.put("when", when);
        model.put("place", meeting.getPlace());
        model.put("agenda", meeting.getAgenda());
        model.put("trainingTopic", meeting.getTrainingTopic());
        model.put("trainer", meeting.getTrainer());
        model.put("meetingLink", links.link("/meetings/" + meeting.getId()));
        model.put("subjectArgs", new Object[] {title});
        return model;
    }

    /** The agenda and training, and (for an invitation) where to answer it. */
    private String description(Meeting meeting, Person person, String replyLink) {
        Locale locale = person.getLanguage().locale();
        StringBuilder text = new StringBuilder();
        if (meeting.getAgenda() != null) {
            text.append(messages.getMessage("meeting.agenda", null, locale))
                    .append(": ")
                    .append(meeting.getAgenda());
        }
        if (meeting.getTrainingTopic() != null) {
            text.append("\n")
                    .append(messages.getMessage("meeting.training", null, locale))
                    .append(": ")
                    .append(meeting.getTrainingTopic());
            if (meeting.getTrainer() != null) {
                text.append(" (").append(meeting.getTrainer()).append(")");
            }
        }
        if (replyLink != null) {
            text.append(text.length() > 0 ? "\n" : "")
                    .append(messages.getMessage(
                            inbox.configured() ? "meeting.ics.reply-calendar" : "meeting.ics.reply",
                            new Object[] {replyLink},
                            locale));
        }
        return text.toString();
    }

    private static MailMessage.Recipient recipient(Person person) {
        return new MailMessage.Recipient(person.getUsername(), person.getEmail(), person.getLanguage());
    }
}
