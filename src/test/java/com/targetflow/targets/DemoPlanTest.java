package com.targetflow.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DemoDistrictTest;
import com.targetflow.models.UnitTargetsModel;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
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
 * The demo's plan for this year, issued at first start to all 13 sub-districts: each secretary
 * finds 确认目标 with their own unit's targets only, and a bad completion through engine-rest is
 * refused with 400 in the caller's language, leaving the task open.
 */
@DemoDistrictTest
class DemoPlanTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    RuntimeService runtime;

    @Test
    void thePlanIsIssuedToAllThirteenSubDistricts() {
        int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("annual-plan")
                        .processInstanceBusinessKey("plan-" + year)
                        .count())
                .isOne();
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("unit-targets")
                        .processInstanceBusinessKeyLike(year + "-SD%")
                        .count())
                .isEqualTo(13);
    }

    @Test
    void street01FindsConfirmTargetsWithOnlySubDistrictOnesTargets() {
        List<Map<String, Object>> tasks = tasksOf("street01");
        assertThat(tasks)
                .extracting(t -> t.get("taskDefinitionKey"))
                .containsExactly(UnitTargetsModel.TASK_CONFIRM_TARGETS);
        assertThat(tasks)
                .extracting(t -> t.get("name"))
                .containsExactly("确认目标：" + Year.now(ZoneId.of("Asia/Shanghai")).getValue() + " 年 · 东城街道科协");
        String taskId = (String) tasks.get(0).get("id");

        ResponseEntity<String> variables = http.withBasicAuth("street01", "demo")
                .getForEntity("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false", String.class);
        assertThat(variables.getBody()).contains("FAC-1", "ORG-2", "新建科普画廊").doesNotContain("SD02");

        ResponseEntity<String> other =
                http.withBasicAuth("street02", "demo").getForEntity("/engine-rest/task/" + taskId, String.class);
        assertThat(other.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }

    @Test
    void aBadCompletionThroughEngineRestIsRefusedWith400AndTheTaskStaysOpen() {
        String taskId = (String) tasksOf("street03").get(0).get("id");
        String body = """
                {"variables":{"targetsAccepted":{"value":"false"},
                 "objections":{"value":"[{\\"indicatorCode\\":\\"FAC-2\\",\\"proposedQuota\\":-2}]","type":"Json"}}}""";
        ResponseEntity<String> zh = complete("street03", taskId, body, "zh-CN");
        assertThat(zh.getStatusCode()).as(zh.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        // Each field by its form's label, with the target the row is about; the paths are not for people.
        assertThat(zh.getBody())
                .contains(
                        "建议目标值：不能小于 0",
                        "异议理由：不能为空",
                        "\"fields\":[\"objections[0].proposedQuota\",\"objections[0].reason\"]")
                .doesNotContain("Exception while invoking", "\tat ");
        assertThat(zh.getBody().substring(0, zh.getBody().indexOf("\"fields\"")))
                .as("the message")
                .doesNotContain("objections[");
        ResponseEntity<String> en = complete("street03", taskId, body, "en");
        assertThat(en.getBody()).contains("must not be less than 0");
        assertThat(tasksOf("street03")).extracting(t -> t.get("id")).containsExactly(taskId);
    }

    private List<Map<String, Object>> tasksOf(String user) {
        int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        String unit = "SD" + user.substring("street".length(), "street".length() + 2);
        return http.withBasicAuth(user, "demo")
                .exchange(
                        "/engine-rest/task?processDefinitionKey=unit-targets" + "&processInstanceBusinessKey=" + year
                                + "-" + unit,
                        HttpMethod.GET,
                        null,
                        new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .getBody();
    }

    private ResponseEntity<String> complete(String user, String taskId, String body, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Accept-Language", language);
        return http.withBasicAuth(user, "demo")
                .postForEntity(
                        "/engine-rest/task/" + taskId + "/complete", new HttpEntity<>(body, headers), String.class);
    }
}
