package com.targetflow.meetings;

import com.targetflow.domain.Refusal;
import com.targetflow.forms.TaskInput;
import com.targetflow.models.SecretaryMeetingModel;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.organisation.PersonRole;
import com.targetflow.organisation.Unit;
import com.targetflow.organisation.Units;
import com.targetflow.web.UserLocale;
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
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;
    private final UserLocale userLocale;
    private final Clock clock;

    MeetingService(
            MeetingRepository meetings,
            InviteeRepository invitees,
            ActionItemRepository actionItems,
            People people,
            Units units,
            RuntimeService runtime,
            MeetingProperties properties,
            MessageSource messages,
            UserLocale userLocale,
            Clock clock) {
        this.meetings = meetings;
        this.invitees = invitees;
        this.actionItems = actionItems;
        this.people = people;
        this.units = units;
        this.runtime = runtime;
        this.properties = properties;
        this.messages = messages;
        this.userLocale = userLocale;
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

    /** 筹备会议: what the manager's form submitted; all checked before anything is saved. */
    public Meeting prepare(
            long meetingId,
            Object date,
            Object startTime,
            Object endTime,
            Object place,
            Object agenda,
            Object trainingTopic,
            Object trainer,
            Object inviteeUsernames,
            String preparedBy) {
        Meeting meeting = find(meetingId);
        if (meeting.getStatus() != MeetingStatus.PLANNED) {
            throw Refusal.conflict("status", "error.meeting.status", meeting.getStatus());
        }
        TaskInput input = input();
        LocalDate day = input.date("meetingDate", date, true);
        LocalTime start = input.time("startTime", startTime, true);
        LocalTime end = input.time("endTime", endTime, true);
        String where = input.text("place", place, true, 200);
        String what = input.text("agenda", agenda, true, 4000);
        String topic = input.text(
                "trainingTopic", trainingTopic, meeting.getType() == MeetingType.SUBDISTRICT_SECRETARIES, 200);
        String by = input.text("trainer", trainer, false, 100);
        List<Person> invited = new ArrayList<>();
        List<String> usernames = input.strings("invitees", inviteeUsernames);
        if (usernames.isEmpty()) {
            input.problem("invitees", "task.input.invitees.none");
        }
        for (String username : new LinkedHashSet<>(usernames)) {
            people.findByUsername(username)
                    .ifPresentOrElse(
                            invited::add, () -> input.problem("invitees", "task.input.invitee.unknown", username));
        }
        if (day != null && day.getYear() != meeting.getYear()) {
            input.problem("meetingDate", "task.input.meeting.year", day, meeting.getYear());
        }
        if (day != null
                && start != null
                && !day.atTime(start).isAfter(LocalDateTime.now(clock.withZone(properties.zone())))) {
            input.problem("meetingDate", "task.input.meeting.past", day);
        }
        if (start != null && end != null && !end.isAfter(start)) {
            input.problem("endTime", "task.input.meeting.end", end, start);
        }
        input.check();
        meeting.prepare(day.atTime(start), day.atTime(end), where, what, topic, by, preparedBy);
        for (Person person : invited) {
            invitees.save(new Invitee(meeting, person));
        }
        return meeting;
    }

    /** 参会回执. */
    public Invitee reply(long meetingId, String username, Object reply, Object deputyName, Object reason) {
        Meeting meeting = find(meetingId);
        Invitee invitee = invitees.findByMeetingAndPersonUsername(meeting, username)
                .orElseThrow(() -> Refusal.notFound("error.meeting.not-invited", username));
        TaskInput input = input();
        Reply answer = input.choice("reply", reply, Reply.class);
        String deputy = input.text("deputyName", deputyName, answer == Reply.DEPUTY, 100);
        String why = input.text("reason", reason, answer == Reply.ABSENT, 1000);
        input.check();
        invitee.reply(answer, deputy, why, Instant.now(clock));
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
    public List<Long> record(
            long meetingId,
            Object attendance,
            Object minutes,
            Object trainingDelivered,
            Object decisions,
            Object items,
            String by) {
        Meeting meeting = find(meetingId);
        if (meeting.getStatus() != MeetingStatus.INVITED) {
            throw Refusal.conflict("status", "error.meeting.status", meeting.getStatus());
        }
        TaskInput input = input();
        Map<String, Invitee> byUsername = new HashMap<>();
        invitees.findByMeetingOrderByUnitCodeAscIdAsc(meeting)
                .forEach(i -> byUsername.put(i.getPerson().getUsername(), i));
        List<Map<String, Object>> rows = input.rows("attendance", attendance);
        Map<Invitee, Attendance> present = new LinkedHashMap<>();
        for (int n = 0; n < rows.size(); n++) {
            Map<String, Object> row = rows.get(n);
            Invitee invitee = byUsername.get(String.valueOf(row.get("username")));
            if (invitee == null) {
                input.problem("attendance[" + n + "].username", "task.input.invitee.unknown", row.get("username"));
                continue;
            }
            present.put(
                    invitee, input.choice("attendance[" + n + "].attendance", row.get("attendance"), Attendance.class));
        }
        for (Invitee invitee : byUsername.values()) {
            if (!present.containsKey(invitee)) {
                input.problem(
                        "attendance",
                        "task.input.attendance.missing",
                        invitee.getUnit().getCode());
            }
        }
        String text = input.text("minutes", minutes, true, 20000);
        Boolean training =
                trainingDelivered == null ? Boolean.FALSE : input.yesOrNo("trainingDelivered", trainingDelivered);
        String decided = input.text("decisions", decisions, false, 4000);
        List<ActionItem> given = new ArrayList<>();
        List<Map<String, Object>> itemRows = input.rows("actionItems", items);
        for (int n = 0; n < itemRows.size(); n++) {
            Map<String, Object> row = itemRows.get(n);
            String prefix = "actionItems[" + n + "].";
            String title = input.text(prefix + "title", row.get("title"), true, 500);
            Unit unit = null;
            Object code = row.get("unitCode");
            if (code == null || code.toString().isBlank()) {
                input.problem(prefix + "unitCode", "task.input.required");
            } else {
                unit = units.findByCode(code.toString()).orElse(null);
                if (unit == null) {
                    input.problem(prefix + "unitCode", "error.unit.not-found", code);
                }
            }
            LocalDate due = input.date(prefix + "dueDate", row.get("dueDate"), true);
            if (due != null && due.isBefore(meeting.getPlannedDate())) {
                input.problem(prefix + "dueDate", "task.input.action-item.due", due, meeting.getPlannedDate());
            }
            if (title != null && unit != null && due != null) {
                given.add(new ActionItem(meeting, unit, title, due));
            }
        }
        input.check();
        present.forEach(Invitee::attended);
        meeting.record(text, training, decided, by, Instant.now(clock));
        return actionItems.saveAll(given).stream().map(ActionItem::getId).toList();
    }

    /** The unit reports an action item done. */
    public ActionItem submitActionItem(long id, Object result, String by) {
        ActionItem item = actionItem(id);
        TaskInput input = input();
        String text = input.text("result", result, true, 4000);
        input.check();
        item.submit(text, by);
        return item;
    }

    /** The district accepts an action item, or returns it with a comment. */
    public boolean reviewActionItem(long id, Object accepted, Object comment, String by) {
        ActionItem item = actionItem(id);
        TaskInput input = input();
        Boolean ok = input.yesOrNo("actionItemAccepted", accepted);
        String why = input.text("reviewComment", comment, Boolean.FALSE.equals(ok), 1000);
        input.check();
        item.review(ok, why, by);
        return ok;
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

    private TaskInput input() {
        return new TaskInput(messages, userLocale.current());
    }
}
