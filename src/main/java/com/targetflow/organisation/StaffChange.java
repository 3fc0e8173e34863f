package com.targetflow.organisation;

import com.targetflow.notification.MailKind;
import com.targetflow.notification.MailMessage;
import com.targetflow.notification.MailOutbox;
import com.targetflow.notification.NotificationProperties;
import com.targetflow.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 人员变动 in one step: the successor takes the leaver's role and unit (and so their groups), every
 * feature hands the leaver's open work to the successor, the leaver is deactivated — they cannot sign
 * in and get no more work, but history, reports and scores keep their name — and the successor gets
 * one mail listing what arrived. All in one transaction: a refused change leaves nothing half done.
 */
@Service
@Transactional
public class StaffChange {

    public record HandedOver(String leaver, String successor, List<WorkHandover.Item> moved) {}

    private final PersonRepository people;
    private final List<WorkHandover> features;
    private final ApplicationEventPublisher events;
    private final MailOutbox outbox;
    private final NotificationProperties links;
    private final Clock clock;
    private final MessageSource messages;

    StaffChange(
            PersonRepository people,
            List<WorkHandover> features,
            ApplicationEventPublisher events,
            MailOutbox outbox,
            NotificationProperties links,
            Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.people = people;
        this.features = features;
        this.events = events;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
    }

    public HandedOver handOver(String leaverUsername, String successorUsername, String by) {
        Person leaver = people.findByUsername(leaverUsername)
                .orElseThrow(() -> ApiException.notFound("error.person.not-found", leaverUsername));
        if (!leaver.isActive()) {
            throw ApiException.conflict("username", "error.handover.left-already", leaver.getName(), leaverUsername);
        }
        if (successorUsername == null || successorUsername.isBlank()) {
            throw ApiException.badField("successor", "error.handover.successor.missing");
        }
        Person successor = people.findByUsername(successorUsername.strip())
                .orElseThrow(() ->
                        ApiException.badField("successor", "error.handover.successor.unknown", successorUsername));
        if (successor.getUsername().equals(leaver.getUsername())) {
            throw ApiException.badField("successor", "error.handover.successor.self");
        }
        if (!successor.isActive()) {
            throw ApiException.badField(
                    "successor", "error.handover.successor.left", successor.getName(), successor.getUsername());
        }
        successor.update(
                successor.getName(),
                successor.getEmail(),
                successor.getPhone(),
                successor.getLanguage(),
                leaver.getRole(),
                leaver.getUnit());
        events.publishEvent(new PersonChanged(
                successor.getUsername(),
                successor.getName(),
                successor.getEmail(),
                successor.getRole(),
                successor.getUnit().getCode(),
                null));
        leaver.leave(successor.getUsername(), Instant.now(clock));
        PersonLeft left = new PersonLeft(
                leaver.getUsername(), leaver.getName(), successor.getUsername(), successor.getName(), by);
        List<WorkHandover.Item> moved = new ArrayList<>();
        for (WorkHandover feature : features) {
            moved.addAll(feature.handOver(left));
        }
        events.publishEvent(left);
        tell(successor, leaver, moved);
        return new HandedOver(leaver.getUsername(), successor.getUsername(), moved);
    }

    /** One mail to the successor: whose work they took over, their role and unit now, and each item. */
    private void tell(Person successor, Person leaver, List<WorkHandover.Item> moved) {
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
                moved.stream()
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
