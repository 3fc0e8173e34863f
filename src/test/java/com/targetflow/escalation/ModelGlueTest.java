package com.targetflow.escalation;

import static com.targetflow.web.InputRefused.assertThatRefusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DemoDistrictTest;
import com.targetflow.web.InputRefusalText;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The glue the models no longer repeat: a task drawn with a Camunda Form checks the form's rules on
 * completion, and a task marked escalation=watched is followed by the ladder — with no listener in
 * its XML; a task without either has neither.
 */
@DemoDistrictTest
class ModelGlueTest {

    private static final String KEY = "model-glue-test";

    @Autowired
    InputRefusalText refusals;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    WatchedTaskRepository watched;

    @Test
    void aNewTaskWithAFormAndTheMarkIsCheckedAndWatchedWithoutListenersOfItsOwn() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(KEY)
                .camundaHistoryTimeToLive(1)
                .startEvent("Event_Started")
                .userTask("Task_Marked")
                .name("确认目标")
                .camundaFormRef("confirm-targets")
                .camundaFormRefBinding("latest")
                .camundaCandidateGroups("SD01")
                .camundaDueDate("${due}")
                .userTask("Task_Plain")
                .name("无表单")
                .camundaCandidateGroups("SD01")
                .camundaDueDate("${due}")
                .endEvent("Event_Done")
                .done();
        CamundaProperty mark = model.newInstance(CamundaProperty.class);
        mark.setCamundaName(WatchMarkedTasks.PROPERTY);
        mark.setCamundaValue(WatchMarkedTasks.WATCHED);
        CamundaProperties properties = model.newInstance(CamundaProperties.class);
        properties.getCamundaProperties().add(mark);
        ((UserTask) model.getModelElementById("Task_Marked")).builder().addExtensionElement(properties);
        assertThat(Bpmn.convertToString(model)).doesNotContain("taskListener");
        repository.createDeployment().addModelInstance(KEY + ".bpmn", model).deploy();

        String instance = runtime.startProcessInstanceByKey(
                        KEY, Map.of("due", Date.from(Instant.now().plus(5, ChronoUnit.DAYS))))
                .getId();
        Task marked = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(watched.findByTaskId(marked.getId()))
                .as("watched by the ladder")
                .isPresent();
        // The form's rule (its radio is required) refuses a completion without it, and nothing moves.
        assertThatRefusalOf(refusals, () -> tasks.complete(marked.getId(), Map.of()))
                .contains("不能为空");
        assertThat(tasks.createTaskQuery().taskId(marked.getId()).count()).isOne();
        tasks.complete(marked.getId(), Map.of("targetsAccepted", "true"));
        assertThat(watched.findByTaskId(marked.getId()).map(WatchedTask::isOpen))
                .as("ended with the task")
                .hasValue(false);

        Task plain = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(plain.getTaskDefinitionKey()).isEqualTo("Task_Plain");
        assertThat(watched.findByTaskId(plain.getId()))
                .as("not marked, not watched")
                .isEmpty();
        tasks.complete(plain.getId(), Map.of());
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(instance)
                        .count())
                .isZero();
    }
}
