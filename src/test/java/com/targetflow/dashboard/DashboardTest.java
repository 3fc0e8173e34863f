package com.targetflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.targetflow.DemoDistrictTest;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.PlanService;
import com.targetflow.targets.Plans;
import com.targetflow.targets.WarningLight;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's numbers against a known year: three sub-districts, a count, a coverage rate and
 * a milestone, reported and approved through the real processes, read in mid-December after the
 * targets fell due. The page and the API show the same numbers; a secretary sees only their unit.
 */
@DemoDistrictTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTest {

    private static final int YEAR = 2035;
    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    @Autowired
    PlanService plans;

    @Autowired
    DashboardViews dashboards;

    @Autowired
    Plans planRepository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestRestTemplate http;

    @BeforeAll
    void aYearReportedAndApproved() {
        ClockUtil.setCurrentTime(at(YEAR, 1, 10));
        LocalDate due = LocalDate.of(YEAR, 11, 30);
        tx.executeWithoutResult(s -> {
            AnnualPlan plan = plans.createDraft(YEAR);
            for (String unit : List.of("SD01", "SD02", "SD03")) {
                plans.addTarget(plan, "FAC-1", unit, BigDecimal.valueOf(unit.equals("SD01") ? 4 : 2), due);
                plans.addTarget(plan, "ORG-2", unit, BigDecimal.valueOf(80), due);
            }
            plans.addTarget(plan, "LEAD-1", "SD01", BigDecimal.ONE, due);
            plans.addTarget(plan, "LEAD-1", "SD02", BigDecimal.ONE, due);
            plans.issue(plan);
        });
        for (String unit : List.of("SD01", "SD02", "SD03")) {
            tasks.complete(task(unit).getId(), Map.of("targetsAccepted", true));
        }
        plans.openReportingRound(planRepository.findByYear(YEAR).orElseThrow());
        report("SD01", Map.of("FAC-1", "4", "ORG-2", "84", "LEAD-1", "1"));
        report("SD02", Map.of("FAC-1", "1", "ORG-2", "70", "LEAD-1", "0"));
        report("SD03", Map.of("FAC-1", "2", "ORG-2", "80"));
        ClockUtil.setCurrentTime(at(YEAR, 12, 15));
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theDistrictTotalsLightsAndRankingAreThoseOfTheYear() {
        DashboardView d = district();

        assertThat(d.indicators()).extracting(DashboardView.Column::code).containsExactly("ORG-2", "FAC-1", "LEAD-1");
        assertThat(d.totals())
                .extracting(
                        t -> t.code(),
                        t -> t.approved().toPlainString(),
                        t -> t.quota().toPlainString(),
                        t -> t.rate().toPlainString(),
                        t -> t.targets())
                .containsExactlyInAnyOrder(
                        tuple("FAC-1", "7", "8", "87.5", 3), // galleries: counts add up
                        tuple("ORG-2", "78", "80", "97.5", 3), // coverage: the units' mean
                        tuple("LEAD-1", "1", "2", "50.0", 2)); // milestone: units that reached it
        assertThat(d.lights())
                .containsEntry(WarningLight.GREEN, 5L)
                .containsEntry(WarningLight.YELLOW, 1L)
                .containsEntry(WarningLight.RED, 2L);
        assertThat(d.units())
                .extracting(r -> r.unitCode(), r -> r.completion().toPlainString())
                .containsExactly(tuple("SD01", "100.0"), tuple("SD02", "45.8"), tuple("SD03", "100.0"));
        DashboardView.Row sd02 = d.units().get(1);
        assertThat(sd02.cells().get("FAC-1"))
                .extracting(c -> c.approved().toPlainString(), c -> c.rate().toPlainString(), DashboardView.Cell::light)
                .containsExactly("1", "50.0", WarningLight.RED);
        assertThat(sd02.cells().get("ORG-2").light()).isEqualTo(WarningLight.YELLOW);
        assertThat(district().units().get(2).cells()).doesNotContainKey("LEAD-1");
        // How much of the year has gone, by the app's clock (which other tests move): a share, 0 to 100.
        assertThat(d.yearElapsed()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        // Ties as ties: SD01 and SD03 share the first place, SD02 is third.
        assertThat(d.ranking())
                .extracting(
                        DashboardView.Rank::rank,
                        DashboardView.Rank::tied,
                        DashboardView.Rank::unitCode,
                        DashboardView.Rank::red)
                .containsExactly(tuple(1, true, "SD01", 0L), tuple(1, true, "SD03", 0L), tuple(3, false, "SD02", 2L));
    }

    @Test
    void theApiAndThePageShowTheSameNumbersAndASecretaryOnlyTheirUnit() throws Exception {
        JsonNode api = new ObjectMapper()
                .readTree(get("manager", "/api/dashboard?year=" + YEAR).getBody());
        assertThat(api.path("totals").findValuesAsText("rate")).contains("87.5", "97.5", "50.0");
        assertThat(api.path("units")).hasSize(3);

        ResponseEntity<String> page = get("manager", "/dashboard?year=" + YEAR);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody())
                .contains(
                        "2035 年度仪表盘",
                        "全年已过 ",
                        "87.5%",
                        "97.5%",
                        "45.8%",
                        "1/2",
                        "/webjars/echarts/5.3.1/dist/echarts.min.js");
        assertThat(http.withBasicAuth("manager", "demo")
                        .getForEntity("/webjars/echarts/5.3.1/dist/echarts.min.js", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);

        JsonNode own = new ObjectMapper()
                .readTree(get("street02", "/api/dashboard?year=" + YEAR).getBody());
        assertThat(own.path("units")).hasSize(1);
        assertThat(own.path("units").get(0).path("unitCode").asText()).isEqualTo("SD02");
        assertThat(own.path("ranking")).hasSize(1);
        assertThat(get("street02", "/dashboard?year=" + YEAR).getBody())
                .doesNotContain("SD01")
                .doesNotContain("东城街道科协");
        assertThat(get("manager", "/api/dashboard?year=1999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCellLeadsToTheTargetsReportsAndEvidence() {
        long targetId = district().units().get(1).cells().get("FAC-1").targetId();
        ResponseEntity<String> page = get("street02", "/targets/" + targetId);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("FAC-1", "第 1 季度", "已通过", "/evidence/reports/");
        assertThat(get("street01", "/targets/" + targetId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private DashboardView district() {
        return tx.execute(s -> dashboards.build(
                planRepository.findByYear(YEAR).orElseThrow(), unit -> true, null, Locale.SIMPLIFIED_CHINESE));
    }

    private void report(String unit, Map<String, String> values) {
        tasks.complete(
                task(unit).getId(),
                Map.of(
                        "values",
                        values.entrySet().stream()
                                .map(e -> Map.of("indicatorCode", e.getKey(), "value", e.getValue()))
                                .toList(),
                        "narrative",
                        "全年工作"));
        tasks.complete(task(unit).getId(), Map.of("reportApproved", true));
    }

    private Task task(String unit) {
        String instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey("unit-targets")
                .processInstanceBusinessKey(YEAR + "-" + unit)
                .singleResult()
                .getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult();
    }

    private ResponseEntity<String> get(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Accept-Language", "zh");
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static Date at(int year, int month, int day) {
        return Date.from(
                LocalDateTime.of(year, month, day, 10, 0).atZone(DISTRICT).toInstant());
    }
}
