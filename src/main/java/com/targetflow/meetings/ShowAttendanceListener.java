package com.targetflow.meetings;

import com.targetflow.forms.FormData;
import com.targetflow.models.RecordMeetingForm;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.Unit;
import com.targetflow.organisation.UnitKind;
import com.targetflow.organisation.Units;
import com.targetflow.web.UserLocale;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On 会议记录's creation: one attendance row per invitee, prefilled from their reply (attend →
 * present, deputy → deputy, no reply or absent → absent), and the units that action items may go to.
 */
@Component
public class ShowAttendanceListener implements TaskListener {

    private final MeetingService meetings;
    private final Units units;
    private final MessageSource messages;
    private final UserLocale userLocale;

    ShowAttendanceListener(MeetingService meetings, Units units, MessageSource messages, UserLocale userLocale) {
        this.meetings = meetings;
        this.units = units;
        this.messages = messages;
        this.userLocale = userLocale;
    }

    @Override
    public void notify(DelegateTask task) {
        Meeting meeting = meetings.find(MeetingVariables.meetingId(task));
        Language language = Language.of(userLocale.current());
        List<AttendanceShown> rows = meetings.inviteesOf(meeting).stream()
                .map(i -> new AttendanceShown(
                        i.getPerson().getUsername(),
                        i.getUnit().getCode() + " " + i.getUnit().displayName(language) + " · "
                                + i.getPerson().getName(),
                        i.getReply() == null
                                ? messages.getMessage("meeting.reply.NONE", null, language.locale())
                                : replied(i, language.locale()),
                        i.getReply() == Reply.ATTEND ? "PRESENT" : i.getReply() == Reply.DEPUTY ? "DEPUTY" : "ABSENT"))
                .toList();
        task.setVariableLocal(RecordMeetingForm.ATTENDANCE, FormData.json(rows));
        task.setVariableLocal(
                RecordMeetingForm.MEETING_TITLE,
                messages.getMessage(
                        "meeting.title",
                        new Object[] {
                            messages.getMessage(
                                    "meeting.type." + meeting.getType().name(), null, language.locale()),
                            meeting.getPlannedDate().toString()
                        },
                        language.locale()));
        task.setVariableLocal(
                RecordMeetingForm.UNIT_OPTIONS,
                FormData.json(units.findAll().stream()
                        .filter(u -> u.getKind() != UnitKind.COMMUNITY)
                        .sorted(Comparator.comparing(Unit::getCode))
                        .map(u -> Map.of("value", u.getCode(), "label", u.getCode() + " " + u.displayName(language)))
                        .toList()));
        task.setVariableLocal(RecordMeetingForm.ACTION_ITEMS, FormData.json(List.of()));
    }

    /** The reply, with the deputy's name or the reason given beside it (委派参会：张三). */
    private String replied(Invitee invitee, Locale locale) {
        String reply = messages.getMessage("meeting.reply." + invitee.getReply().name(), null, locale);
        String said = invitee.getDeputyName() != null ? invitee.getDeputyName() : invitee.getReason();
        return said == null ? reply : messages.getMessage("text.about", new Object[] {reply, said}, locale);
    }
}
