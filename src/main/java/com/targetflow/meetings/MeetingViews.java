package com.targetflow.meetings;

import com.targetflow.domain.Refusal;
import com.targetflow.notification.InboundMails;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import java.security.Principal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings as people may see them: district staff see every meeting; a unit sees the meetings it
 * is invited to, and in them its own invitation, attendance and action items only.
 */
@Component
@Transactional(readOnly = true)
class MeetingViews {

    private final MeetingService meetings;
    private final People people;
    private final MessageSource messages;
    private final InboundMails inbound;
    private final MeetingProperties properties;

    MeetingViews(
            MeetingService meetings,
            People people,
            MessageSource messages,
            InboundMails inbound,
            MeetingProperties properties) {
        this.meetings = meetings;
        this.people = people;
        this.messages = messages;
        this.inbound = inbound;
        this.properties = properties;
    }

    /** What arrived in TargetFlow's mailbox about the meeting and what it did; for the district's staff only. */
    List<MailboxAnswer> mailboxAnswers(long id, Principal principal) {
        if (!me(principal).getRole().seesWholeDistrict()) {
            return List.of();
        }
        return inbound.findByMeetingIdOrderById(id).stream()
                .map(mail -> new MailboxAnswer(
                        LocalDateTime.ofInstant(mail.getReceivedAt(), properties.zone()),
                        mail.getFromAddress(),
                        mail.getAttendee(),
                        mail.getOutcome().name(),
                        mail.getDetail()))
                .toList();
    }

    record MailboxAnswer(LocalDateTime receivedAt, String from, String attendee, String outcome, String detail) {}

    List<MeetingView> ofYear(int year, Principal principal, Language language) {
        Person me = me(principal);
        return meetings.ofYear(year).stream()
                .map(m -> view(m, me, language, false))
                .filter(v -> v != null)
                .toList();
    }

    MeetingView one(long id, Principal principal, Language language) {
        MeetingView view = view(meetings.find(id), me(principal), language, true);
        if (view == null) {
            throw Refusal.notFound("error.meeting.not-found", id);
        }
        return view;
    }

    /** Per unit, the year's invitations and attendance (for the year-end scoring). */
    List<Map<String, Object>> attendance(int year, Principal principal, Language language) {
        Person me = me(principal);
        Map<String, List<Invitee>> byUnit = meetings.ofYear(year).stream()
                .filter(m -> m.getStatus() == MeetingStatus.HELD)
                .flatMap(m -> meetings.inviteesOf(m).stream())
                .filter(i -> me.getRole().seesWholeDistrict()
                        || i.getUnit().getId().equals(me.getUnit().getId()))
                .collect(Collectors.groupingBy(i -> i.getUnit().getCode(), TreeMap::new, Collectors.toList()));
        return byUnit.entrySet().stream()
                .map(e -> Map.<String, Object>of(
                        "unitCode", e.getKey(),
                        "unitName", e.getValue().get(0).getUnit().displayName(language),
                        "invited", e.getValue().size(),
                        "present",
                                e.getValue().stream()
                                        .filter(i -> i.getAttendance() == Attendance.PRESENT)
                                        .count(),
                        "deputy",
                                e.getValue().stream()
                                        .filter(i -> i.getAttendance() == Attendance.DEPUTY)
                                        .count(),
                        "absent",
                                e.getValue().stream()
                                        .filter(i -> i.getAttendance() == Attendance.ABSENT)
                                        .count()))
                .toList();
    }

    private MeetingView view(Meeting m, Person me, Language language, boolean details) {
        List<Invitee> all = meetings.inviteesOf(m);
        boolean district = me.getRole().seesWholeDistrict();
        List<Invitee> visible = district
                ? all
                : all.stream()
                        .filter(i -> i.getUnit().getId().equals(me.getUnit().getId()))
                        .toList();
        if (!district && visible.isEmpty()) {
            return null;
        }
        var replies = new MeetingView.Replies(
                count(all, Reply.ATTEND),
                count(all, Reply.DEPUTY),
                count(all, Reply.ABSENT),
                all.stream().filter(i -> i.getReply() == null).count());
        var attendance = new MeetingView.AttendanceCount(
                all.stream()
                        .filter(i -> i.getAttendance() == Attendance.PRESENT)
                        .count(),
                all.stream().filter(i -> i.getAttendance() == Attendance.DEPUTY).count(),
                all.stream().filter(i -> i.getAttendance() == Attendance.ABSENT).count());
        List<MeetingView.InviteeView> invitees = !details
                ? List.of()
                : visible.stream()
                        .map(i -> new MeetingView.InviteeView(
                                i.getUnit().getCode(),
                                i.getUnit().displayName(language),
                                i.getPerson().getUsername(),
                                i.getPerson().getName(),
                                i.getReply(),
                                i.getDeputyName(),
                                i.getReason(),
                                i.getAttendance()))
                        .toList();
        List<MeetingView.ActionItemView> items = !details
                ? List.of()
                : meetings.actionItemsOf(m).stream()
                        .filter(a -> district
                                || a.getUnit().getId().equals(me.getUnit().getId()))
                        .map(a -> new MeetingView.ActionItemView(
                                a.getId(),
                                a.getUnit().getCode(),
                                a.getUnit().displayName(language),
                                a.getTitle(),
                                a.getDueDate(),
                                a.getStatus(),
                                a.getResult(),
                                a.getReviewComment()))
                        .toList();
        return new MeetingView(
                m.getId(),
                m.getYear(),
                m.getType(),
                messages.getMessage("meeting.type." + m.getType().name(), null, language.locale()),
                m.getPlannedDate(),
                m.getStartsAt(),
                m.getEndsAt(),
                m.getPlace(),
                m.getAgenda(),
                m.getTrainingTopic(),
                m.getTrainer(),
                m.getStatus(),
                m.getCalendarSequence(),
                m.getCancelReason(),
                replies,
                attendance,
                details ? m.getMinutes() : null,
                m.getTrainingDelivered(),
                details ? m.getDecisions() : null,
                invitees,
                items);
    }

    private static long count(List<Invitee> invitees, Reply reply) {
        return invitees.stream().filter(i -> i.getReply() == reply).count();
    }

    private Person me(Principal principal) {
        return people.findByUsername(principal.getName()).orElseThrow(Refusal::forbidden);
    }
}
