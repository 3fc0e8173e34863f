package com.targetflow.organisation;

import com.targetflow.domain.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 人员变动 in one step: the successor takes the leaver's role and unit (and so their groups), every
 * feature hands the leaver's open work to the successor, the leaver is deactivated — they cannot sign
 * in and get no more work, but history, reports and scores keep their name — and the successor gets
 * one mail listing what arrived (WorkHandedOver, mailed by the notification feature). All in one transaction: a refused change leaves nothing half done.
 */
@Service
@Transactional
public class StaffChange {

    public record HandedOver(String leaver, String successor, List<WorkHandover.Item> moved) {}

    private final PersonRepository people;
    private final List<WorkHandover> features;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffChange(PersonRepository people, List<WorkHandover> features, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.features = features;
        this.events = events;
        this.clock = clock;
    }

    public HandedOver handOver(String leaverUsername, String successorUsername, String by) {
        Person leaver = people.findByUsername(leaverUsername)
                .orElseThrow(() -> Refusal.notFound("error.person.not-found", leaverUsername));
        if (!leaver.isActive()) {
            throw Refusal.conflict("username", "error.handover.left-already", leaver.getName(), leaverUsername);
        }
        if (successorUsername == null || successorUsername.isBlank()) {
            throw Refusal.invalid("successor", "error.handover.successor.missing");
        }
        Person successor = people.findByUsername(successorUsername.strip())
                .orElseThrow(() -> Refusal.invalid("successor", "error.handover.successor.unknown", successorUsername));
        if (successor.getUsername().equals(leaver.getUsername())) {
            throw Refusal.invalid("successor", "error.handover.successor.self");
        }
        if (!successor.isActive()) {
            throw Refusal.invalid(
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
        events.publishEvent(new WorkHandedOver(leaver.getUsername(), successor.getUsername(), moved));
        return new HandedOver(leaver.getUsername(), successor.getUsername(), moved);
    }
}
