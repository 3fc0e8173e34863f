package com.targetflow.notification;

import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.security.PasswordLinkIssued;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The mail with a password link: an invitation to a new account, or a reset, valid until the time it says. */
@Component
class PasswordLinkMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final People people;
    private final MailOutbox outbox;
    private final NotificationProperties links;
    private final Clock clock;

    PasswordLinkMail(People people, MailOutbox outbox, NotificationProperties links, Clock clock) {
        this.people = people;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
    }

    @EventListener
    void send(PasswordLinkIssued issued) {
        Person person = people.findByUsername(issued.username()).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("name", person.getName());
        model.put("username", person.getUsername());
        model.put("link", links.link(issued.path()));
        model.put("expires", WHEN.format(LocalDateTime.ofInstant(issued.expires(), clock.getZone())));
        model.put("invitation", issued.invitation());
        outbox.queue(new MailMessage(
                new MailMessage.Recipient(person.getUsername(), person.getEmail(), person.getLanguage()),
                issued.invitation() ? MailKind.ACCOUNT_INVITATION : MailKind.ACCOUNT_RESET,
                model,
                null,
                null,
                null));
    }
}
