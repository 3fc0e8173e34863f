package com.targetflow.meetings;

import com.targetflow.forms.FormData;
import com.targetflow.forms.TaskTitles;
import com.targetflow.models.PrepareMeetingForm;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.Person;
import com.targetflow.web.UserLocale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On 筹备会议's creation: the form's defaults as task-local variables — the planned date, the usual
 * times, the meeting's title, the secretaries-general to choose from and those invited by default.
 */
@Component
public class ShowMeetingPlanListener implements TaskListener {

    private final MeetingService meetings;
    private final MeetingProperties properties;
    private final MessageSource messages;
    private final UserLocale userLocale;
    private final TaskTitles titles;

    ShowMeetingPlanListener(
            MeetingService meetings,
            MeetingProperties properties,
            MessageSource messages,
            UserLocale userLocale,
            TaskTitles titles) {
        this.titles = titles;
        this.meetings = meetings;
        this.properties = properties;
        this.messages = messages;
        this.userLocale = userLocale;
    }

    @Override
    public void notify(DelegateTask task) {
        Meeting meeting = meetings.find(MeetingVariables.meetingId(task));
        Language language = Language.of(userLocale.current());
        String type = messages.getMessage("meeting.type." + meeting.getType().name(), null, language.locale());
        task.setVariableLocal(PrepareMeetingForm.MEETING_TITLE, type);
        // Several meetings wait to be prepared at once; the task list tells them apart by name.
        titles.about(
                task,
                messages.getMessage(
                        "meeting.title",
                        new Object[] {type, meeting.getPlannedDate().toString()},
                        language.locale()));
        task.setVariableLocal(
                PrepareMeetingForm.MEETING_DATE, meeting.getPlannedDate().toString());
        task.setVariableLocal(
                PrepareMeetingForm.START_TIME, properties.defaultStart().toString());
        task.setVariableLocal(
                PrepareMeetingForm.END_TIME,
                properties.defaultStart().plus(properties.defaultLength()).toString());
        task.setVariableLocal(
                PrepareMeetingForm.INVITEE_OPTIONS,
                FormData.json(meetings.possibleInvitees().stream()
                        .map(p -> Map.of("value", p.getUsername(), "label", label(p, language)))
                        .toList()));
        task.setVariableLocal(
                PrepareMeetingForm.INVITEES,
                FormData.json(meetings.defaultInvitees(meeting.getType()).stream()
                        .map(Person::getUsername)
                        .toList()));
        task.setVariableLocal("trainingRequired", meeting.getType() == MeetingType.SUBDISTRICT_SECRETARIES);
    }

    private static String label(Person person, Language language) {
        return person.getUnit().getCode() + " " + person.getUnit().displayName(language) + " · " + person.getName();
    }
}
