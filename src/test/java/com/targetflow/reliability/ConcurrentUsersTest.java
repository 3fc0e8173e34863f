package com.targetflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.targetflow.DemoDistrictTest;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.reliability.RawHttp.Body;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.PlanService;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people pressing the same button at the same moment, many times over: exactly one of them
 * succeeds, the other is told clearly that someone else was first, and gets back what they sent.
 * Two managers changing the same target from what each of them read: one change, one conflict.
 */
@DemoDistrictTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentUsersTest {

    /** Plan years no other test uses: one issued (tasks to race for), one draft (targets to edit). */
    private static final int ISSUED = 2067;

    private static final int DRAFT = 2068;
    private static final int UNITS = 13;
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    PlanService plans;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    private RawHttp http;
    private final ExecutorService two = Executors.newFixedThreadPool(2);
    private long draftTarget;

    @BeforeAll
    void thirteenUnitsHaveTargetsToConfirmAndADraftHasOneTarget() {
        http = new RawHttp(port);
        tx.executeWithoutResult(s -> {
            AnnualPlan issued = plans.createDraft(ISSUED);
            for (int n = 1; n <= UNITS; n++) {
                plans.addTarget(issued, "FAC-1", unit(n), BigDecimal.TEN, LocalDate.of(ISSUED, 10, 31));
            }
            plans.issue(issued);
            AnnualPlan draft = plans.createDraft(DRAFT);
            draftTarget = plans.addTarget(draft, "FAC-1", "SD01", BigDecimal.ONE, LocalDate.of(DRAFT, 6, 30))
                    .getId();
        });
    }

    @AfterAll
    void stop() {
        two.shutdownNow();
    }

    @Test
    void ofTwoColleaguesCompletingTheSameTaskAtOnceExactlyOneSucceedsAndTheOtherGetsTheirInputBack() throws Exception {
        int conflicts = 0;
        // Units 1–7: the secretary-general and the unit's leader both confirm their unit's targets at once.
        for (int n = 1; n <= 7; n++) {
            String task = confirmation(unit(n));
            String secretaryName = "street" + pad(n);
            String leaderName = secretaryName + "-leader";
            String secretary = "{\"targetsAccepted\":\"true\"}";
            String leader =
                    "{\"targetsAccepted\":\"false\",\"objections\":[{\"indicatorCode\":\"FAC-1\",\"reason\":\"人手不足\","
                            + "\"proposedQuota\":8}]}";
            List<HttpResponse<String>> answers = atOnce(
                    () -> post(secretaryName, "/api/workbench/tasks/" + task + "/complete", secretary),
                    () -> post(leaderName, "/api/workbench/tasks/" + task + "/complete", leader));
            List<Integer> statuses =
                    answers.stream().map(HttpResponse::statusCode).sorted().toList();
            assertThat(statuses)
                    .as(
                            "unit %d: %s",
                            n, answers.stream().map(HttpResponse::body).toList())
                    .containsExactly(200, 409);
            HttpResponse<String> refused = answers.stream()
                    .filter(a -> a.statusCode() == 409)
                    .findFirst()
                    .orElseThrow();
            JsonNode body = JSON.readTree(refused.body());
            assertThat(body.path("message").asText()).containsAnyOf("已由他人办理完毕", "已认领这项工作", "刚被其他人办理或认领");
            // What the refused person sent comes back to them, so nothing they typed is lost.
            String sent = refused == answers.get(0) ? secretary : leader;
            assertThat(body.path("submitted")).isEqualTo(JSON.readTree(sent));
            conflicts++;
            // The task was completed once: one completion in its history, and the process went one step on.
            assertThat(history.createHistoricTaskInstanceQuery()
                            .taskId(task)
                            .finished()
                            .count())
                    .isEqualTo(1);
            assertThat(tasks.createTaskQuery().taskId(task).count()).isZero();
        }
        assertThat(conflicts).isEqualTo(7);
    }

    @Test
    void ofTwoColleaguesClaimingTheSameTaskAtOnceExactlyOneHoldsIt() throws Exception {
        for (int n = 8; n <= UNITS; n++) {
            String task = confirmation(unit(n));
            String secretaryName = "street" + pad(n);
            String leaderName = secretaryName + "-leader";
            List<HttpResponse<String>> answers = atOnce(
                    () -> post(secretaryName, "/api/workbench/tasks/" + task + "/claim", ""),
                    () -> post(leaderName, "/api/workbench/tasks/" + task + "/claim", ""));
            List<Integer> statuses =
                    answers.stream().map(HttpResponse::statusCode).sorted().toList();
            assertThat(statuses)
                    .as(
                            "unit %d: %s",
                            n, answers.stream().map(HttpResponse::body).toList())
                    .containsExactly(204, 409);
            String holder = tasks.createTaskQuery().taskId(task).singleResult().getAssignee();
            int winner = answers.get(0).statusCode() == 204 ? 0 : 1;
            assertThat(holder).isEqualTo(winner == 0 ? secretaryName : leaderName);
            // The other is told who holds it, by name, however the race was lost.
            String name = jdbc.queryForObject("select name from tf_person where username = ?", String.class, holder);
            assertThat(answers.get(1 - winner).body()).contains(name + " 已认领这项工作");
        }
    }

    @Test
    void twoManagersChangingTheSameTargetFromWhatTheyReadGetOneChangeAndOneConflict() throws Exception {
        String path = "/api/plans/" + DRAFT + "/targets/" + draftTarget;
        for (int round = 0; round < 5; round++) {
            long read = version();
            String mine = change(10 + round, read);
            String theirs = change(20 + round, read);
            List<HttpResponse<String>> answers =
                    atOnce(() -> put("manager", path, mine), () -> put("admin", path, theirs));
            List<Integer> statuses =
                    answers.stream().map(HttpResponse::statusCode).sorted().toList();
            assertThat(statuses)
                    .as(
                            "round %d: %s",
                            round, answers.stream().map(HttpResponse::body).toList())
                    .containsExactly(200, 409);
            HttpResponse<String> refused = answers.stream()
                    .filter(a -> a.statusCode() == 409)
                    .findFirst()
                    .orElseThrow();
            assertThat(JSON.readTree(refused.body()).path("message").asText()).containsAnyOf("已被他人修改");
            BigDecimal saved =
                    jdbc.queryForObject("select quota from tf_target where id = ?", BigDecimal.class, draftTarget);
            BigDecimal winner = BigDecimal.valueOf(answers.get(0).statusCode() == 200 ? 10 + round : 20 + round);
            assertThat(saved).isEqualByComparingTo(winner);
            assertThat(version()).isEqualTo(read + 1);
        }
        // A change from a stale read, long after, is refused the same way and names the value now saved.
        HttpResponse<String> stale = put("manager", path, change(99, version() - 1));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("已被他人修改", "SD01", "FAC-1");
    }

    private long version() throws Exception {
        JsonNode plan = JSON.readTree(http.send("GET", "/api/plans/" + DRAFT, "manager", "demo", "zh-CN", Body.none())
                .body());
        for (JsonNode target : plan.path("targets")) {
            if (target.path("id").asLong() == draftTarget) {
                return target.path("version").asLong();
            }
        }
        throw new AssertionError("target " + draftTarget + " not in the plan");
    }

    private static String change(int quota, long version) {
        return "{\"quota\":" + quota + ",\"dueDate\":\"" + DRAFT + "-06-30\",\"version\":" + version + "}";
    }

    /** Both calls released at the same instant by a barrier; the answers in the order the calls were given. */
    @SafeVarargs
    private List<HttpResponse<String>> atOnce(Callable<HttpResponse<String>>... calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.length);
        List<Future<HttpResponse<String>>> running = new ArrayList<>();
        for (Callable<HttpResponse<String>> call : calls) {
            running.add(two.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : running) {
            answers.add(answer.get());
        }
        return answers;
    }

    private HttpResponse<String> post(String user, String path, String json) {
        return http.send("POST", path, user, "demo", "zh-CN", Body.json(json));
    }

    private HttpResponse<String> put(String user, String path, String json) {
        return http.send("PUT", path, user, "demo", "zh-CN", Body.json(json));
    }

    private String confirmation(String unitCode) {
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ISSUED + "-" + unitCode)
                .singleResult()
                .getId();
        return tasks.createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey(UnitTargetsModel.TASK_CONFIRM_TARGETS)
                .singleResult()
                .getId();
    }

    private static String unit(int n) {
        return "SD" + pad(n);
    }

    private static String pad(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
