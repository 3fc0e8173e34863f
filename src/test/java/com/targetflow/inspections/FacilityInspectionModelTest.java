package com.targetflow.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.targetflow.ModelAlone;
import com.targetflow.ModelTest;
import com.targetflow.models.FacilityInspectionModel;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
 * facility-inspection alone, with its decision table (inspection-result) and its beans mocked: the
 * inspector's findings go in as the variables the checklist listener would set, and the result is
 * recorded as RecordResultDelegate does (outcome from the decision, failed re-inspections counted).
 */
@ModelTest("facility-inspection")
@Deployment(resources = {"bpmn/facility-inspection.bpmn", "bpmn/inspection-result.dmn"})
class FacilityInspectionModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ModelAlone.engine();

    private final InspectionCalendar calendar = mock(InspectionCalendar.class);
    private final JavaDelegate tellUnitLeader = mock(JavaDelegate.class);
    private final TaskListener mailRectification = mock(TaskListener.class);
    private TaskService tasks;

    @BeforeEach
    void mockTheBeans() {
        tasks = engine.getTaskService();
        when(calendar.roundDue(anyLong())).thenReturn(new Date());
        Mocks.register("inspectionCalendar", calendar);
        Mocks.register("recordResultDelegate", (JavaDelegate) FacilityInspectionModelTest::recordResult);
        Mocks.register("tellUnitLeaderDelegate", tellUnitLeader);
        Mocks.register("mailRectificationListener", mailRectification);
        ModelAlone.quietListeners(
                "showChecklistListener",
                "inspectFacilityListener",
                "showRectificationListener",
                "rectifyListener",
                "escalateInspectionListener");
    }

    @AfterEach
    void forgetMocks() {
        Mocks.reset();
    }

    /** What RecordResultDelegate leaves for the gateways: the outcome, and how many re-inspections failed. */
    private static void recordResult(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        String outcome = (String) ((Map<String, Object>) execution.getVariable("decision")).get("outcome");
        execution.setVariableLocal("outcome", outcome);
        int failed = execution.hasVariableLocal("failedReinspections")
                ? (Integer) execution.getVariableLocal("failedReinspections")
                : 0;
        if (execution.getCurrentActivityId().equals("Task_RecordReinspection") && !outcome.equals("PASS")) {
            failed++;
        }
        execution.setVariableLocal("failedReinspections", failed);
    }

    private ProcessInstance round(Long... facilities) {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(
                        FacilityInspectionModel.KEY,
                        Map.of(
                                "roundId",
                                3L,
                                "inspectionId",
                                30L,
                                "inspector",
                                "inspector",
                                "unitCode",
                                "SD01",
                                "facilityIds",
                                List.of(facilities)));
    }

    private Task open(String taskId) {
        return ModelAlone.theOpen(engine, taskId);
    }

    private void findings(String taskId, boolean hazard, int failedItems) {
        tasks.complete(open(taskId).getId(), Map.of("seriousFailure", hazard, "failedItems", failedItems));
    }

    @Test
    void everyFacilityOfTheRoundIsInspectedByItsInspectorAndTheRoundClosesWhenAllPassed() throws Exception {
        round(101L, 102L);
        List<Task> visits = tasks.createTaskQuery()
                .taskDefinitionKey(FacilityInspectionModel.TASK_INSPECT_FACILITY)
                .list();
        assertThat(visits)
                .hasSize(2)
                .allSatisfy(visit -> assertThat(visit.getAssignee()).isEqualTo("inspector"));
        for (Task visit : visits) {
            tasks.complete(visit.getId(), Map.of("seriousFailure", false, "failedItems", 0));
        }
        assertThat(ModelAlone.endedAt(engine, FacilityInspectionModel.KEY))
                .containsExactly(
                        FacilityInspectionModel.EVENT_FACILITY_PASSED,
                        FacilityInspectionModel.EVENT_FACILITY_PASSED,
                        FacilityInspectionModel.EVENT_ROUND_CLOSED);
        verify(tellUnitLeader, never()).execute(any());
    }

    @Test
    void oneFailedItemIsRectifiedByTheUnitAndPassesTheReinspection() {
        round(101L);
        findings(FacilityInspectionModel.TASK_INSPECT_FACILITY, false, 1);
        Task rectify = open(FacilityInspectionModel.TASK_RECTIFY);
        assertThat(ModelAlone.candidateGroups(engine, rectify)).containsExactly("SD01");
        tasks.complete(rectify.getId());
        assertThat(open(FacilityInspectionModel.TASK_REINSPECT).getAssignee()).isEqualTo("inspector");
        findings(FacilityInspectionModel.TASK_REINSPECT, false, 0);
        assertThat(ModelAlone.endedAt(engine, FacilityInspectionModel.KEY))
                .containsExactly(
                        FacilityInspectionModel.EVENT_FACILITY_RECTIFIED, FacilityInspectionModel.EVENT_ROUND_CLOSED);
        verify(mailRectification).notify(any());
    }

    @Test
    void aHazardTellsTheUnitsLeaderAndTwoFailedReinspectionsGoToTheDistrict() throws Exception {
        round(101L);
        findings(FacilityInspectionModel.TASK_INSPECT_FACILITY, true, 0);
        verify(tellUnitLeader).execute(any());
        tasks.complete(open(FacilityInspectionModel.TASK_RECTIFY).getId());
        findings(FacilityInspectionModel.TASK_REINSPECT, false, 4);
        // The first failed re-inspection asks for a second rectification, not yet the district.
        tasks.complete(open(FacilityInspectionModel.TASK_RECTIFY).getId());
        findings(FacilityInspectionModel.TASK_REINSPECT, false, 2);
        Task escalate = open(FacilityInspectionModel.TASK_ESCALATE_TO_DISTRICT);
        assertThat(ModelAlone.candidateGroups(engine, escalate)).containsExactly("managers");
        tasks.complete(escalate.getId());
        assertThat(ModelAlone.endedAt(engine, FacilityInspectionModel.KEY))
                .containsExactly(
                        FacilityInspectionModel.EVENT_FACILITY_ESCALATED, FacilityInspectionModel.EVENT_ROUND_CLOSED);
        verify(mailRectification, times(2)).notify(any());
    }
}
