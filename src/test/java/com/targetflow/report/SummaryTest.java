package com.targetflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DemoDistrictTest;
import com.targetflow.inspections.InspectionScope;
import com.targetflow.inspections.InspectionService;
import com.targetflow.meetings.Meeting;
import com.targetflow.meetings.MeetingService;
import com.targetflow.meetings.MeetingStatus;
import com.targetflow.models.SecretaryMeetingModel;
import com.targetflow.organisation.FacilityKind;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.PlanService;
import com.targetflow.targets.Plans;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
 * The annual work summary for a year played through to the seed's figures — 13 sub-districts, 4
 * secretary-general meetings with training and 2 full committee meetings held, 4 new galleries
 * and 40 new boards, 108 in all, 82% of communities with a science group, 80% with a reading room,
 * all 16 education bases visited — parsed back from the .docx; the volunteers' events were never
 * reported, and the summary says so.
 */
@DemoDistrictTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryTest {

    private static final int YEAR = 2037;
    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    @Autowired
    PlanService plans;

    @Autowired
    Plans planRepository;

    @Autowired
    MeetingService meetings;

    @Autowired
    InspectionService inspections;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestRestTemplate http;

    @BeforeAll
    void aYearWithTheSeedsFigures() {
        ClockUtil.setCurrentTime(
                Date.from(LocalDateTime.of(YEAR, 1, 5, 10, 0).atZone(DISTRICT).toInstant()));
        LocalDate due = LocalDate.of(YEAR, 12, 31);
        tx.executeWithoutResult(s -> {
            AnnualPlan plan = plans.createDraft(YEAR);
            plans.addTarget(plan, "MTG-1", "DIST", BigDecimal.valueOf(4), due);
            plans.addTarget(plan, "MTG-2", "DIST", BigDecimal.valueOf(2), due);
            plans.addTarget(plan, "BASE-1", "DIST", BigDecimal.valueOf(16), due);
            for (int sd = 1; sd <= 13; sd++) {
                String unit = "SD%02d".formatted(sd);
                plans.addTarget(plan, "FAC-1", unit, BigDecimal.ONE, due);
                plans.addTarget(plan, "FAC-2", unit, BigDecimal.valueOf(3), due);
                plans.addTarget(plan, "ORG-2", unit, BigDecimal.valueOf(80), due);
                plans.addTarget(plan, "ROOM-1", unit, BigDecimal.valueOf(80), due);
            }
            plans.issue(plan);
        });
        AnnualPlan plan = planRepository.findByYear(YEAR).orElseThrow();
        for (int sd = 1; sd <= 13; sd++) {
            tasks.complete(unitTask(sd).getId(), Map.of("targetsAccepted", true));
        }
        plans.openReportingRound(plan);
        for (int sd = 1; sd <= 13; sd++) {
            // 4 new galleries (SD01–SD04), 40 new boards (3 each, 4 in SD13).
            List<Map<String, Object>> values = List.of(
                    Map.of("indicatorCode", "FAC-1", "value", sd <= 4 ? "1" : "0"),
                    Map.of("indicatorCode", "FAC-2", "value", sd == 13 ? "4" : "3"),
                    Map.of("indicatorCode", "ORG-2", "value", "82"),
                    Map.of("indicatorCode", "ROOM-1", "value", "80"));
            tasks.complete(unitTask(sd).getId(), Map.of("values", values, "narrative", "全年工作"));
            tasks.complete(unitTask(sd).getId(), Map.of("reportApproved", true));
        }
        for (Meeting meeting : meetings.ofYear(YEAR)) {
            hold(meeting);
        }
        var round = inspections.start(
                new InspectionService.RoundRequest(
                        FacilityKind.EDUCATION_BASE,
                        InspectionScope.ALL,
                        null,
                        null,
                        "inspector",
                        LocalDate.of(YEAR, 3, 31)),
                "manager");
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("inspection-round-" + round.getId())
                .singleResult()
                .getId();
        for (Task visit : tasks.createTaskQuery().processInstanceId(instance).list()) {
            tasks.complete(visit.getId());
        }
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theDistrictsSummaryReadsLikeTheSeedWithTheProductsOwnFigures() throws Exception {
        ResponseEntity<byte[]> response = get("manager", "/api/plans/" + YEAR + "/summary.docx", byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).contains("wordprocessingml");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.getBody()))) {
            List<String> text =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(text.get(0)).isEqualTo("2037年度区科协工作总结");
            int sectionTwo = indexOf(text, "二、全面贯彻落实《全民科学素质行动计划纲要》");
            int network = indexOf(text, "（二）科普组织网络得到进一步加强和完善");
            int facilities = indexOf(text, "（三）科普阵地不断巩固");
            int galleries = indexOf(text, "1、科普画廊（宣传栏）和市民科普学校的建设与管理。");
            assertThat(sectionTwo).isLessThan(network);
            assertThat(network).isLessThan(facilities);
            assertThat(facilities).isLessThan(galleries);
            assertThat(text.get(galleries))
                    .isEqualTo(
                            "1、科普画廊（宣传栏）和市民科普学校的建设与管理。今年全区新建科普画廊4处，科普宣传栏40处，" + "目前全区共建有社区科普宣传画廊、科普宣传栏108个，并全部纳入规范管理。");
            assertThat(text.get(indexOf(text, "1、社区科普组织网络健全。"))).contains("全区13个街道办事处均建立了科协组织", "全区已有82%的社区建立了社区科普小组");
            assertThat(text.get(indexOf(text, "5、加强组织协调"))).contains("全年召开地区科协秘书长例会4次，其中4次开展了", "召开区科协全委会议2次");
            assertThat(text.get(indexOf(text, "3、进一步加强企业科技人员"))).contains("我区已有15家民营企业建立了科协组织");
            assertThat(text.get(indexOf(text, "2、社区科普活动（阅览）室建设。")))
                    .contains("全区13个街道办事处均建立有科普活动中心", "80%的社区（村）建立了科普活动（阅览）室");
            assertThat(text.get(indexOf(text, "4、加强科普教育基地建设。"))).contains("已有的16处科普教育基地", "走访科普教育基地16处");
            // Never reported: said so, not invented.
            int volunteers = indexOf(text, "2、继续加强科普志愿者队伍的建设和管理");
            assertThat(text.get(volunteers)).contains("参加大型科普活动【缺少数据：志愿者参加大型科普活动次数（VOL-1）】次");
            XWPFRun missing = doc.getParagraphs().get(volunteers).getRuns().stream()
                    .filter(r -> r.text().startsWith("【缺少数据"))
                    .findFirst()
                    .orElseThrow();
            assertThat(missing.getTextHighlightColor().toString()).isEqualTo("yellow");
            assertThat(missing.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋");
            assertThat(text).anyMatch(t -> t.startsWith("【请撰写：领导重视"));
        }

        ResponseEntity<String> preview = get("manager", "/plans/" + YEAR + "/summary", String.class);
        assertThat(preview.getBody())
                .contains(
                        "今年全区新建科普画廊",
                        "<span class=\"FIGURE\">4</span>",
                        "<span class=\"FIGURE\">108</span>",
                        "class=\"MISSING\"");
    }

    @Test
    void aSubDistrictGetsItsOwnShorterSummary() throws Exception {
        ResponseEntity<byte[]> response =
                get("street01", "/api/plans/" + YEAR + "/summary.docx?unit=SD02", byte[].class);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.getBody()))) {
            List<String> text =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(text.get(0)).isEqualTo("2037年度东城街道科协工作总结");
            // Asked for another unit, a sub-district's secretary still gets their own.
            assertThat(text).anyMatch(t -> t.matches("今年新建科普画廊1处、科普宣传栏3处，本街道共有科普画廊、宣传栏\\d+个。"));
            assertThat(text).anyMatch(t -> t.contains("本街道82%的社区建立了社区科普小组"));
            assertThat(text).noneMatch(t -> t.contains("民营企业"));
        }
    }

    private void hold(Meeting meeting) {
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("meeting-" + meeting.getId())
                .singleResult()
                .getId();
        Task prepare = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        tasks.complete(
                prepare.getId(),
                Map.of(
                        "meetingDate",
                        meeting.getPlannedDate().toString(),
                        "startTime",
                        "09:30",
                        "endTime",
                        "11:30",
                        "place",
                        "区科协三楼会议室",
                        "agenda",
                        "通报目标任务进展",
                        "trainingTopic",
                        "科普工作方法",
                        "trainer",
                        "区科协",
                        "invitees",
                        List.of("street01", "street02")));
        // The reminders' timers come first, then the meeting's start.
        for (int n = 0;
                n < 5
                        && tasks.createTaskQuery()
                                        .processInstanceId(instance)
                                        .taskDefinitionKey(SecretaryMeetingModel.TASK_RECORD_MEETING)
                                        .count()
                                == 0;
                n++) {
            for (Job job : management
                    .createJobQuery()
                    .processInstanceId(instance)
                    .timers()
                    .list()) {
                management.executeJob(job.getId());
            }
        }
        Task record = tasks.createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey(SecretaryMeetingModel.TASK_RECORD_MEETING)
                .singleResult();
        tasks.complete(
                record.getId(),
                Map.of(
                        "attendance",
                        List.of(
                                Map.of("username", "street01", "attendance", "PRESENT"),
                                Map.of("username", "street02", "attendance", "PRESENT")),
                        "minutes",
                        "会议纪要",
                        "trainingDelivered",
                        true,
                        "decisions",
                        "按计划推进",
                        "actionItems",
                        List.of()));
        assertThat(meetings.find(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.HELD);
    }

    private Task unitTask(int sd) {
        String instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey("unit-targets")
                .processInstanceBusinessKey(YEAR + "-SD%02d".formatted(sd))
                .singleResult()
                .getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult();
    }

    private static int indexOf(List<String> text, String start) {
        for (int n = 0; n < text.size(); n++) {
            if (text.get(n).startsWith(start)) {
                return n;
            }
        }
        throw new AssertionError("No paragraph starts with " + start + " in " + text);
    }

    private <T> ResponseEntity<T> get(String user, String path, Class<T> type) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Accept-Language", "zh");
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, new HttpEntity<>(headers), type);
    }
}
