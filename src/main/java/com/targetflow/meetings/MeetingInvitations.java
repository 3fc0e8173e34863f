package com.targetflow.meetings;

import com.targetflow.models.SecretaryMeetingModel;
import com.targetflow.organisation.DigestFrequency;
import com.targetflow.organisation.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who gets which meeting mail: invitations, reminders, cancellations, minutes. (An
 * invitee who does not reply is reminded and noticed by the escalation ladder on the reply task.) */
@Service
@Transactional
public class MeetingInvitations {

    static final String REPLY_TASK = SecretaryMeetingModel.TASK_REPLY_INVITATION;

    private final MeetingService meetings;
    private final MeetingMails mails;
    private final TaskService tasks;
    private final MessageSource messages;

    MeetingInvitations(MeetingService meetings, MeetingMails mails, TaskService tasks, MessageSource messages) {
        this.meetings = meetings;
        this.mails = mails;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Sends one invitee the invitation for the reply task just created; returns what its form shows. */
    public Map<String, Object> invite(long meetingId, String username, String taskId) {
        Meeting meeting = meetings.find(meetingId);
        Invitee invitee = invitee(meeting, username);
        mails.invitation(meeting, invitee, taskId);
        Language language = invitee.getPerson().getLanguage();
        Map<String, Object> shown = new HashMap<>();
        shown.put(
                "meetingTitle",
                messages.getMessage("meeting.type." + meeting.getType().name(), null, language.locale()));
        shown.put(
                "meetingWhen",
                meeting.getStartsAt().toLocalDate() + " "
                        + meeting.getStartsAt().toLocalTime() + "–"
                        + meeting.getEndsAt().toLocalTime());
        shown.put("meetingPlace", meeting.getPlace());
        shown.put("meetingAgenda", meeting.getAgenda());
        shown.put(
                "meetingTraining",
                meeting.getTrainingTopic() == null
                        ? "—"
                        : meeting.getTrainer() == null
                                ? meeting.getTrainingTopic()
                                : messages.getMessage(
                                        "text.aside",
                                        new Object[] {meeting.getTrainingTopic(), meeting.getTrainer()},
                                        language.locale()));
        return shown;
    }

    /**
     * A reminder to everyone who has not declined; before the last one, only to those who chose
     * no digest (the digest lists what is coming, so they are not told twice).
     */
    public int remind(long meetingId, String processInstanceId, boolean last) {
        Meeting meeting = meetings.find(meetingId);
        int sent = 0;
        for (Invitee invitee : meetings.inviteesOf(meeting)) {
            boolean wantsSingle = last || invitee.getPerson().getDigest() == DigestFrequency.OFF;
            if (!invitee.declined() && wantsSingle) {
                mails.reminder(meeting, invitee, openReplyTask(processInstanceId, invitee));
                sent++;
            }
        }
        return sent;
    }

    /** The cancellation (iTIP CANCEL, same UID) to every invitee; nothing if no one was invited yet. */
    public int cancel(long meetingId) {
        Meeting meeting = meetings.find(meetingId);
        if (meeting.getStartsAt() == null) {
            return 0;
        }
        List<Invitee> all = meetings.inviteesOf(meeting);
        all.forEach(invitee -> mails.cancellation(meeting, invitee));
        return all.size();
    }

    /** The minutes to every invitee, absentees included. */
    public int minutes(long meetingId) {
        Meeting meeting = meetings.find(meetingId);
        List<ActionItem> items = meetings.actionItemsOf(meeting);
        List<Invitee> all = meetings.inviteesOf(meeting);
        all.forEach(invitee -> mails.minutes(meeting, invitee, items));
        return all.size();
    }

    private Invitee invitee(Meeting meeting, String username) {
        return meetings.inviteesOf(meeting).stream()
                .filter(i -> i.getPerson().getUsername().equals(username))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException(username + " is not invited to meeting " + meeting.getId()));
    }

    private String openReplyTask(String processInstanceId, Invitee invitee) {
        Task task = tasks.createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(REPLY_TASK)
                .taskAssignee(invitee.getPerson().getUsername())
                .singleResult();
        return task == null ? null : task.getId();
    }
}
