package com.targetflow.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import com.targetflow.DemoDistrictTest;
import com.targetflow.models.EscalationModel;
import com.targetflow.organisation.DigestFrequency;
import com.targetflow.organisation.People;
import com.targetflow.targets.Plans;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Late work as people see it: a task's ladder and light in the API and on its page, only for its
 * unit and the district; the open tasks by light; the plan page's lights; a person's digest choice.
 */
@DemoDistrictTest
class EscalationApiTest {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    @Autowired
    ProcessEngine engine;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    People people;

    @Autowired
    Plans plans;

    @Autowired
    TestRestTemplate http;

    String taskId;

    @BeforeEach
    void anOverdueRectificationOfSubDistrictFive() {
        AbstractAssertions.init(engine);
        UnitTaskProcess.deployOnce(repository);
        ClockUtil.setCurrentTime(at(2026, 6, 1, 10, 0));
        ProcessInstance unit = UnitTaskProcess.start(runtime, "SD05", "整改：和平社区科普画廊", at(2026, 6, 8, 17, 30));
        taskId = tasks.createTaskQuery()
                .processInstanceId(unit.getId())
                .singleResult()
                .getId();
        ProcessInstance ladder = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("task-" + taskId)
                .singleResult();
        ClockUtil.setCurrentTime(at(2026, 6, 3, 9, 0));
        management.executeJob(job(EscalationModel.EVENT_REMINDER_DUE, ladder).getId());
        ClockUtil.setCurrentTime(at(2026, 6, 8, 17, 30));
        management.executeJob(job(EscalationModel.EVENT_TASK_DUE, ladder).getId());
        ClockUtil.setCurrentTime(at(2026, 6, 9, 10, 0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theUnitAndTheDistrictSeeTheTasksLadderAndOthersDoNot() {
        ResponseEntity<String> own = get("street05", "zh", "/api/tasks/" + taskId + "/escalation");
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody())
                .contains(
                        "\"light\":\"YELLOW\"",
                        "\"lightName\":\"黄灯\"",
                        "\"step\":\"REMINDER\"",
                        "\"step\":\"OVERDUE\"",
                        "\"stepName\":\"催办\"",
                        "street05-leader",
                        "\"workingDaysLate\":1");
        assertThat(get("manager", "en", "/api/tasks/" + taskId + "/escalation").getBody())
                .contains("\"stepName\":\"Overdue notice\"", "\"lightName\":\"Yellow\"");

        ResponseEntity<String> other = get("street06", "zh", "/api/tasks/" + taskId + "/escalation");
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.getBody()).contains("找不到任务 " + taskId + " 的提醒与督办记录").doesNotContain("Exception");

        assertThat(get("manager", "zh", "/api/escalations?light=YELLOW").getBody())
                .contains(taskId);
        assertThat(get("manager", "zh", "/api/escalations?light=RED").getBody()).doesNotContain(taskId);
        assertThat(get("street06", "zh", "/api/escalations").getBody()).doesNotContain(taskId);
        assertThat(get("manager", "zh", "/api/escalations?light=PURPLE").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void thePagesShowTheLightAndEveryStep() {
        ResponseEntity<String> list = get("manager", "zh", "/escalations");
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).contains("逾期与督办", "/escalations/" + taskId, "light YELLOW", "整改：和平社区科普画廊");
        ResponseEntity<String> one = get("street05", "zh", "/escalations/" + taskId);
        assertThat(one.getBody())
                .contains(
                        "id=\"task-light\" class=\"light YELLOW\"",
                        "提醒",
                        "催办",
                        "street05-leader",
                        "2026-06-08 17:30",
                        "1 个工作日",
                        "/workbench/tasks/" + taskId);
    }

    @Test
    void thePlanPageShowsEachUnitsTargetsWithTheirLightsAndAUnitOnlyItsOwn() {
        int year = Year.now().getValue();
        ResponseEntity<String> own = get("street05", "zh", "/plans/" + year);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody())
                .contains(year + " 年度目标任务", "id=\"unit-SD05\"", "和平街道科协", "class=\"light ")
                .doesNotContain("id=\"unit-SD06\"");
        assertThat(get("manager", "zh", "/plans/" + year).getBody()).contains("id=\"unit-SD05\"", "id=\"unit-SD06\"");
        assertThat(get("manager", "zh", "/plans/1999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aManagerMovesTheDueDateWithAReasonThatTheLadderKeeps() {
        Date due = tasks.createTaskQuery().taskId(taskId).singleResult().getDueDate();
        ResponseEntity<String> throughTheEngine = send(
                "manager",
                "zh",
                HttpMethod.PUT,
                "/engine-rest/task/" + taskId,
                "{\"name\":\"整改：和平社区科普画廊\",\"due\":\"2027-01-15T17:30:00.000+0800\"}");
        assertThat(throughTheEngine.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(throughTheEngine.getBody()).contains("调整截止日期需要说明理由", "逾期与督办");
        ResponseEntity<String> withoutReason = send(
                "manager",
                "en",
                HttpMethod.POST,
                "/api/tasks/" + taskId + "/due-date",
                "{\"due\":\"2027-01-15\",\"reason\":\"  \"}");
        assertThat(withoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(withoutReason.getBody()).contains("reason", "Please say why the due date changes");
        ResponseEntity<String> byTheUnit = send(
                "street05",
                "zh",
                HttpMethod.POST,
                "/api/tasks/" + taskId + "/due-date",
                "{\"due\":\"2099-12-31\",\"reason\":\"我们想晚一点\"}");
        assertThat(byTheUnit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getDueDate())
                .isEqualTo(due);

        ResponseEntity<String> moved = send(
                "manager",
                "zh",
                HttpMethod.POST,
                "/api/tasks/" + taskId + "/due-date",
                "{\"due\":\"2027-01-15\",\"reason\":\"画廊所在社区施工，整改顺延\"}");
        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(moved.getBody()).contains("\"step\":\"DUE_CHANGED\"", "2027-01-15：画廊所在社区施工，整改顺延");
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getDueDate())
                .isEqualTo(at(2027, 1, 15, 17, 30));
        assertThat(get("manager", "zh", "/escalations/" + taskId).getBody())
                .contains("id=\"due-date-change\"", "画廊所在社区施工，整改顺延");
        assertThat(get("street05", "zh", "/escalations/" + taskId).getBody()).doesNotContain("id=\"due-date-change\"");
    }

    @Test
    void aPersonChoosesHowOftenTheDigestComes() {
        try {
            ResponseEntity<String> chosen =
                    send("street09", "zh", HttpMethod.PUT, "/api/people/me/digest", "{\"digest\":\"DAILY\"}");
            assertThat(chosen.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(chosen.getBody()).contains("\"digest\":\"DAILY\"");
            assertThat(people.findByUsername("street09").orElseThrow().getDigest())
                    .isEqualTo(DigestFrequency.DAILY);

            ResponseEntity<String> bad =
                    send("street09", "zh", HttpMethod.PUT, "/api/people/me/digest", "{\"digest\":\"HOURLY\"}");
            assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(bad.getBody())
                    .contains("digest", "HOURLY", "OFF", "DAILY", "WEEKLY")
                    .doesNotContain("Exception");
            assertThat(people.findByUsername("street09").orElseThrow().getDigest())
                    .isEqualTo(DigestFrequency.DAILY);
        } finally {
            send("street09", "zh", HttpMethod.PUT, "/api/people/me/digest", "{\"digest\":\"WEEKLY\"}");
        }
    }

    private ResponseEntity<String> get(String user, String language, String path) {
        return send(user, language, HttpMethod.GET, path, null);
    }

    private ResponseEntity<String> send(String user, String language, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Accept-Language", language);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(json, headers), String.class);
    }

    private static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(LocalDateTime.of(year, month, day, hour, minute)
                .atZone(DISTRICT)
                .toInstant());
    }
}
