package com.targetflow.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.targetflow.DemoDistrictTest;
import com.targetflow.calendar.WorkingDays;
import com.targetflow.escalation.DigestService;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.NewsForDigests;
import com.targetflow.notification.OutgoingMail;
import com.targetflow.notification.SentMails;
import com.targetflow.organisation.DigestFrequency;
import com.targetflow.organisation.People;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every outcome told: the unit's secretary-general gets a mail when its targets are issued (each target
 * with quota and due date), when its objection is answered (old quota, proposal, decision, new quota —
 * also in the task's history and on the 确认目标 it confirms again), and when its report is approved:
 * at once without a digest, in the next digest with one.
 */
@DemoDistrictTest
class UnitOutcomesTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2156);

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    PlanService planService;

    @Autowired
    SentMails mails;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    People people;

    @Autowired
    DigestService digests;

    @Autowired
    NewsForDigests news;

    @Autowired
    WorkingDays workingDays;

    @AfterEach
    void digestsAsTheDemoHasThem() {
        ClockUtil.reset();
        chooseDigest("street01", DigestFrequency.WEEKLY);
    }

    private void chooseDigest(String username, DigestFrequency digest) {
        tx.executeWithoutResult(
                s -> people.findByUsername(username).orElseThrow().chooseDigest(digest));
    }

    @Test
    void theUnitIsToldOfItsTargetsTheAnswerToItsObjectionAndItsApprovedReport() {
        AbstractAssertions.init(engine);
        chooseDigest("street01", DigestFrequency.OFF);
        int year = YEARS.incrementAndGet();
        long before = mails.findAllByOrderByIdDesc(PageRequest.of(0, 1)).stream()
                .mapToLong(OutgoingMail::getId)
                .max()
                .orElse(0);
        tx.executeWithoutResult(s -> {
            AnnualPlan plan = planService.createDraft(year);
            planService.addTarget(plan, "FAC-1", "SD01", BigDecimal.valueOf(4), LocalDate.of(year, 10, 31));
            planService.addTarget(plan, "ORG-2", "SD01", BigDecimal.valueOf(80), LocalDate.of(year, 12, 31));
            planService.issue(plan);
        });
        ProcessInstance unit = runtime.createProcessInstanceQuery()
                .processDefinitionKey("unit-targets")
                .processInstanceBusinessKey(year + "-SD01")
                .singleResult();

        OutgoingMail issued = only(before, MailKind.TARGETS_ISSUED);
        assertThat(issued.getRecipientUsername()).isEqualTo("street01");
        assertThat(issued.getSubject()).isEqualTo("目标任务已下达：" + year + " 年");
        assertThat(issued.getBodyText())
                .contains(
                        "区科协下达了贵单位 " + year + " 年的目标任务，共 2 项",
                        "FAC-1 新建科普画廊：4",
                        "截止 " + year + "-10-31",
                        "ORG-2",
                        "/workbench/tasks/" + task(unit).getId());

        complete(
                task(unit),
                withVariables(
                        "targetsAccepted",
                        "false",
                        "objections",
                        List.of(Map.of("indicatorCode", "FAC-1", "proposedQuota", 3, "reason", "今年可用场地只有三处"))));
        complete(
                task(unit),
                withVariables("resolutions", List.of(Map.of("indicatorCode", "FAC-1", "decision", "ACCEPT"))));

        String decided = "FAC-1 新建科普画廊：原目标值 4，贵单位建议 3；区科协接受了建议，目标值为 3";
        OutgoingMail answered = only(before, MailKind.OBJECTION_RESOLVED);
        assertThat(answered.getSubject()).isEqualTo("异议处理结果：" + year + " 年目标任务");
        assertThat(answered.getBodyText()).contains("区科协已处理贵单位对 " + year + " 年目标任务的异议", decided);
        assertThat(unit).isWaitingAt(UnitTargetsModel.TASK_CONFIRM_TARGETS);
        assertThat(tasks.getVariableLocal(task(unit).getId(), "objectionOutcome"))
                .isEqualTo("- " + decided);
        assertThat(runtime.getVariable(unit.getId(), "objectionOutcome"))
                .as("moved to the task")
                .isNull();
        assertThat(tasks.getProcessInstanceComments(unit.getId()))
                .extracting(Comment::getFullMessage)
                .anyMatch(text -> text.startsWith("区科协对异议的处理") && text.contains(decided));
        assertThat(mails.findByIdGreaterThanOrderById(before))
                .filteredOn(m -> m.getKind() == MailKind.TARGETS_ISSUED)
                .as("the second 确认目标 is not a new issue")
                .hasSize(1);

        complete(task(unit), withVariables("targetsAccepted", true));
        runtime.createMessageCorrelation("ReportingRoundOpened")
                .processInstanceId(unit.getId())
                .correlate();
        complete(
                task(unit),
                withVariables(
                        "values",
                        List.of(
                                Map.of("indicatorCode", "FAC-1", "value", "1"),
                                Map.of("indicatorCode", "ORG-2", "value", "20")),
                        "narrative",
                        "新建画廊一处"));
        complete(task(unit), withVariables("reportApproved", "true"));

        OutgoingMail approved = only(before, MailKind.REPORT_APPROVED);
        assertThat(approved.getSubject()).isEqualTo("进展填报已审核通过：" + year + " 年第 1 季度");
        assertThat(approved.getBodyText()).contains("区科协审核通过了贵单位 " + year + " 年第一季度的进展填报。");
    }

    @Test
    void aSecretaryWithAWeeklyDigestReadsTheOutcomesInItNotInMailsOfTheirOwn() {
        AbstractAssertions.init(engine);
        int year = YEARS.incrementAndGet();
        long before = mails.findAllByOrderByIdDesc(PageRequest.of(0, 1)).stream()
                .mapToLong(OutgoingMail::getId)
                .max()
                .orElse(0);
        assertThat(people.findByUsername("street02").orElseThrow().getDigest()).isEqualTo(DigestFrequency.WEEKLY);
        tx.executeWithoutResult(s -> {
            AnnualPlan plan = planService.createDraft(year);
            planService.addTarget(plan, "FAC-1", "SD02", BigDecimal.valueOf(4), LocalDate.of(year, 10, 31));
            planService.issue(plan);
        });
        ProcessInstance unit = runtime.createProcessInstanceQuery()
                .processDefinitionKey("unit-targets")
                .processInstanceBusinessKey(year + "-SD02")
                .singleResult();
        complete(
                task(unit),
                withVariables(
                        "targetsAccepted",
                        "false",
                        "objections",
                        List.of(Map.of("indicatorCode", "FAC-1", "proposedQuota", 2, "reason", "场地不足"))));
        complete(
                task(unit),
                withVariables("resolutions", List.of(Map.of("indicatorCode", "FAC-1", "decision", "KEEP"))));

        assertThat(mails.findByIdGreaterThanOrderById(before))
                .as("no mail of their own")
                .noneMatch(m -> m.getRecipientUsername().equals("street02")
                        && (m.getKind() == MailKind.TARGETS_ISSUED || m.getKind() == MailKind.OBJECTION_RESOLVED));
        List<DigestService.NewsLine> waiting =
                tx
                        .execute(s -> digests.digestOf(
                                        people.findByUsername("street02").orElseThrow())
                                .news())
                        .stream()
                        .filter(n -> n.headline().contains(year + " 年"))
                        .toList();
        assertThat(waiting)
                .extracting(DigestService.NewsLine::headline)
                .containsExactly("目标任务已下达：" + year + " 年", "异议处理结果：" + year + " 年目标任务");
        assertThat(waiting.get(1).lines()).anyMatch(line -> line.contains("原目标值 4，贵单位建议 2；区科协维持原目标值，目标值为 4"));

        // The week's first working day: the digest carries them, and they are not told again.
        LocalDate monday =
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusWeeks(1).with(DayOfWeek.MONDAY);
        while (!workingDays.isWorkingDay(monday)) {
            monday = monday.plusWeeks(1);
        }
        ClockUtil.setCurrentTime(
                Date.from(monday.atTime(8, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
        long beforeDigest = mails.findAllByOrderByIdDesc(PageRequest.of(0, 1)).stream()
                .mapToLong(OutgoingMail::getId)
                .max()
                .orElse(0);
        tx.executeWithoutResult(s -> digests.sendDue());
        OutgoingMail digest = mails.findByIdGreaterThanOrderById(beforeDigest).stream()
                .filter(m -> m.getKind() == MailKind.DIGEST
                        && m.getRecipientUsername().equals("street02"))
                .findFirst()
                .orElseThrow();
        assertThat(digest.getBodyText())
                .contains("自上次汇总以来区科协的处理结果", "目标任务已下达：" + year + " 年", "区科协维持原目标值，目标值为 4", "/workbench/tasks/");
        assertThat(digest.getBodyHtml()).contains("异议处理结果：" + year + " 年目标任务");
        assertThat(news.findByUsernameAndToldAtIsNullOrderById("street02")).isEmpty();
    }

    private OutgoingMail only(long after, MailKind kind) {
        List<OutgoingMail> found = mails.findByIdGreaterThanOrderById(after).stream()
                .filter(m -> m.getKind() == kind)
                .toList();
        assertThat(found).as(kind.name()).hasSize(1);
        return found.get(0);
    }
}
