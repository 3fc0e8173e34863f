package com.targetflow.notification;

import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.organisation.WorkHandedOver;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One mail to the successor of a staff change: whose work they took over, their role and unit now, and
 * each item. Queued in the change's own transaction (a synchronous listener), so a refused change sends
 * nothing.
 */
@Component
class HandoverMail {

    private final People people;
    private final MailOutbox outbox;
    private final NotificationProperties links;
    private final MessageSource messages;

    HandoverMail(People people, MailOutbox outbox, NotificationProperties links, MessageSource messages) {
        this.people = people;
        this.outbox = outbox;
        this.links = links;
        this.messages = messages;
    }

    @EventListener
    void tell(WorkHandedOver handover) {
        Person successor = people.findByUsername(handover.successor()).orElseThrow();
        Person leaver = people.findByUsername(handover.leaver()).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("name", successor.getName());
        model.put("leaverName", leaver.getName());
        model.put(
                "roleName",
                messages.getMessage(
                        "role." + successor.getRole().name(),
                        null,
                        successor.getLanguage().locale()));
        model.put("unitName", successor.getUnit().displayName(successor.getLanguage()));
        model.put(
                "items",
                handover.moved().stream()
                        .map(i -> Map.of("title", i.title(), "link", i.link()))
                        .toList());
        model.put("workbenchLink", links.link("/"));
        model.put("subjectArgs", new Object[] {leaver.getName()});
        outbox.queue(new MailMessage(
                new MailMessage.Recipient(successor.getUsername(), successor.getEmail(), successor.getLanguage()),
                MailKind.STAFF_HANDOVER,
                model,
                null,
                null,
                null));
    }
}
