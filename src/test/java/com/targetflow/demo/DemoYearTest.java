package com.targetflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DemoDistrictTest;
import com.targetflow.meetings.MeetingService;
import com.targetflow.meetings.MeetingStatus;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.organisation.Language;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.PlanService;
import com.targetflow.targets.Plans;
import com.targetflow.targets.ProgressService;
import com.targetflow.targets.TargetProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo's fast-forward: a year played through to the managers' audit, through the real processes. */
@DemoDistrictTest
class DemoYearTest {

    private static final int YEAR = 2039;

    @Autowired
    PlanService plans;

    @Autowired
    Plans planRepository;

    @Autowired
    ProgressService progress;

    @Autowired
    MeetingService meetings;

    @Autowired
    TaskService tasks;

    @Autowired
    TestRestTemplate http;

    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aPlayedYearWaitsOnlyForTheManagersAudit() {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(YEAR, 1, 5, 10, 0)
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant()));
        LocalDate due = LocalDate.of(YEAR, 12, 31);
        tx.executeWithoutResult(s -> {
            AnnualPlan plan = plans.createDraft(YEAR);
            plans.addTarget(plan, "MTG-1", "DIST", BigDecimal.ONE, due);
            for (int n = 1; n <= 6; n++) {
                plans.addTarget(plan, "ORG-2", "SD%02d".formatted(n), BigDecimal.valueOf(80), due);
                plans.addTarget(plan, "SCH-2", "SD%02d".formatted(n), BigDecimal.valueOf(4), due);
            }
            plans.issue(plan);
        });
        assertThat(http.withBasicAuth("street01", "demo")
                        .postForEntity("/api/demo/play-year?year=" + YEAR, null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        var played = http.withBasicAuth("manager", "demo")
                .postForEntity("/api/demo/play-year?year=" + YEAR, null, String.class);

        assertThat(played.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(played.getBody())
                .contains("\"meetingsHeld\":1", "\"facilitiesInspected\":137", "\"unitsAwaitingAudit\":6");
        assertThat(meetings.ofYear(YEAR)).extracting(m -> m.getStatus()).containsOnly(MeetingStatus.HELD);
        assertThat(tasks.createTaskQuery()
                        .taskDefinitionKey(UnitTargetsModel.TASK_AUDIT_SCORE)
                        .processVariableValueEquals("year", YEAR)
                        .count())
                .isEqualTo(6);
        Map<String, String> org2 = tx.execute(s ->
                progress.view(planRepository.findByYear(YEAR).orElseThrow(), u -> true, Language.ZH).targets().stream()
                        .filter(t -> t.indicatorCode().equals("ORG-2"))
                        .collect(Collectors.toMap(
                                TargetProgress::unitCode,
                                t -> t.approvedValue().stripTrailingZeros().toPlainString())));
        // Every third unit falls a little short.
        assertThat(org2).containsEntry("SD01", "82").containsEntry("SD03", "64").containsEntry("SD06", "64");
    }
}
