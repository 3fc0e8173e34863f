package com.targetflow.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.targetflow.DemoDistrictTest;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.PlanService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The workbench's API as a unit's staff use it: only their own unit's tasks, the form's own fields
 * only, the form's rules on the server with nothing half-saved, one winner when two act at once.
 */
@DemoDistrictTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchApiTest {

    /** A plan year no other test uses: its confirmations are this test's tasks. */
    private static final int YEAR = Year.now(ZoneId.of("Asia/Shanghai")).getValue() + 3;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @Autowired
    TaskService tasks;

    @Autowired
    PlanService plans;

    @Autowired
    TransactionTemplate tx;

    /** A small plan: one target for each of five sub-districts, so five confirmations to work with. */
    @BeforeAll
    void aPlanIsIssued() {
        tx.executeWithoutResult(s -> {
            AnnualPlan plan = plans.createDraft(YEAR);
            for (int n = 1; n <= 5; n++) {
                plans.addTarget(plan, "FAC-1", "SD0" + n, BigDecimal.ONE, LocalDate.of(YEAR, 12, 31));
            }
            plans.issue(plan);
        });
    }

    @Test
    void theWorkbenchListsMyUnitsTasksWithTheirYearAndNoOtherUnits() throws Exception {
        String confirm = confirmation("SD01").getId();
        JsonNode mine = JSON.readTree(send("street01", HttpMethod.GET, "/api/workbench", null, "zh-CN")
                .getBody());
        assertThat(mine.get("open").findValuesAsText("id")).contains(confirm);
        JsonNode card = find(mine.get("open"), confirm);
        // The unit is in the context line; the name (Tasklist's, the mails') names it too, so the card stops before it.
        assertThat(card.get("name").asText()).isEqualTo("确认目标：" + YEAR + " 年");
        assertThat(card.get("context").asText()).isEqualTo(YEAR + " 年目标任务 · 东城街道科协");
        assertThat(card.get("light").asText()).isEqualTo("GREEN");

        JsonNode theirs = JSON.readTree(send("street02", HttpMethod.GET, "/api/workbench", null, "zh-CN")
                .getBody());
        assertThat(theirs.get("open").findValuesAsText("id"))
                .doesNotContain(confirm)
                .contains(confirmation("SD02").getId());
        for (String path : new String[] {"", "/form", "/history"}) {
            ResponseEntity<String> refused =
                    send("street02", HttpMethod.GET, "/api/workbench/tasks/" + confirm + path, null, "zh-CN");
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(refused.getBody()).contains("没有找到任务").doesNotContain("Exception");
        }
        assertThat(send(
                                "street02",
                                HttpMethod.POST,
                                "/api/workbench/tasks/" + confirm + "/complete",
                                "{\"targetsAccepted\":\"true\"}",
                                "zh-CN")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(send("street02", HttpMethod.POST, "/api/workbench/tasks/" + confirm + "/claim", "", "zh-CN")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(tasks.createTaskQuery().taskId(confirm).singleResult().getAssignee())
                .isNull();
    }

    @Test
    void theFormComesWithItsDataAndOnlyItsOwnFieldsCanBeSubmitted() throws Exception {
        Task confirm = confirmation("SD03");
        JsonNode form = JSON.readTree(
                send("street03", HttpMethod.GET, "/api/workbench/tasks/" + confirm.getId() + "/form", null, "zh-CN")
                        .getBody());
        assertThat(form.get("schema").get("components")).isNotEmpty();
        assertThat(form.get("data").has("targetsAccepted") || form.get("data").size() > 0)
                .isTrue();

        ResponseEntity<String> extra = send(
                "street03",
                HttpMethod.POST,
                "/api/workbench/tasks/" + confirm.getId() + "/complete",
                "{\"targetsAccepted\":\"true\",\"unitCode\":\"SD09\"}",
                "zh-CN");
        assertThat(extra.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(extra.getBody()).contains("表单中没有字段“unitCode”");

        ResponseEntity<String> empty = send(
                "street03", HttpMethod.POST, "/api/workbench/tasks/" + confirm.getId() + "/complete", "{}", "zh-CN");
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(empty.getBody()).get("message").asText())
                .isNotBlank()
                .doesNotContain("Exception");
        ResponseEntity<String> english = send(
                "street03", HttpMethod.POST, "/api/workbench/tasks/" + confirm.getId() + "/complete", "[1,2]", "en");
        assertThat(english.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(english.getBody()).contains("a JSON object");

        // Refused completions change nothing: the task is open, unclaimed, without the submitted values.
        Task after = tasks.createTaskQuery().taskId(confirm.getId()).singleResult();
        assertThat(after).isNotNull();
        assertThat(after.getAssignee()).isNull();
        assertThat(tasks.getVariable(confirm.getId(), "unitCode")).isEqualTo("SD03");
    }

    @Test
    void whoeverClaimedATaskHoldsItAndOfTwoCompletionsOnlyTheFirstGoesThrough() throws Exception {
        Task confirm = confirmation("SD04");
        String id = confirm.getId();
        String leader = "street04-leader";
        assertThat(send(leader, HttpMethod.POST, "/api/workbench/tasks/" + id + "/claim", "", "zh-CN")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> taken = send(
                "street04",
                HttpMethod.POST,
                "/api/workbench/tasks/" + id + "/complete",
                "{\"targetsAccepted\":\"true\"}",
                "zh-CN");
        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(taken.getBody()).contains("已认领这项工作");
        assertThat(send(leader, HttpMethod.POST, "/api/workbench/tasks/" + id + "/release", "", "zh-CN")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> first = send(
                "street04",
                HttpMethod.POST,
                "/api/workbench/tasks/" + id + "/complete",
                "{\"targetsAccepted\":\"true\"}",
                "zh-CN");
        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> second = send(
                leader,
                HttpMethod.POST,
                "/api/workbench/tasks/" + id + "/complete",
                "{\"targetsAccepted\":\"false\"}",
                "zh-CN");
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody()).contains("已由他人办理完毕");

        JsonNode done = JSON.readTree(send("street04", HttpMethod.GET, "/api/workbench", null, "zh-CN")
                        .getBody())
                .get("done");
        assertThat(done.findValuesAsText("id")).contains(id);
    }

    @Test
    void aCommentIsKeptOnTheTaskAndShownInItsHistory() throws Exception {
        Task confirm = confirmation("SD05");
        String path = "/api/workbench/tasks/" + confirm.getId();
        assertThat(send("street05", HttpMethod.POST, path + "/comments", "{\"message\":\"  \"}", "zh-CN")
                        .getBody())
                .contains("评论不能为空");
        assertThat(send(
                                "street05",
                                HttpMethod.POST,
                                path + "/comments",
                                "{\"message\":\"【退回】第 3 项目标请区科协再核实\"}",
                                "zh-CN")
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        JsonNode history = JSON.readTree(send("street05", HttpMethod.GET, path + "/history", null, "zh-CN")
                .getBody());
        assertThat(history).anySatisfy(e -> {
            assertThat(e.get("kind").asText()).isEqualTo("COMMENT");
            assertThat(e.get("note").asText()).isEqualTo("第 3 项目标请区科协再核实");
            assertThat(e.get("who").asText()).isNotBlank();
        });
    }

    private Task confirmation(String unit) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(YEAR + "-" + unit)
                .taskDefinitionKey(UnitTargetsModel.TASK_CONFIRM_TARGETS)
                .singleResult();
    }

    private static JsonNode find(JsonNode cards, String id) {
        for (JsonNode card : cards) {
            if (card.get("id").asText().equals(id)) {
                return card;
            }
        }
        throw new AssertionError("no card " + id);
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, String json, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Accept-Language", language);
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(json, headers), String.class);
    }
}
