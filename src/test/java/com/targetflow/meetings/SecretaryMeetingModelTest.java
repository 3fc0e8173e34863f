package com.targetflow.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.targetflow.ModelAlone;
import com.targetflow.ModelTest;
import com.targetflow.models.SecretaryMeetingModel;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * secretary-meeting alone, its beans mocked: one reminder before the meeting (the calendar knows one,
 * at an hour from now; the meeting starts in a day), replies from two invitees, the record, the minutes
 * and the action items, one returned once; a meeting rescheduled after replies; a meeting cancelled.
 */
@ModelTest("secretary-meeting")
@Deployment(resources = "bpmn/secretary-meeting.bpmn")
class SecretaryMeetingModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ModelAlone.engine();

    private static final Date REMINDER = new Date(System.currentTimeMillis() + 3_600_000L);
    private static final Date STARTS = new Date(System.currentTimeMillis() + 86_400_000L);

    private final MeetingCalendar calendar = mock(MeetingCalendar.class);
    private final JavaDelegate sendMinutes = mock(JavaDelegate.class);
    private final JavaDelegate sendCancellation = mock(JavaDelegate.class);
    private final TaskListener sendInvitation = mock(TaskListener.class);
    private RuntimeService runtime;
    private TaskService tasks;

    @BeforeEach
    void mockTheBeans() {
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        when(calendar.invitees(anyLong())).thenReturn(List.of("street01", "street02"));
        when(calendar.startsAt(anyLong())).thenReturn(STARTS);
        when(calendar.hasReminderAfter(anyLong(), any()))
                .thenAnswer(asked -> asked.<Date>getArgument(1).before(REMINDER));
        when(calendar.nextReminderAfter(anyLong(), any())).thenReturn(REMINDER);
        when(calendar.unitOf(anyLong())).thenAnswer(asked -> "SD0" + asked.<Long>getArgument(0));
        Mocks.register("meetingCalendar", calendar);
        // What SendRemindersDelegate leaves: the time of the reminder just sent.
        Mocks.register(
                "sendRemindersDelegate", (JavaDelegate) execution -> execution.setVariable("lastReminderAt", REMINDER));
        Mocks.register("sendMinutesDelegate", sendMinutes);
        Mocks.register("sendCancellationDelegate", sendCancellation);
        Mocks.register("sendInvitationListener", sendInvitation);
        ModelAlone.quietListeners(
                "showMeetingPlanListener",
                "prepareMeetingListener",
                "replyInvitationListener",
                "showAttendanceListener",
                "recordMeetingListener",
                "showActionItemListener",
                "mailActionItemListener",
                "completeActionItemListener",
                "reviewActionItemListener");
    }

    @AfterEach
    void forgetMocks() {
        Mocks.reset();
    }

    private ProcessInstance scheduled() {
        return runtime.startProcessInstanceByKey(SecretaryMeetingModel.KEY, "meeting-5", Map.of("meetingId", 5L));
    }

    private List<Task> open(String taskId) {
        return tasks.createTaskQuery()
                .taskDefinitionKey(taskId)
                .orderByTaskAssignee()
                .asc()
                .list();
    }

    private void prepare() {
        tasks.complete(
                open(SecretaryMeetingModel.TASK_PREPARE_MEETING).get(0).getId(), Map.of("lastReminderAt", new Date(0)));
    }

    @Test
    void invitedRepliedRemindedHeldRecordedAndEveryActionItemDoneOneAfterAReturn() throws Exception {
        scheduled();
        prepare();
        List<Task> replies = open(SecretaryMeetingModel.TASK_REPLY_INVITATION);
        assertThat(replies).extracting(Task::getAssignee).containsExactly("street01", "street02");
        verify(sendInvitation, times(2)).notify(any());
        replies.forEach(reply -> tasks.complete(reply.getId()));

        ModelAlone.fireTimer(engine, SecretaryMeetingModel.EVENT_REMINDER_DUE);
        ModelAlone.fireTimer(engine, SecretaryMeetingModel.EVENT_MEETING_STARTS);
        tasks.complete(
                open(SecretaryMeetingModel.TASK_RECORD_MEETING).get(0).getId(),
                Map.of("actionItemIds", List.of(1L, 2L)));
        verify(sendMinutes).execute(any());

        List<Task> items = open(SecretaryMeetingModel.TASK_COMPLETE_ACTION_ITEM);
        assertThat(items).hasSize(2);
        assertThat(items)
                .extracting(item -> ModelAlone.candidateGroups(engine, item))
                .containsExactlyInAnyOrder(List.of("SD01"), List.of("SD02"));
        items.forEach(item -> tasks.complete(item.getId()));
        List<Task> reviews = open(SecretaryMeetingModel.TASK_REVIEW_ACTION_ITEM);
        tasks.complete(reviews.get(0).getId(), Map.of("actionItemAccepted", false));
        tasks.complete(reviews.get(1).getId(), Map.of("actionItemAccepted", true));
        // The returned one is done again and then accepted.
        tasks.complete(
                open(SecretaryMeetingModel.TASK_COMPLETE_ACTION_ITEM).get(0).getId());
        tasks.complete(
                open(SecretaryMeetingModel.TASK_REVIEW_ACTION_ITEM).get(0).getId(), Map.of("actionItemAccepted", true));
        assertThat(ModelAlone.endedAt(engine, SecretaryMeetingModel.KEY))
                .endsWith(
                        SecretaryMeetingModel.EVENT_ACTION_ITEM_DONE,
                        SecretaryMeetingModel.EVENT_ACTION_ITEM_DONE,
                        SecretaryMeetingModel.EVENT_MEETING_CLOSED);
    }

    @Test
    void aMeetingRescheduledAfterRepliesInvitesEveryoneAgain() {
        ProcessInstance meeting = scheduled();
        prepare();
        tasks.complete(open(SecretaryMeetingModel.TASK_REPLY_INVITATION).get(0).getId());
        runtime.createMessageCorrelation(SecretaryMeetingModel.MESSAGE_MEETING_RESCHEDULED)
                .processInstanceId(meeting.getId())
                .setVariable("lastReminderAt", new Date(0))
                .correlate();
        assertThat(open(SecretaryMeetingModel.TASK_REPLY_INVITATION))
                .extracting(Task::getAssignee)
                .containsExactly("street01", "street02");
        verify(sendInvitation, times(4)).notify(any());
    }

    @Test
    void aCancelledMeetingTellsEveryoneAndEnds() throws Exception {
        ProcessInstance meeting = scheduled();
        prepare();
        runtime.createMessageCorrelation(SecretaryMeetingModel.MESSAGE_MEETING_CANCELLED)
                .processInstanceId(meeting.getId())
                .correlate();
        verify(sendCancellation).execute(any());
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(meeting.getId())
                        .count())
                .isZero();
        assertThat(ModelAlone.endedAt(engine, SecretaryMeetingModel.KEY))
                .contains(SecretaryMeetingModel.EVENT_CANCELLATION_SENT);
    }

    @Test
    void repliesLeftOpenWhenTheMeetingStartsAreClosedWithTheInvitations() {
        scheduled();
        prepare();
        ModelAlone.fireTimer(engine, SecretaryMeetingModel.EVENT_REMINDER_DUE);
        ModelAlone.fireTimer(engine, SecretaryMeetingModel.EVENT_MEETING_STARTS);
        assertThat(open(SecretaryMeetingModel.TASK_REPLY_INVITATION)).isEmpty();
        assertThat(open(SecretaryMeetingModel.TASK_RECORD_MEETING)).hasSize(1);
    }
}
