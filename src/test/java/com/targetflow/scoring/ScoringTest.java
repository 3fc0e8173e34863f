package com.targetflow.scoring;

import static com.targetflow.web.InputRefused.assertThatRefusalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.targetflow.DemoDistrictTest;
import com.targetflow.models.EscalationModel;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.PlanService;
import com.targetflow.targets.Plans;
import com.targetflow.targets.Targets;
import com.targetflow.targets.TargetsForTests;
import com.targetflow.web.InputRefusalText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 考核评分 for a known year, played through the real processes: weights, a milestone with a veto,
 * an escalated report that costs a point, a manager's adjustment with its reason, the ranking fixed
 * only once every unit is audited and its tie broken by the documented rule; and the rules' tables.
 */
@DemoDistrictTest
class ScoringTest {

    private static final int YEAR = 2036;
    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    @Autowired
    InputRefusalText refusals;

    @Autowired
    PlanService plans;

    @Autowired
    Plans planRepository;

    @Autowired
    Targets targets;

    @Autowired
    TargetsForTests targetTables;

    @Autowired
    ScoringService scoring;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    DecisionService decisions;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestRestTemplate http;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aYearScoredUnitByUnitAndRankedOnceAllAreAudited() {
        ClockUtil.setCurrentTime(at(YEAR, 1, 10));
        LocalDate due = LocalDate.of(YEAR, 12, 31);
        tx.executeWithoutResult(s -> {
            AnnualPlan plan = plans.createDraft(YEAR);
            for (String unit : List.of("SD01", "SD02")) {
                plans.addTarget(plan, "FAC-1", unit, BigDecimal.valueOf(4), due).weigh(BigDecimal.valueOf(40), false);
                plans.addTarget(plan, "ORG-2", unit, BigDecimal.valueOf(80), due)
                        .weigh(BigDecimal.valueOf(40), false);
                plans.addTarget(plan, "LEAD-1", unit, BigDecimal.ONE, due).weigh(BigDecimal.valueOf(20), true);
            }
            // No weights: the two targets weigh 50 each.
            plans.addTarget(plan, "FAC-1", "SD03", BigDecimal.valueOf(2), due);
            plans.addTarget(plan, "ORG-2", "SD03", BigDecimal.valueOf(80), due);
            plans.issue(plan);
        });
        AnnualPlan plan = planRepository.findByYear(YEAR).orElseThrow();
        for (String unit : List.of("SD01", "SD02", "SD03")) {
            tasks.complete(task(unit).getId(), Map.of("targetsAccepted", true));
        }
        Map<String, Map<String, String>> reached = Map.of(
                "SD01", Map.of("FAC-1", "4", "ORG-2", "84", "LEAD-1", "1"),
                "SD02", Map.of("FAC-1", "2", "ORG-2", "60", "LEAD-1", "0"),
                "SD03", Map.of("FAC-1", "2", "ORG-2", "72"));
        for (int round = 1; round <= 4; round++) {
            plans.openReportingRound(plan);
            if (round == 1) {
                escalateTheReportOf("SD02");
            }
            for (String unit : reached.keySet()) {
                tasks.complete(
                        task(unit).getId(), Map.of("values", rows(reached.get(unit)), "narrative", "第" + round + "季度"));
                tasks.complete(task(unit).getId(), Map.of("reportApproved", true));
            }
        }
        for (String unit : reached.keySet()) {
            assertThat(task(unit).getTaskDefinitionKey()).isEqualTo(UnitTargetsModel.TASK_SELF_ASSESSMENT);
            tasks.complete(task(unit).getId(), Map.of("values", rows(reached.get(unit))));
        }

        Task sd01 = task("SD01");
        assertThat(sd01.getTaskDefinitionKey()).isEqualTo(UnitTargetsModel.TASK_AUDIT_SCORE);
        assertThat(tasks.getVariableLocal(sd01.getId(), "values").toString())
                .contains("\"score\":\"40.00\"", "\"weight\":\"40.00\"", "\"selfScore\":\"20.00\"", "一票否决");
        tasks.complete(sd01.getId(), Map.of("values", audit(reached.get("SD01"), Map.of())));
        tasks.complete(task("SD02").getId(), Map.of("values", audit(reached.get("SD02"), Map.of())));
        assertThat(scores()).extracting(UnitScore::getRanking).containsOnlyNulls();

        // The manager's own score: within the weight, and with a reason.
        String sd03 = task("SD03").getId();
        assertThatRefusalOf(
                        refusals,
                        () -> tasks.complete(sd03, Map.of("values", audit(reached.get("SD03"), Map.of("ORG-2", "60")))))
                .contains("调整得分：")
                .contains("不能超过该项权重 50")
                .contains("调整理由：");
        assertThat(scores()).hasSize(2);
        tasks.complete(sd03, Map.of("values", audit(reached.get("SD03"), Map.of("ORG-2", "50"))));

        assertThat(scores())
                .extracting(
                        s -> s.getUnit().getCode(),
                        s -> s.getComputedScore().toPlainString(),
                        s -> s.getDeductions().toPlainString(),
                        s -> s.getFinalScore().toPlainString(),
                        UnitScore::isVetoed,
                        UnitScore::getRating,
                        UnitScore::getRanking)
                .containsExactly(
                        // 40 + 40 + 20, nothing deducted
                        tuple("SD01", "100.00", "0.00", "100.00", false, Rating.EXCELLENT, 1),
                        // 50 (adjusted from 45: ORG-2 72 of 80 is 0.9 of 50) + 50; a tie with SD01, which wins by its
                        // code
                        tuple("SD03", "100.00", "0.00", "100.00", false, Rating.EXCELLENT, 2),
                        // 20 + 30 + 0, one escalated report: 1 point; the veto target missed: 不合格
                        tuple("SD02", "50.00", "1.00", "49.00", true, Rating.FAIL, 3));
        assertThat(scores())
                .extracting(s -> s.getSelfScore().toPlainString())
                .containsExactly("100.00", "95.00", "50.00");
        String reason =
                tx.execute(s -> targets
                        .findByPlanAndUnitOrderByIndicatorId(
                                plan, scores().get(1).getUnit())
                        .stream()
                        .filter(t -> t.getIndicator().getCode().equals("ORG-2"))
                        .findFirst()
                        .orElseThrow()
                        .getScoreReason());
        assertThat(reason).isEqualTo("体现社区科普小组建设质量");

        // The results, as people read them: the district sees every unit, a unit itself.
        assertThat(http.withBasicAuth("manager", "demo").getForObject("/api/plans/" + YEAR + "/scores", String.class))
                .contains("\"rank\":1", "\"unitCode\":\"SD03\"", "\"ratingName\":\"不合格\"");
        assertThat(http.withBasicAuth("street02", "demo").getForObject("/api/plans/" + YEAR + "/scores", String.class))
                .contains("SD02")
                .doesNotContain("SD01", "SD03");
        assertThat(http.withBasicAuth("manager", "demo").getForObject("/plans/" + YEAR + "/scores", String.class))
                .contains("2036 年度考核结果", "一票否决", "49.00");

        // Next year from the actuals: what each unit reached becomes its quota; a milestone stays 1.
        var copy = http.withBasicAuth("manager", "demo")
                .postForEntity(
                        "/api/plans",
                        Map.of("year", YEAR + 2, "copyFromYear", YEAR, "copyQuotas", "ACTUALS"),
                        String.class);
        assertThat(copy.getStatusCode().is2xxSuccessful()).as(copy.getBody()).isTrue();
        Map<String, String> sd02 = tx.execute(s ->
                targetTables.targetsOf(planRepository.findByYear(YEAR + 2).orElseThrow()).stream()
                        .filter(t -> t.getUnit().getCode().equals("SD02"))
                        .collect(Collectors.toMap(
                                t -> t.getIndicator().getCode(),
                                t -> t.getQuota().stripTrailingZeros().toPlainString() + "/"
                                        + t.getWeight().stripTrailingZeros().toPlainString() + "/" + t.isVeto())));
        assertThat(sd02)
                .containsEntry("FAC-1", "2/40/false")
                .containsEntry("ORG-2", "60/40/false")
                .containsEntry("LEAD-1", "1/20/true");
    }

    @Test
    void theRulesTablesGiveSharesPointsAndRatings() {
        assertThat(share("COUNT", 0.5)).isEqualTo(0.5);
        assertThat(share("COVERAGE", 1.2)).isEqualTo(1.0);
        assertThat(share("MILESTONE", 0.99)).isEqualTo(0.0);
        assertThat(share("MILESTONE", 1.0)).isEqualTo(1.0);
        assertThat(decisions
                        .evaluateDecisionByKey("score-deduction")
                        .variables(Map.of("cause", "FAILED_REINSPECTION"))
                        .evaluate()
                        .getSingleResult()
                        .<Double>getEntry("points"))
                .isEqualTo(2.0);
        assertThat(rating(false, 90)).isEqualTo("EXCELLENT");
        assertThat(rating(false, 89.99)).isEqualTo("GOOD");
        assertThat(rating(false, 80)).isEqualTo("GOOD");
        assertThat(rating(false, 60)).isEqualTo("PASS");
        assertThat(rating(false, 59.9)).isEqualTo("FAIL");
        assertThat(rating(true, 100)).isEqualTo("FAIL");
    }

    /** The first report of the unit stays open past its due date until the district escalates it. */
    private void escalateTheReportOf(String unit) {
        String ladder = runtime.createProcessInstanceQuery()
                .processDefinitionKey("escalation")
                .processInstanceBusinessKey("task-" + task(unit).getId())
                .singleResult()
                .getId();
        ClockUtil.setCurrentTime(at(YEAR, 4, 20));
        for (int n = 0; n < 5; n++) {
            for (Job job : management
                    .createJobQuery()
                    .processInstanceId(ladder)
                    .executable()
                    .list()) {
                management.executeJob(job.getId());
            }
        }
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(ladder)
                        .taskDefinitionKey(EscalationModel.TASK_SUPERVISE)
                        .count())
                .isOne();
        ClockUtil.setCurrentTime(at(YEAR, 4, 21));
    }

    private double share(String kind, double ratio) {
        return decisions
                .evaluateDecisionByKey("indicator-score")
                .variables(Map.of("kind", kind, "ratio", ratio))
                .evaluate()
                .getSingleResult()
                .<Number>getEntry("share")
                .doubleValue();
    }

    private String rating(boolean vetoed, double score) {
        return decisions
                .evaluateDecisionByKey("unit-rating")
                .variables(Map.of("vetoed", vetoed, "score", score))
                .evaluate()
                .getSingleResult()
                .getEntry("rating");
    }

    private List<UnitScore> scores() {
        return tx.execute(s -> {
            List<UnitScore> all =
                    scoring.ranking(planRepository.findByYear(YEAR).orElseThrow());
            all.forEach(u -> u.getUnit().getCode());
            return all;
        });
    }

    private static List<Map<String, Object>> rows(Map<String, String> values) {
        return values.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> Map.<String, Object>of("indicatorCode", e.getKey(), "value", e.getValue()))
                .toList();
    }

    /** The audit form's rows in the task's order (by indicator), with the manager's adjustments. */
    private static List<Map<String, Object>> audit(Map<String, String> values, Map<String, String> adjusted) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String code : List.of("ORG-2", "FAC-1", "LEAD-1")) {
            if (!values.containsKey(code)) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("indicatorCode", code);
            row.put("value", values.get(code));
            row.put("adjustedScore", adjusted.getOrDefault(code, ""));
            row.put("reason", adjusted.containsKey(code) && !adjusted.get(code).equals("60") ? "体现社区科普小组建设质量" : "");
            rows.add(row);
        }
        return rows;
    }

    private Task task(String unit) {
        String instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey("unit-targets")
                .processInstanceBusinessKey(YEAR + "-" + unit)
                .singleResult()
                .getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult();
    }

    private static Date at(int year, int month, int day) {
        return Date.from(
                LocalDateTime.of(year, month, day, 10, 0).atZone(DISTRICT).toInstant());
    }
}
