package com.targetflow.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.targetflow.ModelAlone;
import com.targetflow.ModelTest;
import com.targetflow.models.UnitTargetsModel;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
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
 * unit-targets alone, its listeners mocked: a unit's decisions go in as the variables its listeners
 * would set (targetsAccepted, reportApproved, the rounds approved), and the year is walked through
 * objections, a returned report, rounds opened by the quarter's end or by the district, the last
 * round (reached with startBeforeActivity), the self-assessment and the audit, and a mid-year change.
 */
@ModelTest("unit-targets")
@Deployment(resources = "bpmn/unit-targets.bpmn")
class UnitTargetsModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ModelAlone.engine();

    private final PlanCalendar calendar = mock(PlanCalendar.class);
    private final Map<String, Object> year = Map.of("planId", 7L, "year", 2027, "unitCode", "SD01", "round", 0);
    private RuntimeService runtime;
    private TaskService tasks;

    @BeforeEach
    void mockTheBeans() {
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        when(calendar.roundOpens(anyLong(), anyInt())).thenReturn(new Date(System.currentTimeMillis() + 86_400_000L));
        Mocks.register("planCalendar", calendar);
        Mocks.register("unitProcessAccessListener", mock(ExecutionListener.class));
        ModelAlone.quietListeners(
                "nameUnitTaskListener",
                "showUnitTargetsListener",
                "tellUnitTargetsListener",
                "confirmTargetsListener",
                "resolveObjectionListener",
                "showReportFormListener",
                "mailReturnedReportListener",
                "submitReportListener",
                "showReportForReviewListener",
                "reviewReportListener",
                "selfAssessmentListener",
                "showAuditListener",
                "auditScoreListener",
                "scoreUnitListener");
    }

    @AfterEach
    void forgetMocks() {
        Mocks.reset();
    }

    private Task open(String taskId) {
        return ModelAlone.theOpen(engine, taskId);
    }

    private void complete(String taskId, Map<String, Object> decided) {
        tasks.complete(open(taskId).getId(), decided);
    }

    private void assertGroup(String taskId, String group) {
        assertThat(ModelAlone.candidateGroups(engine, open(taskId))).contains(group);
    }

    @Test
    void twoObjectionsAnsweredThenTheTargetsAcceptedAndTheFirstRoundOpensAtTheQuartersEnd() {
        runtime.startProcessInstanceByKey(UnitTargetsModel.KEY, "2027-SD01", year);
        assertGroup(UnitTargetsModel.TASK_CONFIRM_TARGETS, "SD01");
        complete(UnitTargetsModel.TASK_CONFIRM_TARGETS, Map.of("targetsAccepted", false));
        assertGroup(UnitTargetsModel.TASK_RESOLVE_OBJECTION, "managers");
        complete(UnitTargetsModel.TASK_RESOLVE_OBJECTION, Map.of());
        // A second objection to the answer goes to the district again.
        complete(UnitTargetsModel.TASK_CONFIRM_TARGETS, Map.of("targetsAccepted", false));
        complete(UnitTargetsModel.TASK_RESOLVE_OBJECTION, Map.of());
        complete(UnitTargetsModel.TASK_CONFIRM_TARGETS, Map.of("targetsAccepted", true));

        ModelAlone.fireTimer(engine, UnitTargetsModel.EVENT_QUARTER_ENDED);
        assertGroup(UnitTargetsModel.TASK_REPORT_PROGRESS, "SD01");
        complete(UnitTargetsModel.TASK_REPORT_PROGRESS, Map.of());
        complete(UnitTargetsModel.TASK_REVIEW_REPORT, Map.of("reportApproved", false));
        // Returned: the unit reports again, in the same round.
        complete(UnitTargetsModel.TASK_REPORT_PROGRESS, Map.of());
        complete(UnitTargetsModel.TASK_REVIEW_REPORT, Map.of("reportApproved", true, "round", 1));
        assertThat(runtime.createEventSubscriptionQuery()
                        .eventName(UnitTargetsModel.MESSAGE_REPORTING_ROUND_OPENED)
                        .count())
                .isOne();
        assertThat(tasks.createTaskQuery().count()).isZero();
    }

    @Test
    void theDistrictOpensARoundBeforeTheQuartersEnd() {
        ProcessInstance unit = runtime.startProcessInstanceByKey(UnitTargetsModel.KEY, "2027-SD01", year);
        complete(UnitTargetsModel.TASK_CONFIRM_TARGETS, Map.of("targetsAccepted", true));
        runtime.createMessageCorrelation(UnitTargetsModel.MESSAGE_REPORTING_ROUND_OPENED)
                .processInstanceId(unit.getId())
                .correlate();
        open(UnitTargetsModel.TASK_REPORT_PROGRESS);
        assertThat(engine.getManagementService().createJobQuery().timers().count())
                .isZero();
    }

    @Test
    void afterTheFourthRoundTheUnitAssessesItsYearAndTheDistrictScoresIt() {
        runtime.createProcessInstanceByKey(UnitTargetsModel.KEY)
                .businessKey("2027-SD01")
                .setVariables(year)
                .setVariable("round", 3)
                .startBeforeActivity(UnitTargetsModel.TASK_REPORT_PROGRESS)
                .execute();
        complete(UnitTargetsModel.TASK_REPORT_PROGRESS, Map.of());
        complete(UnitTargetsModel.TASK_REVIEW_REPORT, Map.of("reportApproved", true, "round", 4));
        assertGroup(UnitTargetsModel.TASK_SELF_ASSESSMENT, "SD01");
        complete(UnitTargetsModel.TASK_SELF_ASSESSMENT, Map.of());
        assertGroup(UnitTargetsModel.TASK_AUDIT_SCORE, "managers");
        complete(UnitTargetsModel.TASK_AUDIT_SCORE, Map.of());
        assertThat(ModelAlone.endedAt(engine, UnitTargetsModel.KEY))
                .containsExactly(UnitTargetsModel.EVENT_YEAR_CLOSED);
    }

    @Test
    void aChangeInTheYearIsConfirmedAgainBesideTheWorkInHandAndMayBeObjectedTo() {
        ProcessInstance unit = runtime.createProcessInstanceByKey(UnitTargetsModel.KEY)
                .businessKey("2027-SD01")
                .setVariables(year)
                .setVariable("round", 1)
                .startBeforeActivity(UnitTargetsModel.TASK_REPORT_PROGRESS)
                .execute();
        runtime.createMessageCorrelation(UnitTargetsModel.MESSAGE_TARGETS_CHANGED)
                .processInstanceId(unit.getId())
                .correlate();
        // The report in hand stays open beside the reconfirmation.
        open(UnitTargetsModel.TASK_REPORT_PROGRESS);
        complete(UnitTargetsModel.TASK_RECONFIRM_TARGETS, Map.of("targetsAccepted", false));
        assertGroup(UnitTargetsModel.TASK_RESOLVE_CHANGE_OBJECTION, "managers");
        complete(UnitTargetsModel.TASK_RESOLVE_CHANGE_OBJECTION, Map.of());
        complete(UnitTargetsModel.TASK_RECONFIRM_TARGETS, Map.of("targetsAccepted", true));
        assertThat(ModelAlone.endedAt(engine, UnitTargetsModel.KEY))
                .containsExactly(UnitTargetsModel.EVENT_CHANGE_CONFIRMED);
        open(UnitTargetsModel.TASK_REPORT_PROGRESS);
    }
}
