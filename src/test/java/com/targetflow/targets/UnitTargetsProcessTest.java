package com.targetflow.targets;

import static com.targetflow.web.InputRefused.assertThatRefusalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.targetflow.DemoDistrictTest;
import com.targetflow.calendar.DistrictZone;
import com.targetflow.calendar.WorkingDays;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.web.InputRefusalText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** unit-targets, path by path: confirm; object and resolve; report, return, correct, approve; the year. */
@DemoDistrictTest
class UnitTargetsProcessTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2090);

    @Autowired
    InputRefusalText refusals;

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    PlanService planService;

    @Autowired
    PlanRepository plans;

    @Autowired
    TargetRepository targets;

    @Autowired
    ReportRepository reports;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    WorkingDays workingDays;

    int year;
    long planId;
    ProcessInstance unit;

    @BeforeEach
    void issueAPlanWithTwoTargetsForSubDistrictOne() {
        AbstractAssertions.init(engine);
        year = YEARS.incrementAndGet();
        tx.executeWithoutResult(s -> {
            AnnualPlan plan = planService.createDraft(year);
            planService.addTarget(plan, "FAC-1", "SD01", BigDecimal.valueOf(4), LocalDate.of(year, 12, 31));
            planService.addTarget(plan, "ORG-2", "SD01", BigDecimal.valueOf(80), LocalDate.of(year, 12, 31));
            planId = plan.getId();
            planService.issue(plan);
        });
        unit = runtime.createProcessInstanceQuery()
                .processDefinitionKey("unit-targets")
                .processInstanceBusinessKey(year + "-SD01")
                .singleResult();
    }

    @Test
    void confirmingTargetsWaitsForTheFirstReportingRound() {
        assertThat(unit).isWaitingAt(UnitTargetsModel.TASK_CONFIRM_TARGETS);
        assertThat(task(unit)).hasCandidateGroup("SD01");
        assertThat(task(unit).getDueDate()).isNotNull();

        complete(task(unit), withVariables("targetsAccepted", "true"));

        assertThat(unit).isWaitingAt("Gateway_WaitForRound");
        assertThat(statuses()).containsOnly(TargetStatus.CONFIRMED);
        assertThat(job(UnitTargetsModel.EVENT_QUARTER_ENDED, unit).getDuedate())
                .isEqualTo(Date.from(LocalDate.of(year, 3, 31)
                        .atTime(9, 0)
                        .atZone(DistrictZone.ZONE)
                        .toInstant()));
    }

    @Test
    void aRoundThatOpensAfterItsDueDateGetsAFreshDueDateAndNoOneIsChasedAtOnce() {
        // The plan is confirmed in December of its year: the first quarter's report is not born 170 days late.
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(year, 12, 6)
                .atTime(10, 0)
                .atZone(DistrictZone.ZONE)
                .toInstant()));
        try {
            complete(task(unit), withVariables("targetsAccepted", true));
            execute(job(UnitTargetsModel.EVENT_QUARTER_ENDED, unit));
            assertThat(unit).isWaitingAt(UnitTargetsModel.TASK_REPORT_PROGRESS);
            LocalDate fresh = workingDays.after(LocalDate.of(year, 12, 6), 10);
            assertThat(task(unit).getDueDate())
                    .isEqualTo(Date.from(
                            fresh.atTime(17, 30).atZone(DistrictZone.ZONE).toInstant()));
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void anObjectionGoesToTheManagerAndTheUnitConfirmsAgain() {
        complete(
                task(unit),
                withVariables(
                        "targetsAccepted",
                        "false",
                        "objections",
                        List.of(Map.of("indicatorCode", "FAC-1", "proposedQuota", 3, "reason", "今年可用场地只有三处"))));

        assertThat(unit).isWaitingAt(UnitTargetsModel.TASK_RESOLVE_OBJECTION);
        assertThat(task(unit)).hasCandidateGroup("managers");
        Target fac1 = target("FAC-1");
        assertThat(fac1.getStatus()).isEqualTo(TargetStatus.OBJECTED);
        assertThat(fac1.getProposedQuota()).isEqualByComparingTo("3");
        assertThat(target("ORG-2").getStatus()).isEqualTo(TargetStatus.CONFIRMED);

        complete(
                task(unit),
                withVariables("resolutions", List.of(Map.of("indicatorCode", "FAC-1", "decision", "ACCEPT"))));

        assertThat(unit).isWaitingAt(UnitTargetsModel.TASK_CONFIRM_TARGETS);
        assertThat(target("FAC-1").getQuota()).isEqualByComparingTo("3");
        assertThat(target("FAC-1").getStatus()).isEqualTo(TargetStatus.PENDING);
        complete(task(unit), withVariables("targetsAccepted", true));
        assertThat(unit).isWaitingAt("Gateway_WaitForRound");
    }

    @Test
    void aReturnedReportComesBackWithTheCommentAndIsApprovedOnceCorrected() {
        complete(task(unit), withVariables("targetsAccepted", true));
        execute(job(UnitTargetsModel.EVENT_QUARTER_ENDED, unit));
        assertThat(unit).isWaitingAt(UnitTargetsModel.TASK_REPORT_PROGRESS);

        complete(task(unit), withVariables("values", values("2", "81"), "narrative", "新建画廊两处"));
        assertThat(unit).isWaitingAt(UnitTargetsModel.TASK_REVIEW_REPORT);
        complete(
                task(unit),
                withVariables(
                        "reportApproved",
                        "false",
                        "comments",
                        List.of(Map.of("indicatorCode", "FAC-1", "comment", "请补充现场照片"))));

        assertThat(unit).isWaitingAt(UnitTargetsModel.TASK_REPORT_PROGRESS);
        assertThat(engine.getTaskService()
                        .getVariableLocal(task(unit).getId(), "values")
                        .toString())
                .contains("请补充现场照片")
                .contains("\"value\":\"2\"");
        complete(task(unit), withVariables("values", values("2", "82"), "narrative", "已补充照片"));
        complete(task(unit), withVariables("reportApproved", "true"));

        assertThat(unit).isWaitingAt("Gateway_WaitForRound").variables().containsEntry("round", 1);
        List<ProgressReport> history = tx.execute(s -> reports.findAll().stream()
                .filter(r -> r.getPlan().getId().equals(planId))
                .map(r -> {
                    r.getLines().size();
                    return r;
                })
                .toList());
        assertThat(history)
                .extracting(ProgressReport::getStatus)
                .containsExactly(ReportStatus.RETURNED, ReportStatus.APPROVED);
    }

    @Test
    void aManagerCanOpenARoundBeforeTheQuarterEnds() {
        complete(task(unit), withVariables("targetsAccepted", true));
        runtime.createMessageCorrelation("ReportingRoundOpened")
                .processInstanceBusinessKey(year + "-SD01")
                .correlate();
        assertThat(unit).isWaitingAt(UnitTargetsModel.TASK_REPORT_PROGRESS);
    }

    @Test
    void fourApprovedQuartersLeadToSelfAssessmentAndAudit() {
        complete(task(unit), withVariables("targetsAccepted", true));
        for (int quarter = 1; quarter <= 4; quarter++) {
            execute(job(UnitTargetsModel.EVENT_QUARTER_ENDED, unit));
            complete(
                    task(unit), withVariables("values", values(String.valueOf(quarter), String.valueOf(20 * quarter))));
            complete(task(unit), withVariables("reportApproved", true));
        }
        assertThat(unit).isWaitingAt(UnitTargetsModel.TASK_SELF_ASSESSMENT);
        complete(task(unit), withVariables("values", values("4", "80")));
        assertThat(unit).isWaitingAt(UnitTargetsModel.TASK_AUDIT_SCORE);
        complete(task(unit), withVariables("values", values("4", "78")));

        assertThat(unit).isEnded();
        assertThat(target("ORG-2").getSelfValue()).isEqualByComparingTo("80");
        assertThat(target("ORG-2").getAuditedValue()).isEqualByComparingTo("78");
    }

    @Test
    void aTargetChangedAfterIssuingIsConfirmedAgainBesideTheYearsWork() {
        complete(task(unit), withVariables("targetsAccepted", true));
        long fac1 = target("FAC-1").getId();
        tx.executeWithoutResult(s -> planService.changeTarget(
                plans.findById(planId).orElseThrow(), fac1, BigDecimal.valueOf(5), LocalDate.of(year, 11, 30), null));

        assertThat(unit).isWaitingAt("Gateway_WaitForRound", UnitTargetsModel.TASK_RECONFIRM_TARGETS);
        assertThat(target("FAC-1").getStatus()).isEqualTo(TargetStatus.PENDING);
        String reconfirm = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(unit.getId())
                .taskDefinitionKey(UnitTargetsModel.TASK_RECONFIRM_TARGETS)
                .singleResult()
                .getId();
        engine.getTaskService()
                .complete(
                        reconfirm,
                        Map.of(
                                "targetsAccepted",
                                "false",
                                "objections",
                                List.of(Map.of("indicatorCode", "FAC-1", "proposedQuota", 4, "reason", "年内新增场地有限"))));
        assertThat(unit).isWaitingAt("Gateway_WaitForRound", UnitTargetsModel.TASK_RESOLVE_CHANGE_OBJECTION);
        complete(
                task(UnitTargetsModel.TASK_RESOLVE_CHANGE_OBJECTION, unit),
                withVariables("resolutions", List.of(Map.of("indicatorCode", "FAC-1", "decision", "KEEP"))));
        complete(task(UnitTargetsModel.TASK_RECONFIRM_TARGETS, unit), withVariables("targetsAccepted", true));

        assertThat(unit).isWaitingAt("Gateway_WaitForRound").hasPassed(UnitTargetsModel.EVENT_CHANGE_CONFIRMED);
        assertThat(target("FAC-1").getQuota()).isEqualByComparingTo("5");
        assertThat(target("FAC-1").getStatus()).isEqualTo(TargetStatus.CONFIRMED);
    }

    @Test
    void badValuesAreRefusedAndTheTaskStaysOpen() {
        complete(task(unit), withVariables("targetsAccepted", true));
        execute(job(UnitTargetsModel.EVENT_QUARTER_ENDED, unit));
        String taskId = task(unit).getId();

        // The form's own rule (min 0) refuses the negative value; the domain rule refuses the coverage over 100%.
        assertThatRefusalOf(
                        refusals, () -> engine.getTaskService().complete(taskId, Map.of("values", values("-1", "80"))))
                .contains("完成值：不能小于 0")
                .doesNotContain("values[");
        assertThatRefusalOf(
                        refusals, () -> engine.getTaskService().complete(taskId, Map.of("values", values("1", "120"))))
                .contains("完成值（建立社区科普小组的社区）：覆盖率不能超过 100%")
                .doesNotContain("values[");
        assertThat(unit).isWaitingAt(UnitTargetsModel.TASK_REPORT_PROGRESS);
        assertThat(task(unit).getId()).isEqualTo(taskId);
        assertThat(reports.findAll()).noneMatch(r -> r.getPlan().getId().equals(planId));
    }

    @Test
    void anObjectionWithoutAReasonIsRefused() {
        String taskId = task(unit).getId();
        assertThatRefusalOf(
                        refusals,
                        () -> engine.getTaskService()
                                .complete(
                                        taskId,
                                        Map.of(
                                                "targetsAccepted",
                                                "false",
                                                "objections",
                                                List.of(Map.of("indicatorCode", "FAC-1", "proposedQuota", 3)))))
                .contains("异议理由：");
        assertThat(unit).isWaitingAt(UnitTargetsModel.TASK_CONFIRM_TARGETS);
        assertThat(statuses()).containsOnly(TargetStatus.PENDING);
    }

    private static List<Map<String, Object>> values(String fac1, String org2) {
        return List.of(
                Map.of("indicatorCode", "FAC-1", "value", fac1), Map.of("indicatorCode", "ORG-2", "value", org2));
    }

    private Target target(String indicatorCode) {
        return tx.execute(
                s -> targets
                        .findByPlanOrderByUnitCodeAscIndicatorIdAsc(
                                plans.findById(planId).orElseThrow())
                        .stream()
                        .filter(t -> t.getIndicator().getCode().equals(indicatorCode))
                        .findFirst()
                        .orElseThrow());
    }

    private List<TargetStatus> statuses() {
        return tx.execute(
                s -> targets
                        .findByPlanOrderByUnitCodeAscIndicatorIdAsc(
                                plans.findById(planId).orElseThrow())
                        .stream()
                        .map(Target::getStatus)
                        .toList());
    }
}
