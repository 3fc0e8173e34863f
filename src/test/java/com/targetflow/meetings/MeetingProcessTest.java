package com.targetflow.meetings;

import static com.targetflow.web.InputRefused.assertThatRefusalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.targetflow.DemoDistrictTest;
import com.targetflow.models.SecretaryMeetingModel;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.MailStatus;
import com.targetflow.notification.OutgoingMail;
import com.targetflow.notification.SentMails;
import com.targetflow.organisation.DigestFrequency;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.People;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.PlanService;
import com.targetflow.targets.Plans;
import com.targetflow.targets.ProgressService;
import com.targetflow.targets.TargetProgress;
import com.targetflow.web.InputRefusalText;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * secretary-meeting, path by path, in the demo district: scheduled from the plan, prepared,
 * invitations with calendar entries, replies, reminders by their timers, moved,
 * cancelled, recorded with action items that units complete and the district accepts or returns.
 * Mail goes to the built-in mailbox here; MailDeliveryTest sends it over real SMTP.
 */
@DemoDistrictTest
class MeetingProcessTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2040);
    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

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
    PlanService plans;

    @Autowired
    Plans planRepository;

    @Autowired
    ProgressService progress;

    @Autowired
    MeetingService meetings;

    @Autowired
    SentMails mails;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestRestTemplate http;

    @Autowired
    People people;

    int year;
    long meetingId;
    ProcessInstance meeting;

    @BeforeEach
    void issueAPlanWithFourSubDistrictMeetings() {
        AbstractAssertions.init(engine);
        year = YEARS.incrementAndGet();
        tx.executeWithoutResult(s -> {
            AnnualPlan plan = plans.createDraft(year);
            plans.addTarget(plan, "MTG-1", "DIST", BigDecimal.valueOf(4), LocalDate.of(year, 12, 31));
            plans.addTarget(plan, "ORG-2", "SD01", BigDecimal.valueOf(80), LocalDate.of(year, 12, 31));
            plans.issue(plan);
        });
        List<Meeting> planned = meetings.ofYear(year);
        meetingId = planned.get(0).getId();
        meeting = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("meeting-" + meetingId)
                .singleResult();
    }

    @Test
    void issuingThePlanSchedulesOneMeetingPerQuarterAndNoUnitProcessForTheDistrict() {
        assertThat(meetings.ofYear(year))
                .extracting(Meeting::getPlannedDate)
                .containsExactly(
                        LocalDate.of(year, 2, 15),
                        LocalDate.of(year, 5, 15),
                        LocalDate.of(year, 8, 15),
                        LocalDate.of(year, 11, 15));
        assertThat(meetings.ofYear(year))
                .extracting(Meeting::getType)
                .containsOnly(MeetingType.SUBDISTRICT_SECRETARIES);
        assertThat(meeting).isWaitingAt(SecretaryMeetingModel.TASK_PREPARE_MEETING);
        assertThat(task()).hasCandidateGroup("managers");
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("unit-targets")
                        .processInstanceBusinessKey(year + "-DIST")
                        .count())
                .isZero();
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("unit-targets")
                        .processInstanceBusinessKey(year + "-SD01")
                        .count())
                .isOne();
        // The form's defaults: the planned date and every sub-district secretary-general.
        assertThat(tasks.getVariableLocal(task().getId(), "meetingDate")).isEqualTo(year + "-02-15");
        assertThat(tasks.getVariableLocal(task().getId(), "invitees").toString())
                .contains("street01", "street13");
    }

    @Test
    void preparingInvitesEverySecretaryGeneralWithACalendarEntry() throws Exception {
        prepare();

        assertThat(meeting)
                .isWaitingAt(SecretaryMeetingModel.TASK_REPLY_INVITATION, SecretaryMeetingModel.EVENT_REMINDER_DUE);
        List<Task> replies = replyTasks();
        assertThat(replies).hasSize(13).extracting(Task::getAssignee).contains("street01", "street03", "street13");
        List<OutgoingMail> invitations = mailsOf(MailKind.INVITATION);
        assertThat(invitations).hasSize(13).allSatisfy(m -> {
            assertThat(m.getCalendarMethod()).isEqualTo("REQUEST");
            assertThat(m.getTaskId()).isNotNull();
            assertThat(m.getBodyHtml()).contains("/workbench/tasks/" + m.getTaskId());
        });
        OutgoingMail toStreet01 = invitations.stream()
                .filter(m -> m.getRecipientUsername().equals("street01"))
                .findFirst()
                .orElseThrow();
        assertThat(toStreet01.getSubject()).startsWith("会议通知：地区科协秘书长例会");
        assertThat(toStreet01.getBodyText()).contains("区科协三楼会议室", "新时代科普工作方法");

        VEvent event =
                Biweekly.parse(toStreet01.getCalendar()).first().getEvents().get(0);
        assertThat(event.getUid().getValue()).isEqualTo(meetings.find(meetingId).getCalendarUid());
        assertThat(event.getSequence().getValue()).isZero();
        assertThat(event.getLocation().getValue()).isEqualTo("区科协三楼会议室");
        assertThat(event.getDateStart().getValue()).isEqualTo(at(3, 18, 9, 30));
        assertThat(event.getAttendees())
                .extracting(a -> a.getEmail())
                .containsExactly("street01@demo.targetflow.local");
        assertThat(toStreet01.getCalendar()).contains("TZID=Asia/Shanghai", "METHOD:REQUEST");

        deliverAllMail();
        assertThat(mailsOf(MailKind.INVITATION))
                .extracting(OutgoingMail::getStatus)
                .containsOnly(MailStatus.SENT);
    }

    @Test
    void theReplyIsInTheUnitFilterThatTheTasklistShowsFirst() throws Exception {
        prepare();
        var json = new ObjectMapper();
        String filterId = json.readTree(http.withBasicAuth("street03", "demo")
                        .getForObject("/engine-rest/filter?resourceType=Task&name={name}", String.class, "本单位待办"))
                .get(0)
                .get("id")
                .asText();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String listed = http.withBasicAuth("street03", "demo")
                .postForObject(
                        "/engine-rest/filter/" + filterId + "/list", new HttpEntity<>("{}", headers), String.class);
        String reply = replyTasks().stream()
                .filter(t -> t.getAssignee().equals("street03"))
                .findFirst()
                .orElseThrow()
                .getId();
        String othersReply = replyTasks().stream()
                .filter(t -> t.getAssignee().equals("street04"))
                .findFirst()
                .orElseThrow()
                .getId();
        assertThat(listed).contains(reply).doesNotContain(othersReply);
        // On the workbench the reply says what it belongs to: a meeting, whichever kind (the process serves all three).
        JsonNode open = json.readTree(
                        http.withBasicAuth("street03", "demo").getForObject("/api/workbench", String.class))
                .get("open");
        assertThat(open.findValues("id").stream().map(JsonNode::asText)).contains(reply);
        for (JsonNode task : open) {
            if (task.get("id").asText().equals(reply)) {
                assertThat(task.get("context").asText()).isEqualTo("会议");
            }
        }
    }

    @Test
    void remindersReachEveryoneWhoHasNotDeclinedAndLateRepliesAreEscalated() {
        prepare();
        reply("street01", Map.of("reply", "ATTEND"));
        reply("street02", Map.of("reply", "DEPUTY", "deputyName", "王小明"));
        reply("street03", Map.of("reply", "ABSENT", "reason", "同日区人大会议"));

        // Those who have not replied are reminded and noticed by the escalation ladder on their reply task.
        assertThat(replyTasks())
                .hasSize(10)
                .allSatisfy(open -> assertThat(runtime.createProcessInstanceQuery()
                                .processDefinitionKey("escalation")
                                .processInstanceBusinessKey("task-" + open.getId())
                                .count())
                        .isOne());
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("escalation")
                        .active()
                        .list())
                .extracting(ProcessInstance::getBusinessKey)
                .doesNotContainAnyElementsOf(engine
                        .getHistoryService()
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(meeting.getId())
                        .taskDefinitionKey(SecretaryMeetingModel.TASK_REPLY_INVITATION)
                        .finished()
                        .list()
                        .stream()
                        .map(t -> "task-" + t.getId())
                        .toList());

        // The first reminder goes only to those who chose no digest (street02 here); the last to everyone not declined.
        digest("street02", DigestFrequency.OFF);
        try {
            Job first = job(SecretaryMeetingModel.EVENT_REMINDER_DUE, meeting);
            assertThat(first.getDuedate()).isEqualTo(at(3, 15, 9, 30));
            execute(first);
            assertThat(mailsOf(MailKind.REMINDER))
                    .extracting(OutgoingMail::getRecipientUsername)
                    .containsExactly("street02");
            assertThat(mailsOf(MailKind.REMINDER).get(0).getBodyText()).contains("王小明");
        } finally {
            digest("street02", DigestFrequency.WEEKLY);
        }

        Job second = job(SecretaryMeetingModel.EVENT_REMINDER_DUE, meeting);
        assertThat(second.getDuedate()).isEqualTo(at(3, 17, 9, 30));
        execute(second);
        assertThat(mailsOf(MailKind.REMINDER))
                .hasSize(13)
                .extracting(OutgoingMail::getRecipientUsername)
                .doesNotContain("street03")
                .contains("street01", "street13");
        assertThat(meeting)
                .isWaitingAt(SecretaryMeetingModel.EVENT_MEETING_STARTS, SecretaryMeetingModel.TASK_REPLY_INVITATION);
    }

    @Test
    void aMovedMeetingSendsTheSameEntryWithTheNextSequenceAndAsksAgain() {
        prepare();
        reply("street03", Map.of("reply", "ABSENT", "reason", "出差"));

        tx.executeWithoutResult(s -> meetings.reschedule(meetingId, LocalDate.of(year, 3, 25), null, null, "区科协五楼报告厅"));

        assertThat(meeting)
                .isWaitingAt(SecretaryMeetingModel.TASK_REPLY_INVITATION, SecretaryMeetingModel.EVENT_REMINDER_DUE);
        assertThat(replyTasks()).hasSize(13);
        List<OutgoingMail> updates = mailsOf(MailKind.INVITATION_UPDATE);
        assertThat(updates).hasSize(13);
        VEvent event =
                Biweekly.parse(updates.get(0).getCalendar()).first().getEvents().get(0);
        assertThat(event.getUid().getValue()).isEqualTo(meetings.find(meetingId).getCalendarUid());
        assertThat(event.getSequence().getValue()).isEqualTo(1);
        assertThat(event.getDateStart().getValue()).isEqualTo(at(3, 25, 9, 30));
        assertThat(event.getLocation().getValue()).isEqualTo("区科协五楼报告厅");
        assertThat(meetings.inviteesOf(meetings.find(meetingId)))
                .extracting(Invitee::getReply)
                .containsOnlyNulls();
        assertThat(job(SecretaryMeetingModel.EVENT_REMINDER_DUE, meeting).getDuedate())
                .isEqualTo(at(3, 22, 9, 30));
    }

    @Test
    void aCancelledMeetingWithdrawsTheEntryAndClosesOpenReplies() {
        prepare();
        tx.executeWithoutResult(s -> meetings.cancel(meetingId, "与全区安全生产会议冲突"));

        assertThat(meeting).isEnded();
        assertThat(meetings.find(meetingId).getStatus()).isEqualTo(MeetingStatus.CANCELLED);
        List<OutgoingMail> cancellations = mailsOf(MailKind.CANCELLATION);
        assertThat(cancellations).hasSize(13);
        ICalendar calendar = Biweekly.parse(cancellations.get(0).getCalendar()).first();
        assertThat(calendar.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(calendar.getEvents().get(0).getUid().getValue())
                .isEqualTo(meetings.find(meetingId).getCalendarUid());
        assertThat(calendar.getEvents().get(0).getSequence().getValue()).isEqualTo(1);
        assertThatThrownBy(() -> meetings.cancel(meetingId, "再取消一次")).hasMessageContaining("error.meeting.status");
    }

    @Test
    void aRecordedMeetingCountsSendsMinutesToAllAndGivesUnitsTheirActionItems() {
        prepare();
        reply("street03", Map.of("reply", "ABSENT", "reason", "同日区人大会议"));
        execute(job(SecretaryMeetingModel.EVENT_REMINDER_DUE, meeting));
        execute(job(SecretaryMeetingModel.EVENT_REMINDER_DUE, meeting));
        execute(job(SecretaryMeetingModel.EVENT_MEETING_STARTS, meeting));

        assertThat(meeting).isWaitingAt(SecretaryMeetingModel.TASK_RECORD_MEETING);
        Task record = task();
        String attendance = tasks.getVariableLocal(record.getId(), "attendance").toString();
        assertThat(attendance).contains("street03").contains("\"attendance\":\"ABSENT\"");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int n = 1; n <= 13; n++) {
            rows.add(Map.of("username", "street%02d".formatted(n), "attendance", n == 3 ? "ABSENT" : "PRESENT"));
        }
        tasks.complete(
                record.getId(),
                Map.of(
                        "attendance",
                        rows,
                        "minutes",
                        "一、通报第一季度目标任务进展。二、部署科普画廊更新。",
                        "trainingDelivered",
                        true,
                        "decisions",
                        "各街道于月底前完成画廊内容更新。",
                        "actionItems",
                        List.of(
                                Map.of("unitCode", "SD01", "title", "报送第一季度科普画廊更新照片", "dueDate", year + "-04-10"),
                                Map.of("unitCode", "SD05", "title", "筹备全国科普日街道活动方案", "dueDate", year + "-04-20"))));

        assertThat(meetings.find(meetingId).getStatus()).isEqualTo(MeetingStatus.HELD);
        assertThat(mailsOf(MailKind.MINUTES))
                .hasSize(13)
                .extracting(OutgoingMail::getRecipientUsername)
                .contains("street03");
        assertThat(mtg1().approvedValue()).isEqualByComparingTo("1");
        assertThat(mtg1().completionRate()).isEqualByComparingTo("25");

        List<Task> items = tasks.createTaskQuery()
                .processInstanceId(meeting.getId())
                .taskDefinitionKey(SecretaryMeetingModel.TASK_COMPLETE_ACTION_ITEM)
                .orderByDueDate()
                .asc()
                .list();
        assertThat(items).hasSize(2);
        assertThat(tasks.getIdentityLinksForTask(items.get(0).getId()))
                .extracting(l -> l.getGroupId())
                .contains("SD01");
        assertThat(tasks.getIdentityLinksForTask(items.get(1).getId()))
                .extracting(l -> l.getGroupId())
                .contains("SD05");
        assertThat(mailsOf(MailKind.ACTION_ITEM))
                .extracting(OutgoingMail::getRecipientUsername)
                .containsExactlyInAnyOrder("street01", "street05");

        tasks.complete(items.get(0).getId(), Map.of("result", "已上传 12 张画廊照片"));
        Task review = tasks.createTaskQuery()
                .processInstanceId(meeting.getId())
                .taskDefinitionKey(SecretaryMeetingModel.TASK_REVIEW_ACTION_ITEM)
                .singleResult();
        tasks.complete(review.getId(), Map.of("actionItemAccepted", "false", "reviewComment", "缺少三个社区的照片"));
        Task again = tasks.createTaskQuery()
                .processInstanceId(meeting.getId())
                .taskDefinitionKey(SecretaryMeetingModel.TASK_COMPLETE_ACTION_ITEM)
                .taskCandidateGroup("SD01")
                .singleResult();
        assertThat(tasks.getVariableLocal(again.getId(), "itemComment")).isEqualTo("缺少三个社区的照片");
        assertThat(mailsOf(MailKind.ACTION_ITEM_RETURNED))
                .extracting(OutgoingMail::getRecipientUsername)
                .containsExactly("street01");
        tasks.complete(again.getId(), Map.of("result", "已补齐全部照片"));
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(meeting.getId())
                        .taskDefinitionKey(SecretaryMeetingModel.TASK_REVIEW_ACTION_ITEM)
                        .singleResult()
                        .getId(),
                Map.of("actionItemAccepted", "true"));

        Task other = tasks.createTaskQuery()
                .processInstanceId(meeting.getId())
                .taskDefinitionKey(SecretaryMeetingModel.TASK_COMPLETE_ACTION_ITEM)
                .singleResult();
        tasks.complete(other.getId(), Map.of("result", "方案已报区科协"));
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(meeting.getId())
                        .taskDefinitionKey(SecretaryMeetingModel.TASK_REVIEW_ACTION_ITEM)
                        .singleResult()
                        .getId(),
                Map.of("actionItemAccepted", true));
        assertThat(meeting).isEnded();
        assertThat(meetings.actionItemsOf(meetings.find(meetingId)))
                .extracting(ActionItem::getStatus)
                .containsOnly(ActionItemStatus.ACCEPTED);
    }

    @Test
    void aReplyHandedToSomeoneElseIsStillTheInviteesReply() {
        prepare();
        Task street01 = replyTasks().stream()
                .filter(t -> t.getAssignee().equals("street01"))
                .findFirst()
                .orElseThrow();
        // As the district may (the app, without a signed-in person): street01's reply task goes to its leader.
        tasks.setAssignee(street01.getId(), "street01-leader");
        tasks.complete(street01.getId(), Map.of("reply", "ABSENT", "reason", "出差"));
        Map<String, Invitee> byUser = tx.execute(s -> meetings.inviteesOf(meetings.find(meetingId)).stream()
                .collect(Collectors.toMap(i -> i.getPerson().getUsername(), i -> i)));
        assertThat(byUser.get("street01").getReply()).isEqualTo(Reply.ABSENT);
        assertThat(byUser.get("street01").getReason()).isEqualTo("出差");
        assertThat(byUser).doesNotContainKey("street01-leader");
    }

    @Test
    void aUnitReadsOnlyItsOwnPartOfAMeetingThatUnitsShare() {
        prepare();
        reply("street01", Map.of("reply", "ATTEND"));
        reply("street02", Map.of("reply", "ABSENT", "reason", "二号街道另有安排"));
        execute(job(SecretaryMeetingModel.EVENT_REMINDER_DUE, meeting));
        execute(job(SecretaryMeetingModel.EVENT_REMINDER_DUE, meeting));
        execute(job(SecretaryMeetingModel.EVENT_MEETING_STARTS, meeting));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int n = 1; n <= 13; n++) {
            rows.add(Map.of("username", "street%02d".formatted(n), "attendance", "PRESENT"));
        }
        tasks.complete(
                task().getId(),
                Map.of(
                        "attendance",
                        rows,
                        "minutes",
                        "部署画廊更新",
                        "actionItems",
                        List.of(
                                Map.of("unitCode", "SD01", "title", "报送一号街道画廊照片", "dueDate", year + "-04-10"),
                                Map.of("unitCode", "SD02", "title", "报送二号街道画廊照片", "dueDate", year + "-04-10"))));
        Task sd02 = tasks.createTaskQuery()
                .processInstanceId(meeting.getId())
                .taskDefinitionKey(SecretaryMeetingModel.TASK_COMPLETE_ACTION_ITEM)
                .taskCandidateGroup("SD02")
                .singleResult();
        tasks.complete(sd02.getId(), Map.of("result", "二号街道的办理结果"));
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(meeting.getId())
                        .taskDefinitionKey(SecretaryMeetingModel.TASK_REVIEW_ACTION_ITEM)
                        .singleResult()
                        .getId(),
                Map.of("actionItemAccepted", "false", "reviewComment", "二号街道缺少三个社区的照片"));
        String sd01Item = tasks.createTaskQuery()
                .processInstanceId(meeting.getId())
                .taskDefinitionKey(SecretaryMeetingModel.TASK_COMPLETE_ACTION_ITEM)
                .taskCandidateGroup("SD01")
                .singleResult()
                .getId();
        String sd02Again = tasks.createTaskQuery()
                .processInstanceId(meeting.getId())
                .taskDefinitionKey(SecretaryMeetingModel.TASK_COMPLETE_ACTION_ITEM)
                .taskCandidateGroup("SD02")
                .singleResult()
                .getId();

        String ownStory = http.withBasicAuth("street01", "demo")
                .getForObject("/api/workbench/tasks/" + sd01Item + "/history", String.class);
        assertThat(ownStory).doesNotContain("二号街道缺少三个社区的照片", "审核交办事项");
        assertThat(ownStory.split("参会回执", -1))
                .as("street01's own reply only: %s", ownStory)
                .hasSize(2);
        String ownList = http.withBasicAuth("street01", "demo").getForObject("/api/workbench", String.class);
        assertThat(ownList).contains(sd01Item).doesNotContain("二号街道缺少三个社区的照片");

        String otherStory = http.withBasicAuth("street02", "demo")
                .getForObject("/api/workbench/tasks/" + sd02Again + "/history", String.class);
        assertThat(otherStory).contains("二号街道缺少三个社区的照片", "审核交办事项");
        assertThat(http.withBasicAuth("manager", "demo")
                        .getForObject("/api/workbench/tasks/" + sd01Item + "/history", String.class))
                .contains("二号街道缺少三个社区的照片");
    }

    @Test
    void theUnitAttachesEvidenceToItsActionItemAndOnlyTheDistrictAndTheUnitSeeIt() throws Exception {
        prepare();
        execute(job(SecretaryMeetingModel.EVENT_REMINDER_DUE, meeting));
        execute(job(SecretaryMeetingModel.EVENT_REMINDER_DUE, meeting));
        execute(job(SecretaryMeetingModel.EVENT_MEETING_STARTS, meeting));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int n = 1; n <= 13; n++) {
            rows.add(Map.of("username", "street%02d".formatted(n), "attendance", "PRESENT"));
        }
        tasks.complete(
                task().getId(),
                Map.of(
                        "attendance",
                        rows,
                        "minutes",
                        "部署画廊更新",
                        "actionItems",
                        List.of(Map.of("unitCode", "SD01", "title", "报送画廊更新照片", "dueDate", year + "-04-10"))));
        Task item = tasks.createTaskQuery()
                .processInstanceId(meeting.getId())
                .taskDefinitionKey(SecretaryMeetingModel.TASK_COMPLETE_ACTION_ITEM)
                .singleResult();
        assertThat(tasks.getVariableLocal(item.getId(), "evidenceLink")).isEqualTo("/evidence/tasks/" + item.getId());

        assertThat(upload("street01", item.getId(), png()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(upload("street05", item.getId(), png()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        long actionItemId =
                meetings.actionItemsOf(meetings.find(meetingId)).get(0).getId();
        ResponseEntity<String> asManager = http.withBasicAuth("manager", "demo")
                .getForEntity("/api/action-items/" + actionItemId + "/evidence", String.class);
        assertThat(asManager.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(asManager.getBody()).contains("画廊.png");
        assertThat(http.withBasicAuth("street05", "demo")
                        .getForEntity("/api/action-items/" + actionItemId + "/evidence", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        tasks.complete(item.getId(), Map.of("result", "已上传照片"));
        Task review = tasks.createTaskQuery()
                .processInstanceId(meeting.getId())
                .taskDefinitionKey(SecretaryMeetingModel.TASK_REVIEW_ACTION_ITEM)
                .singleResult();
        assertThat(tasks.getVariableLocal(review.getId(), "evidenceLink"))
                .isEqualTo("/evidence/action-items/" + actionItemId);
    }

    @Test
    void badPreparationIsRefusedNamingEachFieldAndChangesNothing() {
        String taskId = task().getId();
        // The form's own rules first (required, lengths), then the domain's (dates, times, people).
        assertThatRefusalOf(
                        refusals,
                        () -> tasks.complete(
                                taskId,
                                Map.of(
                                        "meetingDate",
                                        year + "-03-18",
                                        "startTime",
                                        "09:00",
                                        "endTime",
                                        "11:00",
                                        "place",
                                        "",
                                        "agenda",
                                        "议程",
                                        "invitees",
                                        List.of("street01"))))
                .contains("会议地点：不能为空");
        assertThatRefusalOf(
                        refusals,
                        () -> tasks.complete(
                                taskId,
                                Map.of(
                                        "meetingDate",
                                        (year + 1) + "-03-18",
                                        "startTime",
                                        "11:00",
                                        "endTime",
                                        "09:00",
                                        "place",
                                        "三楼",
                                        "agenda",
                                        "议程",
                                        "invitees",
                                        List.of("street01", "nobody"))))
                .contains("会议日期：")
                .contains("结束时间：")
                .contains("找不到用户 nobody")
                .contains("业务培训主题：");
        assertThat(meeting).isWaitingAt(SecretaryMeetingModel.TASK_PREPARE_MEETING);
        assertThat(meetings.find(meetingId).getStatus()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(meetings.inviteesOf(meetings.find(meetingId))).isEmpty();
        assertThat(mailsOf(MailKind.INVITATION)).isEmpty();
    }

    private ResponseEntity<String> upload(String user, String taskId, byte[] content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return "画廊.png";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, "demo")
                .exchange(
                        "/api/tasks/" + taskId + "/evidence",
                        HttpMethod.POST,
                        new HttpEntity<>(body, headers),
                        String.class);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private void prepare() {
        tasks.complete(
                task().getId(),
                Map.of(
                        "meetingDate",
                        year + "-03-18",
                        "startTime",
                        "09:30",
                        "endTime",
                        "11:30",
                        "place",
                        "区科协三楼会议室",
                        "agenda",
                        "通报第一季度目标任务进展；部署下一阶段工作",
                        "trainingTopic",
                        "新时代科普工作方法",
                        "trainer",
                        "区科协 王伟",
                        "invitees",
                        List.of(
                                "street01",
                                "street02",
                                "street03",
                                "street04",
                                "street05",
                                "street06",
                                "street07",
                                "street08",
                                "street09",
                                "street10",
                                "street11",
                                "street12",
                                "street13")));
    }

    private void reply(String username, Map<String, Object> answer) {
        Task task = replyTasks().stream()
                .filter(t -> t.getAssignee().equals(username))
                .findFirst()
                .orElseThrow();
        tasks.complete(task.getId(), answer);
    }

    private Task task() {
        return tasks.createTaskQuery().processInstanceId(meeting.getId()).singleResult();
    }

    private void digest(String username, DigestFrequency frequency) {
        tx.executeWithoutResult(
                s -> people.findByUsername(username).orElseThrow().chooseDigest(frequency));
    }

    private List<Task> replyTasks() {
        return tasks.createTaskQuery()
                .processInstanceId(meeting.getId())
                .taskDefinitionKey(SecretaryMeetingModel.TASK_REPLY_INVITATION)
                .list();
    }

    private List<OutgoingMail> mailsOf(MailKind kind) {
        return mails.findByMeetingIdOrderById(meetingId).stream()
                .filter(m -> m.getKind() == kind)
                .toList();
    }

    private void deliverAllMail() {
        for (Job job : management
                .createJobQuery()
                .processDefinitionKey("mail-delivery")
                .list()) {
            management.executeJob(job.getId());
        }
    }

    private TargetProgress mtg1() {
        return tx.execute(s -> progress.view(plansOf(), unit -> true, Language.ZH)).targets().stream()
                .filter(t -> t.indicatorCode().equals("MTG-1"))
                .findFirst()
                .orElseThrow();
    }

    private AnnualPlan plansOf() {
        return planRepository.findByYear(year).orElseThrow();
    }

    private Date at(int month, int day, int hour, int minute) {
        return Date.from(LocalDate.of(year, month, day)
                .atTime(hour, minute)
                .atZone(DISTRICT)
                .toInstant());
    }
}
