package com.targetflow.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.ModelAlone;
import com.targetflow.ModelTest;
import com.targetflow.models.AnnualPlanModel;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * annual-plan alone: one unit-targets instance per unit, each with the plan, the year, its unit and
 * round 0, keyed year-unit. unit-targets is called from the same deployment, so a stand-in that
 * waits for the year to end is deployed beside the plan instead of the real one.
 */
@ModelTest("annual-plan")
class AnnualPlanModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ModelAlone.engine();

    private Deployment deployment;

    @BeforeEach
    void deployThePlanWithAStandInForTheUnits() {
        BpmnModelInstance unitYear = Bpmn.createExecutableProcess("unit-targets")
                .startEvent()
                .userTask("Task_Year")
                .endEvent()
                .done();
        deployment = engine.getRepositoryService()
                .createDeployment()
                .addClasspathResource("bpmn/annual-plan.bpmn")
                .addModelInstance("unit-targets.bpmn", unitYear)
                .deploy();
    }

    @AfterEach
    void undeploy() {
        engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }

    @Test
    void everyUnitGetsItsYearAndThePlanCompletesWhenAllUnitsHaveClosedTheirs() {
        RuntimeService runtime = engine.getRuntimeService();
        ProcessInstance plan = runtime.startProcessInstanceByKey(
                AnnualPlanModel.KEY,
                "2027",
                Map.of("planId", 7L, "year", 2027, "unitCodes", List.of("SD01", "SD02", "ENT01")));

        List<ProcessInstance> units = runtime.createProcessInstanceQuery()
                .processDefinitionKey("unit-targets")
                .orderByBusinessKey()
                .asc()
                .list();
        assertThat(units)
                .extracting(ProcessInstance::getBusinessKey)
                .containsExactly("2027-ENT01", "2027-SD01", "2027-SD02");
        for (ProcessInstance unit : units) {
            Map<String, Object> given = runtime.getVariables(unit.getId());
            assertThat(given)
                    .containsEntry("planId", 7L)
                    .containsEntry("year", 2027)
                    .containsEntry("round", 0L)
                    .containsEntry("unitCode", unit.getBusinessKey().substring(5));
        }

        engine.getTaskService()
                .createTaskQuery()
                .list()
                .forEach(year -> engine.getTaskService().complete(year.getId()));
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(plan.getId())
                        .count())
                .isZero();
        assertThat(ModelAlone.endedAt(engine, AnnualPlanModel.KEY))
                .containsExactly(AnnualPlanModel.EVENT_PLAN_COMPLETED);
    }
}
