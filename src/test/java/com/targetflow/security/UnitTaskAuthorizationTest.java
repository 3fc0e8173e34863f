package com.targetflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.targetflow.DemoDistrictTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A unit's work is its own: street01 sees and completes sub-district 1's task, and can neither
 * see nor complete sub-district 2's, through engine-rest or through the Java API.
 */
@DemoDistrictTest
class UnitTaskAuthorizationTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    String probe;
    ProcessInstance sd01;
    ProcessInstance sd02;

    @BeforeEach
    void startOneTaskForEachOfTwoUnits() {
        probe = repository
                .createDeployment()
                .addModelInstance(
                        "unit-task-probe.bpmn",
                        Bpmn.createExecutableProcess("unit-task-probe")
                                .camundaHistoryTimeToLive(1)
                                .startEvent("Event_Started")
                                .camundaExecutionListenerDelegateExpression("start", "${unitProcessAccessListener}")
                                .userTask("Task_UnitWork")
                                .name("单位任务")
                                .camundaCandidateGroups("${unitCode}")
                                .endEvent("Event_Done")
                                .done())
                .deploy()
                .getId();
        sd01 = runtime.startProcessInstanceByKey("unit-task-probe", Map.of("unitCode", "SD01"));
        sd02 = runtime.startProcessInstanceByKey("unit-task-probe", Map.of("unitCode", "SD02"));
    }

    @AfterEach
    void cleanUp() {
        identity.clearAuthentication();
        // Only the probe: the context, and its deployed processes, are shared with other test classes.
        repository.deleteDeployment(probe, true);
    }

    @Test
    void engineRestShowsAndCompletesOnlyTheUnitsOwnTasks() {
        List<Map<String, Object>> visible = get("street01", "/engine-rest/task?processDefinitionKey=unit-task-probe")
                .getBody();
        assertThat(visible).extracting(t -> t.get("processInstanceId")).containsExactly(sd01.getId());

        List<Map<String, Object>> instances = get(
                        "street01", "/engine-rest/process-instance?processDefinitionKey=unit-task-probe")
                .getBody();
        assertThat(instances).extracting(i -> i.get("id")).containsExactly(sd01.getId());

        String otherTask = taskOf(sd02).getId();
        assertThat(http.withBasicAuth("street01", "demo")
                        .getForEntity("/engine-rest/task/" + otherTask, String.class)
                        .getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(complete("street01", otherTask).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskOf(sd02)).as("the other unit's task is still open").isNotNull();

        assertThat(complete("street01", taskOf(sd01).getId()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(sd01.getId())
                        .count())
                .isZero();
    }

    @Test
    void managerSeesEveryUnitsTasks() {
        assertThat(get("manager", "/engine-rest/task?processDefinitionKey=unit-task-probe")
                        .getBody())
                .hasSize(2);
    }

    @Test
    void javaApiAppliesTheSameAuthorizations() {
        identity.setAuthentication("street01", List.of("SD01", "secretaries"));
        assertThat(tasks.createTaskQuery()
                        .processDefinitionKey("unit-task-probe")
                        .list())
                .extracting(Task::getProcessInstanceId)
                .containsExactly(sd01.getId());
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("unit-task-probe")
                        .list())
                .extracting(ProcessInstance::getId)
                .containsExactly(sd01.getId());
        String otherTask;
        identity.clearAuthentication();
        otherTask = taskOf(sd02).getId();
        identity.setAuthentication("street01", List.of("SD01", "secretaries"));
        assertThatThrownBy(() -> tasks.complete(otherTask)).isInstanceOf(AuthorizationException.class);
        identity.clearAuthentication();
        assertThat(taskOf(sd02)).isNotNull();
    }

    @Test
    void anonymousEngineRestCallsGet401ExceptTheEngineList() {
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/engine-rest/process-instance", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/engine-rest/user", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("street01", "wrong")
                        .getForEntity("/engine-rest/task", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> engines = http.getForEntity("/engine-rest/engine", String.class);
        assertThat(engines.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(engines.getBody()).contains("default");
    }

    @Test
    void camundasOwnRefusalNamesTheMissingPermissionsInTheCallersLanguage() throws Exception {
        String chinese = suspend("street01", "zh-CN", sd02.getId());
        String english = suspend("street01", "en", sd02.getId());

        JsonNode zh = new ObjectMapper().readTree(chinese);
        assertThat(zh.path("type").asText()).isEqualTo("AuthorizationException");
        assertThat(zh.path("message").asText())
                .isEqualTo(("您没有执行此操作的权限：需要对流程实例 %1$s 的「挂起」(SUSPEND) 权限，"
                                + "或对流程定义 unit-task-probe 的「挂起实例」(SUSPEND_INSTANCE) 权限，"
                                + "或对流程实例 %1$s 的「更新」(UPDATE) 权限，"
                                + "或对流程定义 unit-task-probe 的「更新实例」(UPDATE_INSTANCE) 权限。")
                        .formatted(sd02.getId()));
        assertThat(new ObjectMapper().readTree(english).path("message").asText())
                .startsWith(
                        "You do not have the permission for this: it needs the permission SUSPEND on process instance "
                                + sd02.getId())
                .doesNotContain("ENGINE-");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(sd02.getId())
                        .singleResult()
                        .isSuspended())
                .isFalse();
    }

    private String suspend(String user, String language, String instanceId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        ResponseEntity<String> answer = http.withBasicAuth(user, "demo")
                .exchange(
                        "/engine-rest/process-instance/" + instanceId + "/suspended",
                        HttpMethod.PUT,
                        new HttpEntity<>("{\"suspended\":true}", headers),
                        String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        return answer.getBody();
    }

    private ResponseEntity<List<Map<String, Object>>> get(String user, String path) {
        return http.withBasicAuth(user, "demo")
                .exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
    }

    private ResponseEntity<String> complete(String user, String taskId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo")
                .postForEntity(
                        "/engine-rest/task/" + taskId + "/complete",
                        new HttpEntity<>("{\"variables\":{}}", headers),
                        String.class);
    }

    private Task taskOf(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }
}
