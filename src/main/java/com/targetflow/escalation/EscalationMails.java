package com.targetflow.escalation;

import com.targetflow.calendar.DistrictZone;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.MailMessage;
import com.targetflow.notification.MailOutbox;
import com.targetflow.notification.NotificationProperties;
import com.targetflow.organisation.Person;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The ladder's mails, one per person told, in that person's language, all through the outbox. */
@Component
class EscalationMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final NotificationProperties links;

    EscalationMails(MailOutbox outbox, MessageSource messages, NotificationProperties links) {
        this.outbox = outbox;
        this.messages = messages;
        this.links = links;
    }

    /** Sends the mail of this kind about the task; "linkTo" is the task the button opens. Returns who was told. */
    List<String> send(MailKind kind, WatchedTask task, List<Person> to, int daysLate, String note, String linkTo) {
        for (Person person : to) {
            var locale = person.getLanguage().locale();
            String taskName = taskName(task, locale);
            String unitName = task.getUnit() == null ? "—" : task.getUnit().displayName(person.getLanguage());
            Map<String, Object> model = new HashMap<>();
            model.put("name", person.getName());
            model.put("taskName", taskName);
            model.put("unitName", unitName);
            model.put("due", WHEN.format(task.getDueAt().atZone(DistrictZone.ZONE)));
            model.put("daysLate", daysLate);
            model.put("note", note);
            model.put("historyLink", links.link("/escalations/" + task.getTaskId()));
            model.put("subjectArgs", new Object[] {taskName, unitName});
            outbox.queue(new MailMessage(
                    new MailMessage.Recipient(person.getUsername(), person.getEmail(), person.getLanguage()),
                    kind,
                    model,
                    null,
                    null,
                    linkTo));
        }
        return to.stream().map(Person::getUsername).toList();
    }

    /** The task's name as the process named it (in Chinese), or its kind's name in another language. */
    String taskName(WatchedTask task, Locale locale) {
        if (locale.getLanguage().equals("zh")) {
            return task.getTaskName();
        }
        return messages.getMessage("task.kind." + task.getTaskKey(), null, task.getTaskName(), locale);
    }
}
