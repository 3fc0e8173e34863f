package com.targetflow.calendar;

import com.targetflow.notification.MailKind;
import com.targetflow.notification.MailMessage;
import com.targetflow.notification.MailOutbox;
import com.targetflow.notification.NotificationProperties;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.organisation.PersonRole;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The weekly reminder, from 1 November, that next year's holidays are not entered yet. */
@Service
@Transactional
public class CalendarReminder {

    private final CalendarYears calendar;
    private final People people;
    private final MailOutbox outbox;
    private final NotificationProperties links;

    CalendarReminder(CalendarYears calendar, People people, MailOutbox outbox, NotificationProperties links) {
        this.calendar = calendar;
        this.people = people;
        this.outbox = outbox;
        this.links = links;
    }

    /** Mails every administrator and manager when next year is missing; returns how many were told. */
    public int remindIfMissing() {
        Integer year = calendar.missingNextYear().orElse(null);
        if (year == null) {
            return 0;
        }
        List<Person> told = Stream.of(PersonRole.ADMINISTRATOR, PersonRole.MANAGER)
                .flatMap(role -> people.findByRoleOrderByUsername(role).stream())
                .filter(person ->
                        person.getEmail() != null && !person.getEmail().isBlank())
                .toList();
        for (Person person : told) {
            Map<String, Object> model = new HashMap<>();
            model.put("name", person.getName());
            model.put("year", year);
            model.put("calendarLink", links.link("/calendar/" + year));
            model.put("subjectArgs", new Object[] {year});
            outbox.queue(new MailMessage(
                    new MailMessage.Recipient(person.getUsername(), person.getEmail(), person.getLanguage()),
                    MailKind.CALENDAR_MISSING,
                    model,
                    null,
                    null,
                    null));
        }
        return told.size();
    }
}
