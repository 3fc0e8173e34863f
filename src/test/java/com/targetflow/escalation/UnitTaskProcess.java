package com.targetflow.escalation;

import com.targetflow.models.FacilityInspectionModel;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * A unit's task as the other processes have them — the unit as candidate group, a due date, the
 * ladder's listener on its four events — deployed once per test context, for tests that need
 * tasks with chosen due dates.
 */
final class UnitTaskProcess {

    static final String KEY = "escalation-test-unit-task";

    private UnitTaskProcess() {}

    static void deployOnce(RepositoryService repository) {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count() > 0) {
            return;
        }
        repository
                .createDeployment()
                .addModelInstance(
                        KEY + ".bpmn",
                        Bpmn.createExecutableProcess(KEY)
                                .camundaHistoryTimeToLive(1)
                                .startEvent("Event_Started")
                                .userTask(FacilityInspectionModel.TASK_RECTIFY)
                                .name("${title}")
                                .camundaCandidateGroups("${unitCode}")
                                .camundaDueDate("${due}")
                                .camundaTaskListenerDelegateExpression("create", "${escalationListener}")
                                .camundaTaskListenerDelegateExpression("update", "${escalationListener}")
                                .camundaTaskListenerDelegateExpression("complete", "${escalationListener}")
                                .camundaTaskListenerDelegateExpression("delete", "${escalationListener}")
                                .endEvent("Event_Done")
                                .done())
                .deploy();
    }

    static ProcessInstance start(RuntimeService runtime, String unitCode, String title, Date due) {
        return runtime.startProcessInstanceByKey(KEY, Map.of("unitCode", unitCode, "title", title, "due", due));
    }
}
