package com.targetflow.meetings;

import com.targetflow.domain.Problems;
import com.targetflow.domain.Refusal;
import com.targetflow.models.PrepareMeetingForm;
import com.targetflow.models.RecordMeetingForm;
import com.targetflow.models.SecretaryMeetingModel;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.organisation.PersonRole;
import com.targetflow.organisation.Unit;
import com.targetflow.organisation.Units;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings of the year: planned (from the plan's meeting targets, or by a manager), prepared
 * with time, place and invitees, replied to, moved or cancelled, recorded with attendance and
 * action items. Each meeting runs as one secretary-meeting process instance.
 */
@Service
@Transactional
@EnableConfigurationProperties(MeetingProperties.class)
public class MeetingService {

    public static final String PROCESS_KEY = SecretaryMeetingModel.KEY;
    static final String MEETING_ID = SecretaryMeetingModel.VAR_MEETING_ID;
    static final String LAST_REMINDER_AT = SecretaryMeetingModel.VAR_LAST_REMINDER_AT;

    private final MeetingRepository meetings;
    private final InviteeRepository invitees;
    private final ActionItemRepository actionItems;
    private final People people;
    private final Units units;
    private final RuntimeService runtime;
    private final MeetingProperties properties;
    private final Clock clock;

    MeetingService(
            MeetingRepository meetings,
            InviteeRepository invitees,
            ActionItemRepository actionItems,
            People people,
            Units units,
            RuntimeService runtime,
            MeetingProperties properties,
            Clock clock) {
        this.meetings = meetings;
        this.invitees = invitees;
        this.actionItems = actionItems;
        this.people = people;
        this.units = units;
        this.runtime = runtime;
        this.properties = properties;
        this.clock = clock;
    }

    /** A meeting on a date, with its process: the manager is asked to prepare it. */
    public Meeting plan(MeetingType type, LocalDate date) {
        Meeting meeting = meetings.save(new Meeting(type, date, "meeting-" + UUID.randomUUID() + "@targetflow"));
        runtime.startProcessInstanceByKey(
                PROCESS_KEY,
                businessKey(meeting.getId()),
                Map.of(MEETING_ID, meeting.getId(), "meetingType", type.name(), "year", meeting.getYear()));
        return meeting;
    }

    /**
     * The year's meetings of a type, spread evenly (see {@link MeetingDates}); for a plan that counts as
     * issued on asOf, none before the day it can still be prepared for: its preparation time and a week on.
     */
    public List<Meeting> schedule(int year, MeetingType type, int count, LocalDate asOf) {
        LocalDate earliest = asOf.plusDays(properties.prepareAhead().toDays()).plusWeeks(1);
        List<Meeting> planned = new ArrayList<>();
        for (LocalDate date : MeetingDates.from(year, count, earliest)) {
            planned.add(plan(type, date));
        }
        return planned;
    }

    /** Who a meeting invites unless the manager chooses otherwise: the secretaries-general of its kinds of unit. */
    @Transactional(readOnly = true)
    public List<Person> defaultInvitees(MeetingType type) {
        return people.findByRoleAndUnitKindInOrderByUnitCodeAscUsernameAsc(
                PersonRole.SECRETARY_GENERAL, type.invitedUnits());
    }

    /** Everyone who may be invited: the secretaries-general of every unit (a manager may invite anyone of them). */
    @Transactional(readOnly = true)
    public List<Person> possibleInvitees() {
        return people.findByRoleOrderByUsername(PersonRole.SECRETARY_GENERAL);
    }

    /** The meeting's process instance's business key. */
    public static String businessKey(long meetingId) {
        return "meeting-" + meetingId;
    }

    /** 筹备会议: the manager's form, read, and its rules checked with it before anything is saved. */
    public Meeting prepare(PrepareMeeting prepared, Problems problems) {
        Meeting meeting = find(prepared.meetingId());
        if (meeting.getStatus() != MeetingStatus.PLANNED) {
            throw Refusal.conflict("status", "error.meeting.status", meeting.getStatus());
        }
        if (meeting.getType() == MeetingType.SUBDISTRICT_SECRETARIES
                && prepared.trainingTopic() == null
                && !problems.has(PrepareMeetingForm.TRAINING_TOPIC)) {
            problems.add(PrepareMeetingForm.TRAINING_TOPIC, "task.input.required");
        }
        List<Person> invited = new ArrayList<>();
        if (prepared.invitees().isEmpty()) {
            problems.add(PrepareMeetingForm.INVITEES, "task.input.invitees.none");
        }
        for (String username : new LinkedHashSet<>(prepared.invitees())) {
            people.findByUsername(username)
                    .ifPresentOrElse(
                            invited::add,
                            () -> problems.add(PrepareMeetingForm.INVITEES, "task.input.invitee.unknown", username));
        }
        LocalDate day = prepared.date();
        LocalTime start = prepared.start();
        LocalTime end = prepared.end();
        if (day != null && day.getYear() != meeting.getYear()) {
            problems.add(PrepareMeetingForm.MEETING_DATE, "task.input.meeting.year", day, meeting.getYear());
        }
        if (day != null
                && start != null
                && !day.atTime(start).isAfter(LocalDateTime.now(clock.withZone(properties.zone())))) {
            problems.add(PrepareMeetingForm.MEETING_DATE, "task.input.meeting.past", day);
        }
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add(PrepareMeetingForm.END_TIME, "task.input.meeting.end", end, start);
        }
        problems.check();
        meeting.prepare(
                day.atTime(start),
                day.atTime(end),
                prepared.place(),
                prepared.agenda(),
                prepared.trainingTopic(),
                prepared.trainer(),
                prepared.preparedBy());
        for (Person person : invited) {
            invitees.save(new Invitee(meeting, person));
        }
        return meeting;
    }

    /** 参会回执. */
    public Invitee reply(InvitationAnswered answer) {
        Meeting meeting = find(answer.meetingId());
        Invitee invitee = invitees.findByMeetingAndPersonUsername(meeting, answer.username())
                .orElseThrow(() -> Refusal.notFound("error.meeting.not-invited", answer.username()));
        invitee.reply(answer.reply(), answer.deputyName(), answer.reason(), Instant.now(clock));
        return invitee;
    }

    /**
     * Moves a meeting. Before it is prepared only its planned date changes; after the invitations
     * went out, everyone gets the moved calendar entry and is asked to reply again.
     */
    public Meeting reschedule(long meetingId, LocalDate date, LocalTime start, LocalTime end, String place) {
        Meeting meeting = find(meetingId);
        if (date == null) {
            throw Refusal.invalid("date", "error.meeting.date.missing");
        }
        if (date.getYear() != meeting.getYear()) {
            throw Refusal.invalid("date", "task.input.meeting.year", date, meeting.getYear());
        }
        switch (meeting.getStatus()) {
            case PLANNED -> meeting.replan(date);
            case INVITED -> {
                LocalTime from = start != null ? start : meeting.getStartsAt().toLocalTime();
                LocalTime to = end != null ? end : meeting.getEndsAt().toLocalTime();
                if (!date.atTime(from).isAfter(LocalDateTime.now(clock.withZone(properties.zone())))) {
                    throw Refusal.invalid("date", "task.input.meeting.past", date);
                }
                if (!to.isAfter(from)) {
                    throw Refusal.invalid("end", "task.input.meeting.end", to, from);
                }
                meeting.reschedule(
                        date.atTime(from), date.atTime(to), place == null || place.isBlank() ? null : place.strip());
                invitees.findByMeetingOrderByUnitCodeAscIdAsc(meeting).forEach(Invitee::clearReply);
                runtime.createMessageCorrelation(SecretaryMeetingModel.MESSAGE_MEETING_RESCHEDULED)
                        .processInstanceBusinessKey(businessKey(meetingId))
                        .setVariable(LAST_REMINDER_AT, Date.from(clock.instant()))
                        .correlate();
            }
            default -> throw Refusal.conflict("status", "error.meeting.status", meeting.getStatus());
        }
        return meeting;
    }

    /** Cancels a meeting not yet held; the process sends the cancellations and closes open replies. */
    public Meeting cancel(long meetingId, String reason) {
        Meeting meeting = find(meetingId);
        if (meeting.getStatus() != MeetingStatus.PLANNED && meeting.getStatus() != MeetingStatus.INVITED) {
            throw Refusal.conflict("status", "error.meeting.status", meeting.getStatus());
        }
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("reason", "task.input.required");
        }
        if (reason.length() > 1000) {
            throw Refusal.invalid("reason", "task.input.too-long", 1000);
        }
        meeting.cancel(reason.strip());
        runtime.createMessageCorrelation(SecretaryMeetingModel.MESSAGE_MEETING_CANCELLED)
                .processInstanceBusinessKey(businessKey(meetingId))
                .correlate();
        return meeting;
    }

    /** 会议记录: attendance per invitee, minutes, training, decisions, and the action items given to units. */
    public List<Long> record(MeetingRecorded recorded, Problems problems) {
        Meeting meeting = find(recorded.meetingId());
        if (meeting.getStatus() != MeetingStatus.INVITED) {
            throw Refusal.conflict("status", "error.meeting.status", meeting.getStatus());
        }
        Map<String, Invitee> byUsername = new HashMap<>();
        invitees.findByMeetingOrderByUnitCodeAscIdAsc(meeting)
                .forEach(i -> byUsername.put(i.getPerson().getUsername(), i));
        Map<Invitee, Attendance> present = new LinkedHashMap<>();
        for (int n = 0; n < recorded.attendance().size(); n++) {
            MeetingRecorded.Presence presence = recorded.attendance().get(n);
            Invitee invitee = byUsername.get(presence.username());
            if (invitee == null) {
                problems.add(
                        RecordMeetingForm.ATTENDANCE + "[" + n + "].username",
                        "task.input.invitee.unknown",
                        presence.username());
                continue;
            }
            present.put(invitee, presence.attendance());
        }
        for (Invitee invitee : byUsername.values()) {
            if (!present.containsKey(invitee)) {
                problems.add(
                        RecordMeetingForm.ATTENDANCE,
                        "task.input.attendance.missing",
                        invitee.getUnit().getCode());
            }
        }
        List<ActionItem> given = new ArrayList<>();
        for (int n = 0; n < recorded.actionItems().size(); n++) {
            MeetingRecorded.ItemGiven item = recorded.actionItems().get(n);
            String prefix = RecordMeetingForm.ACTION_ITEMS + "[" + n + "].";
            Unit unit = item.unitCode() == null
                    ? null
                    : units.findByCode(item.unitCode()).orElse(null);
            if (item.unitCode() != null && unit == null) {
                problems.add(prefix + RecordMeetingForm.ActionItems.UNIT_CODE, "error.unit.not-found", item.unitCode());
            }
            LocalDate due = item.dueDate();
            if (due != null && due.isBefore(meeting.getPlannedDate())) {
                problems.add(
                        prefix + RecordMeetingForm.ActionItems.DUE_DATE,
                        "task.input.action-item.due",
                        due,
                        meeting.getPlannedDate());
            }
            if (item.title() != null && unit != null && due != null) {
                given.add(new ActionItem(meeting, unit, item.title(), due));
            }
        }
        problems.check();
        present.forEach(Invitee::attended);
        meeting.record(
                recorded.minutes(),
                recorded.trainingDelivered(),
                recorded.decisions(),
                recorded.recordedBy(),
                Instant.now(clock));
        return actionItems.saveAll(given).stream().map(ActionItem::getId).toList();
    }

    /** The unit reports an action item done. */
    public ActionItem submitActionItem(long id, String result, String by) {
        ActionItem item = actionItem(id);
        item.submit(result, by);
        return item;
    }

    /** The district accepts an action item, or returns it with a comment. */
    public boolean reviewActionItem(long id, boolean accepted, String comment, String by) {
        ActionItem item = actionItem(id);
        item.review(accepted, comment, by);
        return accepted;
    }

    @Transactional(readOnly = true)
    public Meeting find(long meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> Refusal.notFound("error.meeting.not-found", meetingId));
    }

    @Transactional(readOnly = true)
    public ActionItem actionItem(long id) {
        return actionItems.findById(id).orElseThrow(() -> Refusal.notFound("error.action-item.not-found", id));
    }

    @Transactional(readOnly = true)
    public List<Invitee> inviteesOf(Meeting meeting) {
        return invitees.findByMeetingOrderByUnitCodeAscIdAsc(meeting);
    }

    @Transactional(readOnly = true)
    public List<ActionItem> actionItemsOf(Meeting meeting) {
        return actionItems.findByMeetingOrderById(meeting);
    }

    @Transactional(readOnly = true)
    public List<Meeting> ofYear(int year) {
        return meetings.findByYearOrderByPlannedDateAscIdAsc(year);
    }

    @Transactional(readOnly = true)
    public long held(int year, MeetingType type) {
        return meetings.countByYearAndTypeAndStatus(year, type, MeetingStatus.HELD);
    }
}
