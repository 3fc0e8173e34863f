package com.targetflow.escalation;

import static com.targetflow.web.InputRefused.assertThatRefusalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import com.targetflow.DemoDistrictTest;
import com.targetflow.models.EscalationModel;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.OutgoingMail;
import com.targetflow.notification.SentMails;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.PlanService;
import com.targetflow.targets.WarningLight;
import com.targetflow.web.InputRefusalText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The escalation ladder on the real engine, the clock moved with ClockUtil and each timer job
 * executed once it is due: a sub-district's progress report left open is reminded, noticed to the
 * unit and its leader, escalated to the managers, extended, and stops when submitted; working days
 * over the National Day holiday; reassigning, the formal notice and the district's leaders; a due
 * date changed in the task list; a bad 督办 refused.
 */
@DemoDistrictTest
class EscalationProcessTest {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger YEARS = new AtomicInteger(2060);

    @Autowired
    InputRefusalText refusals;

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    RepositoryService repository;

    @Autowired
    PlanService plans;

    @Autowired
    EscalationService escalation;

    @Autowired
    SentMails mails;

    @Autowired
    TransactionTemplate tx;

    long mailMark;

    @BeforeEach
    void start() {
        AbstractAssertions.init(engine);
        mailMark = mails.findAllByOrderByIdDesc(PageRequest.of(0, 1)).stream()
                .findFirst()
                .map(OutgoingMail::getId)
                .orElse(0L);
        UnitTaskProcess.deployOnce(repository);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aProgressReportLeftOpenIsRemindedNoticedEscalatedExtendedAndStopsWhenSubmitted() {
        int year = 2061;
        clock(year, 3, 25, 10, 0);
        tx.executeWithoutResult(s -> {
            AnnualPlan plan = plans.createDraft(year);
            plans.addTarget(plan, "FAC-1", "SD05", BigDecimal.valueOf(4), LocalDate.of(year, 12, 31));
            plans.issue(plan);
        });
        ProcessInstance unit = runtime.createProcessInstanceQuery()
                .processDefinitionKey("unit-targets")
                .processInstanceBusinessKey(year + "-SD05")
                .singleResult();
        tasks.complete(unitTask(unit).getId(), Map.of("targetsAccepted", true));
        clock(year, 3, 31, 9, 0);
        runDueJobs(unit);
        Task report = unitTask(unit);
        assertThat(report.getTaskDefinitionKey()).isEqualTo(UnitTargetsModel.TASK_REPORT_PROGRESS);
        // Due ten days after the quarter: Sunday 10 April, so Monday 11 April.
        assertThat(report.getDueDate()).isEqualTo(at(year, 4, 11, 17, 30));
        ProcessInstance ladder = ladderOf(report);
        assertThat(ladder).isWaitingAt(EscalationModel.EVENT_REMINDER_DUE);
        assertThat(job(EscalationModel.EVENT_REMINDER_DUE, ladder).getDuedate()).isEqualTo(at(year, 4, 6, 9, 0));
        assertThat(newMails()).isEmpty();

        clock(year, 4, 6, 9, 0);
        runDueJobs(ladder);
        assertThat(newMails())
                .extracting(OutgoingMail::getKind, OutgoingMail::getRecipientUsername)
                .containsExactly(Tuple.tuple(MailKind.TASK_REMINDER, "street05"));
        assertThat(ladder).isWaitingAt(EscalationModel.EVENT_TASK_DUE);
        assertThat(light(report)).isEqualTo(WarningLight.GREEN);

        clock(year, 4, 11, 17, 30);
        runDueJobs(ladder);
        assertThat(newMails())
                .filteredOn(m -> m.getKind() == MailKind.TASK_OVERDUE)
                .extracting(OutgoingMail::getRecipientUsername)
                .containsExactly("street05", "street05-leader");
        assertThat(light(report)).isEqualTo(WarningLight.YELLOW);
        assertThat(job(EscalationModel.EVENT_SUPERVISION_DUE, ladder).getDuedate())
                .isEqualTo(at(year, 4, 14, 9, 0));

        clock(year, 4, 14, 9, 0);
        runDueJobs(ladder);
        Task supervise =
                tasks.createTaskQuery().processInstanceId(ladder.getId()).singleResult();
        assertThat(supervise).hasDefinitionKey(EscalationModel.TASK_SUPERVISE).hasCandidateGroup("managers");
        assertThat(supervise.getName()).isEqualTo("督办：进展填报：" + year + " 年第一季度 · 和平街道科协");
        assertThat(light(report)).isEqualTo(WarningLight.RED);
        assertThat(newMails())
                .filteredOn(m -> m.getKind() == MailKind.TASK_SUPERVISION)
                .extracting(OutgoingMail::getRecipientUsername)
                .containsExactly("manager");
        assertThat((String) tasks.getVariableLocal(supervise.getId(), "ladderSoFar"))
                .contains("提醒", "催办", "street05-leader");
        assertThat(job(EscalationModel.EVENT_LEADER_DUE, ladder).getDuedate()).isEqualTo(at(year, 4, 25, 9, 0));

        int before = newMails().size();
        tasks.complete(
                supervise.getId(),
                Map.of("decision", "EXTEND", "newDueDate", year + "-04-18", "extensionReason", "街道换届，顺延一周"));
        report = unitTask(unit);
        assertThat(report.getDueDate()).isEqualTo(at(year, 4, 18, 17, 30));
        assertThat(light(report)).isEqualTo(WarningLight.GREEN);
        assertThat(ladder).isWaitingAt(EscalationModel.EVENT_REMINDER_DUE);
        assertThat(newMails().subList(before, newMails().size()))
                .extracting(OutgoingMail::getKind, OutgoingMail::getRecipientUsername)
                .containsExactly(Tuple.tuple(MailKind.TASK_EXTENDED, "street05"));
        // The reminder's time (13 April) is already behind the extension: no reminder right after it.
        runDueJobs(ladder);
        assertThat(ladder).isWaitingAt(EscalationModel.EVENT_TASK_DUE);

        clock(year, 4, 15, 10, 0);
        before = newMails().size();
        tasks.complete(report.getId(), Map.of("values", List.of(Map.of("indicatorCode", "FAC-1", "value", "1"))));
        assertThat(ladder).isEnded();
        clock(year, 6, 30, 9, 0);
        assertThat(management.createJobQuery().processInstanceId(ladder.getId()).count())
                .isZero();
        assertThat(newMails().subList(before, newMails().size()))
                .noneMatch(m -> m.getKind().name().startsWith("TASK_"));

        WatchedTask watched = escalation.byTask(report.getId()).orElseThrow();
        assertThat(watched.getStatus()).isEqualTo(WatchedTask.Status.DONE);
        assertThat(steps(report.getId()))
                .containsExactly(
                        EscalationStep.Kind.REMINDER,
                        EscalationStep.Kind.OVERDUE,
                        EscalationStep.Kind.SUPERVISION,
                        EscalationStep.Kind.EXTENDED,
                        EscalationStep.Kind.DONE);
    }

    @Test
    void aTaskDoneBeforeItsReminderStopsItsLadderAndNothingIsSent() {
        clock(2026, 9, 1, 10, 0);
        ProcessInstance unit = startUnitTask(at(2026, 9, 15, 17, 30));
        ProcessInstance ladder = ladderOf(unitTask(unit));
        assertThat(ladder).isWaitingAt(EscalationModel.EVENT_REMINDER_DUE);

        tasks.complete(unitTask(unit).getId());

        assertThat(ladder).isEnded();
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(ladder.getId())
                        .activityId(EscalationModel.EVENT_LADDER_STOPPED)
                        .count())
                .isOne();
        clock(2026, 12, 31, 9, 0);
        assertThat(management.createJobQuery().processInstanceId(ladder.getId()).count())
                .isZero();
        assertThat(newMails()).isEmpty();
    }

    @Test
    void aDueDateInTheNationalDayHolidayMovesPastItAndEveryStepCountsWorkingDays() {
        clock(2026, 9, 14, 10, 0);
        ProcessInstance unit = startUnitTask(at(2026, 10, 1, 17, 30));
        Task task = unitTask(unit);
        // 1–7 October are the National Day holiday: due on Thursday 8 October.
        assertThat(task.getDueDate()).isEqualTo(at(2026, 10, 8, 17, 30));
        ProcessInstance ladder = ladderOf(task);
        // Three working days before: 30, 29, 28 September.
        assertThat(job(EscalationModel.EVENT_REMINDER_DUE, ladder).getDuedate()).isEqualTo(at(2026, 9, 28, 9, 0));
        clock(2026, 9, 28, 9, 0);
        runDueJobs(ladder);
        clock(2026, 10, 8, 17, 30);
        runDueJobs(ladder);
        // Three working days after: Friday 9, Saturday 10 (worked in exchange, 调休), Monday 12 October.
        assertThat(job(EscalationModel.EVENT_SUPERVISION_DUE, ladder).getDuedate())
                .isEqualTo(at(2026, 10, 12, 9, 0));
        clock(2026, 10, 12, 9, 0);
        runDueJobs(ladder);
        assertThat(job(EscalationModel.EVENT_LEADER_DUE, ladder).getDuedate()).isEqualTo(at(2026, 10, 21, 9, 0));
    }

    @Test
    void aTaskCreatedAlreadyLateIsNotChasedBeforeItIsItsLeadTimeOld() {
        clock(2026, 11, 30, 10, 0);
        ProcessInstance unit = startUnitTask(at(2026, 4, 10, 17, 30));
        ProcessInstance ladder = ladderOf(unitTask(unit));
        runDueJobs(ladder);

        // Born late (a due date in April on 30 November): no 催办 on the day it appears …
        assertThat(newMails()).isEmpty();
        assertThat(ladder).isWaitingAt(EscalationModel.EVENT_TASK_DUE);
        assertThat(job(EscalationModel.EVENT_TASK_DUE, ladder).getDuedate()).isEqualTo(at(2026, 12, 3, 9, 0));
        // … but three working days later, and the 督办 three working days after that.
        clock(2026, 12, 3, 9, 0);
        runDueJobs(ladder);
        assertThat(newMails()).extracting(OutgoingMail::getKind).containsOnly(MailKind.TASK_OVERDUE);
        assertThat(job(EscalationModel.EVENT_SUPERVISION_DUE, ladder).getDuedate())
                .isEqualTo(at(2026, 12, 8, 9, 0));
    }

    @Test
    void theDistrictCanReassignOrSendAFormalNoticeAndTheLeadersAreToldAtTheTop() {
        ProcessInstance unit = aTaskDueOnMarch9EscalatedOnMarch12();
        ProcessInstance ladder = ladderOf(unitTask(unit));
        Task supervise = supervisionOf(ladder);

        // Someone outside the unit, or no decision's details, is refused by name; nothing changes.
        assertThatRefusalOf(
                        refusals,
                        () -> tasks.complete(
                                supervise.getId(), Map.of("decision", "REASSIGN", "newAssignee", "street06")))
                .contains("改派给：")
                .contains("street06");
        assertThatRefusalOf(refusals, () -> tasks.complete(supervise.getId(), Map.of("decision", "NOTICE")))
                .contains("督办通知内容：");
        assertThat(ladder).isWaitingAt(EscalationModel.TASK_SUPERVISE, EscalationModel.EVENT_LEADER_DUE);
        assertThat(unitTask(unit).getAssignee()).isNull();

        tasks.complete(supervise.getId(), Map.of("decision", "REASSIGN", "newAssignee", "street05"));
        assertThat(unitTask(unit).getAssignee()).isEqualTo("street05");
        assertThat(newMails())
                .filteredOn(m -> m.getKind() == MailKind.TASK_REASSIGNED)
                .extracting(OutgoingMail::getRecipientUsername)
                .containsExactly("street05");
        assertThat(ladder).isWaitingAt(EscalationModel.EVENT_LEADER_DUE);

        clock(2026, 3, 23, 9, 0);
        runDueJobs(ladder);
        assertThat(newMails())
                .filteredOn(m -> m.getKind() == MailKind.TASK_DISTRICT_LEADER)
                .extracting(OutgoingMail::getRecipientUsername)
                .containsExactly("leader");
        assertThat(ladder).isEnded();
        assertThat(light(unitTask(unit))).isEqualTo(WarningLight.RED);

        // A second late task: this time a formal notice to the unit's leader.
        ProcessInstance second = startUnitTask(at(2026, 3, 24, 17, 30));
        ProcessInstance secondLadder = ladderOf(unitTask(second));
        // Created on 23 March with a day to go: chased on the 26th, its lead time old, and 督办 three working days on.
        clock(2026, 3, 31, 9, 0);
        runDueJobs(secondLadder);
        tasks.complete(supervisionOf(secondLadder).getId(), Map.of("decision", "NOTICE", "notice", "请于本周内完成整改并上传照片。"));
        OutgoingMail notice = newMails().stream()
                .filter(m -> m.getKind() == MailKind.FORMAL_NOTICE)
                .findFirst()
                .orElseThrow();
        assertThat(notice.getRecipientUsername()).isEqualTo("street05-leader");
        assertThat(notice.getSubject()).startsWith("督办通知");
        assertThat(notice.getBodyText()).contains("请于本周内完成整改并上传照片。", "已逾期");
        assertThat(steps(unitTask(second).getId()))
                .containsExactly(
                        EscalationStep.Kind.OVERDUE,
                        EscalationStep.Kind.SUPERVISION,
                        EscalationStep.Kind.FORMAL_NOTICE);
    }

    @Test
    void anExtensionThatIsNotLaterIsRefusedAndTheLadderStaysWhereItWas() {
        ProcessInstance unit = aTaskDueOnMarch9EscalatedOnMarch12();
        ProcessInstance ladder = ladderOf(unitTask(unit));
        Task supervise = supervisionOf(ladder);

        assertThatRefusalOf(
                        refusals,
                        () -> tasks.complete(
                                supervise.getId(),
                                Map.of("decision", "EXTEND", "newDueDate", "2026-03-06", "extensionReason", "x")))
                .contains("2026-03-09")
                .contains("新的截止日期：");
        assertThatRefusalOf(
                        refusals,
                        () -> tasks.complete(
                                supervise.getId(), Map.of("decision", "EXTEND", "newDueDate", "2026-03-20")))
                .contains("延期理由：");
        assertThat(ladder).isWaitingAt(EscalationModel.TASK_SUPERVISE, EscalationModel.EVENT_LEADER_DUE);
        assertThat(unitTask(unit).getDueDate()).isEqualTo(at(2026, 3, 9, 17, 30));
    }

    @Test
    void aDueDateChangedInTheTaskListStartsTheLadderAgain() {
        clock(2026, 3, 2, 10, 0);
        ProcessInstance unit = startUnitTask(at(2026, 3, 9, 17, 30));
        ProcessInstance ladder = ladderOf(unitTask(unit));
        clock(2026, 3, 10, 9, 0);
        runDueJobs(ladder);
        assertThat(light(unitTask(unit))).isEqualTo(WarningLight.YELLOW);

        Task task = unitTask(unit);
        task.setDueDate(at(2026, 3, 20, 17, 30));
        tasks.saveTask(task);

        assertThat(ladder).isWaitingAt(EscalationModel.EVENT_REMINDER_DUE);
        assertThat(job(EscalationModel.EVENT_REMINDER_DUE, ladder).getDuedate()).isEqualTo(at(2026, 3, 17, 9, 0));
        assertThat(light(unitTask(unit))).isEqualTo(WarningLight.GREEN);
        assertThat(steps(task.getId())).containsExactly(EscalationStep.Kind.OVERDUE, EscalationStep.Kind.DUE_CHANGED);
    }

    /** A task due Monday 9 March 2026 and left open: on Thursday 12 March its 督办 is waiting. */
    private ProcessInstance aTaskDueOnMarch9EscalatedOnMarch12() {
        clock(2026, 3, 2, 10, 0);
        ProcessInstance unit = startUnitTask(at(2026, 3, 9, 17, 30));
        clock(2026, 3, 12, 9, 0);
        runDueJobs(ladderOf(unitTask(unit)));
        return unit;
    }

    private Task supervisionOf(ProcessInstance ladder) {
        return tasks.createTaskQuery()
                .processInstanceId(ladder.getId())
                .taskDefinitionKey(EscalationModel.TASK_SUPERVISE)
                .singleResult();
    }

    private ProcessInstance startUnitTask(Date due) {
        return UnitTaskProcess.start(runtime, "SD05", "整改", due);
    }

    private Task unitTask(ProcessInstance unit) {
        return tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult();
    }

    private ProcessInstance ladderOf(Task task) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey("escalation")
                .processInstanceBusinessKey("task-" + task.getId())
                .singleResult();
    }

    private List<EscalationStep.Kind> steps(String taskId) {
        return tx.execute(s -> escalation.history(escalation.byTask(taskId).orElseThrow()).stream()
                .map(EscalationStep::getStep)
                .toList());
    }

    private WarningLight light(Task task) {
        return escalation.byTask(task.getId()).orElseThrow().getLight();
    }

    /** Executes the instance's jobs that are due by the engine's clock, until none is left. */
    private void runDueJobs(ProcessInstance instance) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = new ArrayList<>(management
                    .createJobQuery()
                    .processInstanceId(instance.getId())
                    .executable()
                    .list());
            if (due.isEmpty()) {
                return;
            }
            due.forEach(j -> management.executeJob(j.getId()));
        }
    }

    private List<OutgoingMail> newMails() {
        // The ladder's mails: not meeting invitations, nor the mail that tells a unit its targets are issued.
        return mails.findByIdGreaterThanOrderById(mailMark).stream()
                .filter(m -> m.getKind() != MailKind.INVITATION && m.getKind() != MailKind.TARGETS_ISSUED)
                .toList();
    }

    private static void clock(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(at(year, month, day, hour, minute));
    }

    private static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(LocalDateTime.of(year, month, day, hour, minute)
                .atZone(DISTRICT)
                .toInstant());
    }
}
