package com.targetflow.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.targetflow.ModelAlone;
import com.targetflow.ModelTest;
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
        ModelAlone.quietListeners("nameUnitTaskListener", "showUnitTargetsListener", "tellUnitTargetsListener",
                "confirmTargetsListener", "resolveObjectionListener", "showReportFormListener", "mailReturnedReportListener",
                "submitReportListener", "showReportForReviewListener", "reviewReportListener", "selfAssessmentListener",
                "showAuditListener", "auditScoreListener", "scoreUnitListener");
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
        runtime.startProcessInstanceByKey("unit-targets", "2027-SD01", year);
        assertGroup("Task_ConfirmTargets", "SD01");
        complete("Task_ConfirmTargets", Map.of("targetsAccepted", false));
        assertGroup("Task_ResolveObjection", "managers");
        complete("Task_ResolveObjection", Map.of());
        // A second objection to the answer goes to the district again.
        complete("Task_ConfirmTargets", Map.of("targetsAccepted", false));
        complete("Task_ResolveObjection", Map.of());
        complete("Task_ConfirmTargets", Map.of("targetsAccepted", true));

        ModelAlone.fireTimer(engine, "Event_QuarterEnded");
        assertGroup("Task_ReportProgress", "SD01");
        complete("Task_ReportProgress", Map.of());
        complete("Task_ReviewReport", Map.of("reportApproved", false));
        // Returned: the unit reports again, in the same round.
        complete("Task_ReportProgress", Map.of());
        complete("Task_ReviewReport", Map.of("reportApproved", true, "round", 1));
        assertThat(runtime.createEventSubscriptionQuery().eventName("ReportingRoundOpened").count()).isOne();
        assertThat(tasks.createTaskQuery().count()).isZero();
    }

    @Test
    void theDistrictOpensARoundBeforeTheQuartersEnd() {
        ProcessInstance unit = runtime.startProcessInstanceByKey("unit-targets", "2027-SD01", year);
        complete("Task_ConfirmTargets", Map.of("targetsAccepted", true));
        runtime.createMessageCorrelation("ReportingRoundOpened").processInstanceId(unit.getId()).correlate();
        open("Task_ReportProgress");
        assertThat(engine.getManagementService().createJobQuery().timers().count()).isZero();
    }

    @Test
    void afterTheFourthRoundTheUnitAssessesItsYearAndTheDistrictScoresIt() {
        runtime.createProcessInstanceByKey("unit-targets").businessKey("2027-SD01").setVariables(year)
                .setVariable("round", 3).startBeforeActivity("Task_ReportProgress").execute();
        complete("Task_ReportProgress", Map.of());
        complete("Task_ReviewReport", Map.of("reportApproved", true, "round", 4));
        assertGroup("Task_SelfAssessment", "SD01");
        complete("Task_SelfAssessment", Map.of());
        assertGroup("Task_AuditScore", "managers");
        complete("Task_AuditScore", Map.of());
        assertThat(ModelAlone.endedAt(engine, "unit-targets")).containsExactly("Event_YearClosed");
    }

    @Test
    void aChangeInTheYearIsConfirmedAgainBesideTheWorkInHandAndMayBeObjectedTo() {
        ProcessInstance unit = runtime.createProcessInstanceByKey("unit-targets").businessKey("2027-SD01").setVariables(year)
                .setVariable("round", 1).startBeforeActivity("Task_ReportProgress").execute();
        runtime.createMessageCorrelation("TargetsChanged").processInstanceId(unit.getId()).correlate();
        // The report in hand stays open beside the reconfirmation.
        open("Task_ReportProgress");
        complete("Task_ReconfirmTargets", Map.of("targetsAccepted", false));
        assertGroup("Task_ResolveChangeObjection", "managers");
        complete("Task_ResolveChangeObjection", Map.of());
        complete("Task_ReconfirmTargets", Map.of("targetsAccepted", true));
        assertThat(ModelAlone.endedAt(engine, "unit-targets")).containsExactly("Event_ChangeConfirmed");
        open("Task_ReportProgress");
    }
}
