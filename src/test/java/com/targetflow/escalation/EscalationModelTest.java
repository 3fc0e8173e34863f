package com.targetflow.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.targetflow.ModelAlone;
import com.targetflow.ModelTest;
import com.targetflow.models.EscalationModel;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
 * escalation alone, its beans mocked: the ladder of a watched task — 提醒, 逾期催办, 督办 with the
 * district leaders told beside it — and each supervision decision (extend, reassign, formal notice),
 * a due date changed by hand, a reminder the calendar skips, and the task finishing, which stops it.
 */
@ModelTest("escalation")
@Deployment(resources = "bpmn/escalation.bpmn")
class EscalationModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ModelAlone.engine();

    private static final Date LATER = new Date(System.currentTimeMillis() + 86_400_000L);

    private final EscalationCalendar calendar = mock(EscalationCalendar.class);
    private final JavaDelegate sendReminder = mock(JavaDelegate.class);
    private final JavaDelegate sendOverdueNotice = mock(JavaDelegate.class);
    private final JavaDelegate extendDueDate = mock(JavaDelegate.class);
    private final JavaDelegate reassignTask = mock(JavaDelegate.class);
    private final JavaDelegate sendFormalNotice = mock(JavaDelegate.class);
    private final JavaDelegate tellDistrictLeaders = mock(JavaDelegate.class);
    private RuntimeService runtime;
    private TaskService tasks;

    @BeforeEach
    void mockTheBeans() {
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        when(calendar.reminderAt(anyLong())).thenReturn(LATER);
        when(calendar.dueAt(anyLong())).thenReturn(LATER);
        when(calendar.superviseAt(anyLong())).thenReturn(LATER);
        when(calendar.leaderAt(anyLong())).thenReturn(LATER);
        when(calendar.remindNow(anyLong())).thenReturn(true);
        Mocks.register("escalationCalendar", calendar);
        Mocks.register("sendReminderDelegate", sendReminder);
        Mocks.register("sendOverdueNoticeDelegate", sendOverdueNotice);
        Mocks.register("extendDueDateDelegate", extendDueDate);
        Mocks.register("reassignTaskDelegate", reassignTask);
        Mocks.register("sendFormalNoticeDelegate", sendFormalNotice);
        Mocks.register("tellDistrictLeadersDelegate", tellDistrictLeaders);
        ModelAlone.quietListeners("showSupervisionListener", "superviseListener");
    }

    @AfterEach
    void forgetMocks() {
        Mocks.reset();
    }

    private ProcessInstance watched() {
        return runtime.startProcessInstanceByKey(EscalationModel.KEY, "task-1", Map.of("watchId", 1L));
    }

    /** Climbs to 督办: reminder, due date, supervision date. */
    private Task supervision() {
        ModelAlone.fireTimer(engine, EscalationModel.EVENT_REMINDER_DUE);
        ModelAlone.fireTimer(engine, EscalationModel.EVENT_TASK_DUE);
        ModelAlone.fireTimer(engine, EscalationModel.EVENT_SUPERVISION_DUE);
        return ModelAlone.theOpen(engine, EscalationModel.TASK_SUPERVISE);
    }

    @Test
    void overdueWorkIsSupervisedAndTheLeadersAreToldBesideTheFormalNotice() throws Exception {
        watched();
        Task supervise = supervision();
        verify(sendReminder).execute(any());
        verify(sendOverdueNotice).execute(any());
        assertThat(ModelAlone.candidateGroups(engine, supervise)).containsExactly("managers");
        ModelAlone.fireTimer(engine, EscalationModel.EVENT_LEADER_DUE);
        verify(tellDistrictLeaders).execute(any());
        tasks.complete(supervise.getId(), Map.of("supervisionDecision", "NOTICE"));
        verify(sendFormalNotice).execute(any());
        assertThat(ModelAlone.endedAt(engine, EscalationModel.KEY))
                .containsExactly(
                        EscalationModel.EVENT_LEADERS_TOLD,
                        EscalationModel.EVENT_NOTICE_SENT,
                        EscalationModel.EVENT_LADDER_CLIMBED);
    }

    @Test
    void theSupervisorReassignsTheTask() throws Exception {
        watched();
        tasks.complete(supervision().getId(), Map.of("supervisionDecision", "REASSIGN"));
        verify(reassignTask).execute(any());
        ModelAlone.fireTimer(engine, EscalationModel.EVENT_LEADER_DUE);
        assertThat(ModelAlone.endedAt(engine, EscalationModel.KEY))
                .containsExactly(
                        EscalationModel.EVENT_REASSIGNED,
                        EscalationModel.EVENT_LEADERS_TOLD,
                        EscalationModel.EVENT_LADDER_CLIMBED);
    }

    @Test
    void anExtensionGrantedStartsTheLadderAgainFromTheNewDueDate() throws Exception {
        watched();
        tasks.complete(supervision().getId(), Map.of("supervisionDecision", "EXTEND"));
        verify(extendDueDate).execute(any());
        verify(tellDistrictLeaders, never()).execute(any());
        // The ladder waits for the next reminder of the new due date, nothing else.
        assertThat(engine.getManagementService().createJobQuery().timers().count())
                .isOne();
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .timers()
                        .activityId(EscalationModel.EVENT_REMINDER_DUE)
                        .count())
                .isOne();
    }

    @Test
    void aReminderTheCalendarSkipsGoesStraightToTheDueDate() throws Exception {
        when(calendar.remindNow(anyLong())).thenReturn(false);
        watched();
        ModelAlone.fireTimer(engine, EscalationModel.EVENT_REMINDER_DUE);
        verify(sendReminder, never()).execute(any());
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .timers()
                        .activityId(EscalationModel.EVENT_TASK_DUE)
                        .count())
                .isOne();
    }

    @Test
    void aDueDateChangedByHandStartsTheLadderAgainAndAFinishedTaskStopsIt() {
        ProcessInstance ladder = watched();
        ModelAlone.fireTimer(engine, EscalationModel.EVENT_REMINDER_DUE);
        runtime.createMessageCorrelation(EscalationModel.MESSAGE_DUE_DATE_CHANGED)
                .processInstanceId(ladder.getId())
                .correlate();
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .timers()
                        .activityId(EscalationModel.EVENT_REMINDER_DUE)
                        .count())
                .isOne();
        runtime.createMessageCorrelation(EscalationModel.MESSAGE_TASK_FINISHED)
                .processInstanceId(ladder.getId())
                .correlate();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(ladder.getId())
                        .count())
                .isZero();
        assertThat(ModelAlone.endedAt(engine, EscalationModel.KEY))
                .containsExactly(EscalationModel.EVENT_LADDER_STOPPED);
    }
}
