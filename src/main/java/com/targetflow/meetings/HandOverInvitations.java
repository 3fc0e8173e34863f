package com.targetflow.meetings;

import com.targetflow.notification.NotificationProperties;
import com.targetflow.organisation.People;
import com.targetflow.organisation.PersonLeft;
import com.targetflow.organisation.WorkHandover;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 人员变动: the leaver's invitations to meetings not held yet become the successor's (their reply
 * tasks move with the other tasks). A meeting the successor is already invited to keeps its one row.
 */
@Component
class HandOverInvitations implements WorkHandover {

    private final InviteeRepository invitees;
    private final People people;
    private final MessageSource messages;
    private final NotificationProperties links;

    HandOverInvitations(
            InviteeRepository invitees, People people, MessageSource messages, NotificationProperties links) {
        this.invitees = invitees;
        this.people = people;
        this.messages = messages;
        this.links = links;
    }

    @Override
    public List<Item> handOver(PersonLeft left) {
        var successor = people.findByUsername(left.successor()).orElseThrow();
        List<Item> moved = new ArrayList<>();
        for (Invitee invitee : invitees.findByPersonUsernameOrderByIdDesc(left.leaver())) {
            Meeting meeting = invitee.getMeeting();
            boolean open = meeting.getStatus() == MeetingStatus.PLANNED || meeting.getStatus() == MeetingStatus.INVITED;
            boolean alreadyInvited = invitees.findByMeetingAndPersonUsername(meeting, left.successor())
                    .isPresent();
            if (open && !alreadyInvited) {
                invitee.handOver(successor);
                Locale locale = successor.getLanguage().locale();
                String type =
                        messages.getMessage("meeting.type." + meeting.getType().name(), null, locale);
                moved.add(new Item(
                        messages.getMessage(
                                "meeting.title",
                                new Object[] {type, meeting.getPlannedDate().toString()},
                                locale),
                        links.link("/meetings/" + meeting.getId())));
            }
        }
        return moved;
    }
}
