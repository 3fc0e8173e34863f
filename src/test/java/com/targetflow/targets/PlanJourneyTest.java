package com.targetflow.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.targetflow.DemoDistrictTest;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.SentMails;
import java.time.Year;
import java.time.ZoneId;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The journey through the APIs: next year's plan copied from this year's, adjusted and
 * issued; street01 confirms, reports, is returned with a comment, corrects, is approved; the plan
 * shows the approved value; street02 never sees sub-district 1's work.
 */
@DemoDistrictTest
class PlanJourneyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    SentMails mails;

    @Test
    void nextYearsPlanIsCopiedIssuedReportedReturnedCorrectedAndApproved() throws Exception {
        int next = Year.now(ZoneId.of("Asia/Shanghai")).getValue() + 1;

        ResponseEntity<String> bad = send(
                "manager",
                HttpMethod.POST,
                "/api/plans/" + (next + 5) + "/targets",
                "{\"unitCode\":\"SD01\",\"indicatorCode\":\"ORG-2\",\"quota\":120,\"dueDate\":\"" + next + "-12-31\"}");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<String> created = send(
                "manager",
                HttpMethod.POST,
                "/api/plans",
                "{\"year\":" + next + ",\"copyFromYear\":" + (next - 1) + "}");
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode plan = JSON.readTree(created.getBody());
        assertThat(plan.get("targets")).hasSize(13 * 8 + 4 + 2); // and the district's two kinds of meeting
        assertThat(send("street01", HttpMethod.POST, "/api/plans", "{\"year\":" + (next + 1) + "}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> coverage = send(
                "manager",
                HttpMethod.POST,
                "/api/plans/" + next + "/targets",
                "{\"unitCode\":\"SD01\",\"indicatorCode\":\"ORG-1\",\"quota\":120,\"dueDate\":\"" + next + "-12-31\"}");
        assertThat(coverage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(coverage.getBody()).contains("\"field\":\"quota\"", "100%");
        assertThat(send(
                                "manager",
                                HttpMethod.POST,
                                "/api/plans/" + next + "/targets",
                                "{\"unitCode\":\"SD01\",\"indicatorCode\":\"MED-1\",\"quota\":6,\"dueDate\":\"" + next
                                        + "-12-31\"}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        assertThat(send(
                                "manager",
                                HttpMethod.POST,
                                "/api/plans/" + plan.get("id").asLong() + "/issue",
                                "")
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ProcessInstance sd01 = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(next + "-SD01")
                .singleResult();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKeyLike(next + "-SD%")
                        .count())
                .isEqualTo(13);

        String confirm = taskOf("street01", next);
        assertThat(complete("street01", confirm, "{\"targetsAccepted\":{\"value\":true}}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        Job quarterEnd = management
                .createJobQuery()
                .processInstanceId(sd01.getId())
                .timers()
                .singleResult();
        management.executeJob(quarterEnd.getId());
        String report = taskOf("street01", next);
        assertThat(complete("street01", report, values("2")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        String review = taskOf("manager", next);
        assertThat(complete(
                                "manager",
                                review,
                                "{\"reportApproved\":{\"value\":false},\"comments\":{\"type\":\"Json\","
                                        + "\"value\":\"[{\\\"indicatorCode\\\":\\\"MED-1\\\",\\\"comment\\\":\\\"请附报纸版面照片\\\"}]\"}}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        String again = taskOf("street01", next);
        // The unit's secretary-general is told by mail, with the reason and a link to the task on the workbench.
        assertThat(mails.findByRecipientUsernameOrderByIdDesc("street01", PageRequest.of(0, 5)))
                .filteredOn(m -> m.getKind() == MailKind.REPORT_RETURNED && again.equals(m.getTaskId()))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.getSubject()).isEqualTo("进展填报被退回：" + next + " 年第 1 季度");
                    assertThat(m.getBodyText()).contains("请附报纸版面照片", "/workbench/tasks/" + again);
                });
        assertThat(http.withBasicAuth("street01", "demo")
                        .getForObject(
                                "/engine-rest/task/" + again + "/form-variables?deserializeValues=false", String.class))
                .contains("请附报纸版面照片");
        assertThat(complete("street01", again, values("3")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(complete("manager", taskOf("manager", next), "{\"reportApproved\":{\"value\":true}}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode progress = JSON.readTree(
                send("manager", HttpMethod.GET, "/api/plans/" + next, null).getBody());
        JsonNode med1 = null;
        for (JsonNode t : progress.get("targets")) {
            if (t.get("unitCode").asText().equals("SD01")
                    && t.get("indicatorCode").asText().equals("MED-1")) {
                med1 = t;
            }
        }
        assertThat(med1).isNotNull();
        assertThat(med1.get("approvedValue").decimalValue()).isEqualByComparingTo("3");
        assertThat(med1.get("completionRate").decimalValue()).isEqualByComparingTo("50");
        assertThat(med1.get("reports")).hasSize(2);

        String seenBy02 =
                send("street02", HttpMethod.GET, "/api/plans/" + next, null).getBody();
        assertThat(seenBy02).contains("\"unitCode\":\"SD02\"").doesNotContain("\"unitCode\":\"SD01\"");
        assertThat(send("street02", HttpMethod.GET, "/api/units/SD01/targets?year=" + next, null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("street02", "demo")
                        .getForObject("/engine-rest/task?processInstanceBusinessKey=" + next + "-SD01", String.class))
                .isEqualTo("[]");
    }

    /** Every SD01 target gets the same value; MED-1's is the one the test follows. */
    private String values(String value) throws Exception {
        JsonNode targets = JSON.readTree(send(
                        "street01",
                        HttpMethod.GET,
                        "/api/units/SD01/targets?year="
                                + (Year.now(ZoneId.of("Asia/Shanghai")).getValue() + 1),
                        null)
                .getBody());
        StringBuilder rows = new StringBuilder("[");
        for (JsonNode t : targets) {
            if (rows.length() > 1) {
                rows.append(',');
            }
            rows.append("{\"indicatorCode\":\"")
                    .append(t.get("indicatorCode").asText())
                    .append("\",\"value\":")
                    .append(value)
                    .append('}');
        }
        rows.append(']');
        return "{\"values\":{\"type\":\"Json\",\"value\":" + JSON.writeValueAsString(rows.toString()) + "}}";
    }

    private String taskOf(String user, int year) throws Exception {
        JsonNode tasks = JSON.readTree(http.withBasicAuth(user, "demo")
                .getForObject("/engine-rest/task?processInstanceBusinessKey=" + year + "-SD01", String.class));
        assertThat(tasks).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    private ResponseEntity<String> complete(String user, String taskId, String variables) {
        return send(
                user,
                HttpMethod.POST,
                "/engine-rest/task/" + taskId + "/complete",
                "{\"variables\":" + variables + "}");
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Accept-Language", "zh-CN");
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(json, headers), String.class);
    }
}
