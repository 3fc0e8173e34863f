package com.targetflow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.targetflow.DebianClients;
import com.targetflow.DemoDistrictTest;
import com.targetflow.inspections.InspectionRound;
import com.targetflow.inspections.InspectionScope;
import com.targetflow.inspections.InspectionService;
import com.targetflow.meetings.MeetingService;
import com.targetflow.models.FacilityInspectionModel;
import com.targetflow.models.SecretaryMeetingModel;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.organisation.FacilityKind;
import com.targetflow.report.PlanSheets;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.PlanService;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The main journeys of a year, in a real headless Chromium on the workbench: the district issues a
 * plan imported from Excel; a secretary confirms it, reports with a photo, is returned, corrects and
 * is approved; an inspector on a phone orders a rectification, which the secretary does; the
 * district reads its dashboard and downloads its summary. Each step leaves a screenshot under
 * target/journeys/, and any error in a browser's console fails the journey. The journeys follow
 * one another (one plan, one inspection), so they run in order.
 */
@DemoDistrictTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneysTest {

    /** A plan year no other test uses. */
    private static final int YEAR = Year.now(ZoneId.of("Asia/Shanghai")).getValue() + 2;

    private static final String DEMO = "demo";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    InspectionService inspections;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    PlanService plans;

    @Autowired
    MeetingService meetings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RepositoryService repository;

    private Path photo;

    @BeforeAll
    void aPhoneCameraPhoto() throws IOException {
        DebianClients.requireBrowser(Browser.CHROMIUM, Browser.CHROMEDRIVER);
        photo = Path.of("target", "journeys", "gallery-photo.png").toAbsolutePath();
        Files.createDirectories(photo.getParent());
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2e7d32));
        g.fillRect(0, 0, 320, 240);
        g.setColor(Color.WHITE);
        g.fillRect(40, 40, 240, 140);
        g.dispose();
        ImageIO.write(image, "png", photo.toFile());
    }

    @Test
    @Order(1)
    void theManagerImportsAPlanFromExcelAndIssuesIt() throws Exception {
        byte[] template =
                http.withBasicAuth("manager", DEMO).getForObject("/api/plans/" + YEAR + "/template.xlsx", byte[].class);
        LocalDate end = LocalDate.of(YEAR, 12, 31);
        Path workbook = Path.of("target", "journeys", YEAR + "-plan.xlsx").toAbsolutePath();
        Files.write(
                workbook,
                PlanSheets.fill(
                        template,
                        List.of(
                                new PlanSheets.Line("SD01", "FAC-1", 2, end),
                                new PlanSheets.Line("SD01", "SCH-2", 4, end),
                                new PlanSheets.Line("SD01", "ORG-2", "80%", end),
                                new PlanSheets.Line("SD02", "FAC-1", 1, end))));

        try (Browser manager = Browser.open("1-import-and-issue", "manager", port, false)) {
            manager.signIn("manager", DEMO);
            manager.shot("workbench");
            manager.go("/plans/import");
            WebElement year = manager.waitFor(By.id("year"));
            year.clear();
            year.sendKeys(String.valueOf(YEAR));
            manager.find(By.id("file")).sendKeys(workbook.toString());
            manager.shot("import-chosen");
            manager.press(manager.find(By.cssSelector("#import-form button[type=submit]")));
            manager.press(manager.clickable(By.id("open-plan")));
            manager.shot("draft-plan");
            manager.press(manager.clickable(By.cssSelector("#issue-form button[type=submit]")));
            manager.waitUntil(d -> d.findElements(By.id("issue-form")).isEmpty());
            manager.shot("issued");
        }
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(YEAR + "-SD01")
                        .count())
                .isOne();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(YEAR + "-SD02")
                        .count())
                .isOne();
    }

    @Test
    @Order(2)
    void aSecretaryConfirmsReportsWithAPhotoIsReturnedCorrectsAndIsApproved() throws Exception {
        String context = YEAR + " 年";
        try (Browser street01 = Browser.open("2-report-returned-approved", "street01", port, false);
                Browser manager = Browser.open("2-report-returned-approved", "manager", port, false)) {
            street01.signIn("street01", DEMO);
            street01.openTask("确认目标", context);
            street01.shot("confirm-targets");
            street01.press(radio(street01, "接受全部目标任务"));
            street01.submitTask();

            fireTheQuarterEnd();

            street01.openTask("进展填报", context);
            List<WebElement> values = street01.all(By.cssSelector(".fjs-form-field-number input"));
            assertThat(values).hasSize(3);
            // A coverage rate over 100 (the first target, ORG-2): the form itself refuses it before sending (the
            // row's bound, as the server would), under the field, the field brought into view; corrected in place.
            values.get(0).sendKeys("120");
            values.get(1).sendKeys("1");
            values.get(2).sendKeys("1");
            street01.press(street01.clickable(By.id("complete")));
            assertThat(street01.text(By.id("form-error"))).contains("请改正后再提交").doesNotContain("values[");
            WebElement refusedField = street01.waitFor(By.cssSelector(".fjs-has-errors"));
            assertThat(refusedField.getText()).contains("累计完成值", "不能大于 100。");
            assertThat(street01.all(By.cssSelector(".fjs-has-errors"))).hasSize(1);
            WebElement refused = refusedField.findElement(By.cssSelector("input"));
            assertThat(refused.getAttribute("value")).isEqualTo("120");
            assertThat(street01.driver().getCurrentUrl()).contains("/workbench/tasks/");
            street01.waitUntil(d -> (Boolean) d.executeScript(
                    "const r = arguments[0].getBoundingClientRect();"
                            + " return r.top >= 0 && r.bottom <= window.innerHeight;",
                    refused));
            street01.assertNoConsoleErrors("the form refused before sending");
            street01.shot("too-high-value-marked");
            refused.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1");
            street01.find(By.cssSelector(".fjs-form-field-textarea textarea")).sendKeys("第一季度新建科普画廊一处，举办讲座一次。");
            street01.attach(photo);
            street01.shot("report-with-photo");
            street01.submitTask();

            manager.signIn("manager", DEMO);
            manager.openTask("审核进展", context);
            WebElement firstComment = manager.all(By.cssSelector(".fjs-form-field-textfield input")).stream()
                    .filter(i -> i.isEnabled() && i.getAttribute("readonly") == null)
                    .findFirst()
                    .orElseThrow();
            firstComment.sendKeys("请附新建画廊的照片和位置");
            manager.press(radio(manager, "退回修改"));
            manager.shot("return-with-reason");
            manager.submitTask();

            street01.go("/");
            assertThat(street01.text(By.id("returned"))).contains("请附新建画廊的照片和位置");
            assertThat(street01.text(By.id("count-returned"))).isEqualTo("1");
            street01.shot("returned-on-the-workbench");
            street01.openTask("进展填报", context);
            assertThat(street01.text(By.id("returned-reason"))).contains("请附新建画廊的照片和位置");
            // The reviewer's comment shows in the block of the one target it was written on, and nowhere else.
            assertThat(street01.all(By.cssSelector(".fjs-form-field-text")).stream()
                            .map(WebElement::getText)
                            .filter(t -> t.contains("区科协退回意见")))
                    .singleElement()
                    .asString()
                    .contains("区科协退回意见：请附新建画廊的照片和位置");
            assertThat(street01.text(By.id("history"))).contains("退回", "王伟");
            for (WebElement value : street01.all(By.cssSelector(".fjs-form-field-number input"))) {
                value.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
            }
            // A comment for the reviewer, written mid-way: it is saved and shown, and the corrected values stay.
            street01.find(By.id("comment")).sendKeys("已补充新建画廊的照片，位置在社区服务中心东侧");
            street01.press(street01.find(By.id("comment-save")));
            street01.waitUntil(d -> d.findElement(By.id("history")).getText().contains("社区服务中心东侧"));
            assertThat(street01.all(By.cssSelector(".fjs-form-field-number input")))
                    .allSatisfy(v -> assertThat(v.getAttribute("value")).isEqualTo("2"));
            street01.shot("correcting");
            street01.submitTask();

            manager.openTask("审核进展", context);
            manager.press(radio(manager, "通过"));
            manager.submitTask();
            manager.shot("approved");

            street01.go("/");
            assertThat(street01.text(By.id("done"))).contains("进展填报", "确认目标");
            assertThat(street01.all(By.cssSelector("#returned"))).isEmpty();
            street01.shot("done-list");
        }
        var plan = new ObjectMapper()
                .readTree(http.withBasicAuth("manager", DEMO).getForObject("/api/plans/" + YEAR, String.class));
        var fac1 = StreamSupport.stream(plan.get("targets").spliterator(), false)
                .filter(t -> t.get("unitCode").asText().equals("SD01")
                        && t.get("indicatorCode").asText().equals("FAC-1"))
                .findFirst()
                .orElseThrow();
        assertThat(fac1.get("approvedValue").decimalValue()).isEqualByComparingTo("2");
    }

    @Test
    @Order(3)
    void anInspectorOnAPhoneInspectsAGalleryAndOrdersARectification() throws Exception {
        InspectionRound round = tx.execute(s -> inspections.start(
                new InspectionService.RoundRequest(
                        FacilityKind.GALLERY,
                        InspectionScope.SUBDISTRICT,
                        "SD01",
                        null,
                        "inspector",
                        LocalDate.now().plusDays(10)),
                "manager"));
        assertThat(round).isNotNull();
        try (Browser inspector = Browser.open("3-inspect-on-a-phone", "inspector", port, true)) {
            inspector.signIn("inspector", DEMO);
            inspector.shot("workbench");
            inspector.openTask("现场检查", "东城街道科协");
            WebElement intact = checkbox(inspector, "画廊（宣传栏）完好");
            if (intact.isSelected()) {
                inspector.press(intact);
            }
            inspector.find(By.cssSelector(".fjs-form-field-textarea textarea")).sendKeys("面板玻璃破裂，需更换。");
            inspector.attach(photo);
            inspector.shot("inspection-form");
            inspector.submitTask();
            inspector.shot("submitted");
        }
        assertThat(tasks.createTaskQuery()
                        .taskDefinitionKey(FacilityInspectionModel.TASK_RECTIFY)
                        .taskCandidateGroup("SD01")
                        .count())
                .isPositive();
    }

    @Test
    @Order(4)
    void theSecretaryRectifiesTheGallery() throws Exception {
        long reinspectionsBefore = tasks.createTaskQuery()
                .taskDefinitionKey(FacilityInspectionModel.TASK_REINSPECT)
                .count();
        try (Browser street01 = Browser.open("4-rectify", "street01", port, true)) {
            street01.signIn("street01", DEMO);
            street01.openTask("整改", "东城街道科协");
            assertThat(street01.text(By.id("form"))).contains("面板玻璃破裂");
            street01.find(By.cssSelector(".fjs-form-field-textarea textarea")).sendKeys("已更换面板玻璃，重新张贴了科普内容。");
            street01.attach(photo);
            street01.shot("rectification");
            street01.submitTask();
        }
        assertThat(tasks.createTaskQuery()
                        .taskDefinitionKey(FacilityInspectionModel.TASK_REINSPECT)
                        .count())
                .isGreaterThan(reinspectionsBefore);
    }

    @Test
    @Order(5)
    void theManagerReadsTheDashboardAndDownloadsTheSummary() throws Exception {
        int thisYear = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        try (Browser manager = Browser.open("5-dashboard-and-summary", "manager", port, false)) {
            manager.signIn("manager", DEMO);
            manager.press(manager.clickable(By.id("nav-dashboard")));
            manager.waitFor(By.cssSelector(".chart canvas"));
            manager.shot("dashboard");
            manager.press(manager.clickable(By.id("nav-reports")));
            manager.press(manager.clickable(By.cssSelector("#year-" + thisYear + " a[href$='/summary']")));
            manager.waitFor(By.cssSelector(".summary .document"));
            manager.shot("summary-preview");
            manager.press(manager.clickable(By.id("download-docx")));
            manager.waitUntil(d -> docx(manager.downloads()) != null);
            Path docx = docx(manager.downloads());
            try (ZipFile word = new ZipFile(docx.toFile())) {
                assertThat(word.getEntry("word/document.xml")).isNotNull();
            }
        }
    }

    @Test
    @Order(6)
    void atTheYearsEndTheSecretaryAssessesTheUnitOnThePrefilledForm() throws Exception {
        // Quarters two to four pass as the API would have them: reported and approved.
        for (int quarter = 2; quarter <= 4; quarter++) {
            fireTheQuarterEnd();
            Task report = unitTask(UnitTargetsModel.TASK_REPORT_PROGRESS);
            tasks.complete(
                    report.getId(),
                    Map.of(
                            "values",
                            "[{\"indicatorCode\":\"FAC-1\",\"value\":" + quarter
                                    + "},{\"indicatorCode\":\"SCH-2\",\"value\":" + quarter
                                    + "},{\"indicatorCode\":\"ORG-2\",\"value\":" + (60 + quarter * 5) + "}]"));
            tasks.complete(unitTask(UnitTargetsModel.TASK_REVIEW_REPORT).getId(), Map.of("reportApproved", true));
        }
        try (Browser street01 = Browser.open("6-self-assessment", "street01", port, false)) {
            street01.signIn("street01", DEMO);
            street01.openTask("自评", YEAR + " 年");
            List<WebElement> values = street01.all(By.cssSelector(".fjs-form-field-number input"));
            assertThat(values)
                    .hasSize(3)
                    .allSatisfy(v -> assertThat(v.getAttribute("value")).isNotBlank());
            street01.shot("prefilled");
            street01.submitTask();
        }
        assertThat(unitTask(UnitTargetsModel.TASK_AUDIT_SCORE)).isNotNull();
    }

    @Test
    @Order(7)
    void theSecretaryRepliesToAMeetingOnAPhoneAndDoesItsActionItem() throws Exception {
        int year = YEAR + 2;
        tx.executeWithoutResult(s -> {
            AnnualPlan plan = plans.createDraft(year);
            plans.addTarget(plan, "MTG-1", "DIST", BigDecimal.valueOf(4), LocalDate.of(year, 12, 31));
            plans.addTarget(plan, "ORG-2", "SD01", BigDecimal.valueOf(80), LocalDate.of(year, 12, 31));
            plans.issue(plan);
        });
        long meetingId = meetings.ofYear(year).get(0).getId();
        String meeting = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("meeting-" + meetingId)
                .singleResult()
                .getId();
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(meeting)
                        .singleResult()
                        .getId(),
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
                        "通报第一季度目标任务进展",
                        "trainingTopic",
                        "新时代科普工作方法",
                        "trainer",
                        "区科协 王伟",
                        "invitees",
                        List.of("street01", "street02")));

        try (Browser street01 = Browser.open("7-meeting-on-a-phone", "street01", port, true)) {
            street01.signIn("street01", DEMO);
            street01.openTask("参会回执", "");
            // An invitation is the person's own: it cannot be given back to the unit.
            assertThat(street01.all(By.id("release"))).isEmpty();
            street01.press(radio(street01, "委派他人参会"));
            street01.submitTaskExpectingRefusal();
            street01.shot("deputy-name-required");
            street01.find(By.cssSelector(".fjs-form-field-textfield input")).sendKeys("李娜（副秘书长）");
            street01.shot("reply");
            street01.submitTask();

            for (String timer : List.of(
                    SecretaryMeetingModel.EVENT_REMINDER_DUE,
                    SecretaryMeetingModel.EVENT_REMINDER_DUE,
                    SecretaryMeetingModel.EVENT_MEETING_STARTS)) {
                management.executeJob(management
                        .createJobQuery()
                        .processInstanceId(meeting)
                        .activityId(timer)
                        .singleResult()
                        .getId());
            }
            tasks.complete(
                    tasks.createTaskQuery()
                            .processInstanceId(meeting)
                            .taskDefinitionKey(SecretaryMeetingModel.TASK_RECORD_MEETING)
                            .singleResult()
                            .getId(),
                    Map.of(
                            "attendance",
                            List.of(
                                    Map.of("username", "street01", "attendance", "DEPUTY"),
                                    Map.of("username", "street02", "attendance", "PRESENT")),
                            "minutes",
                            "通报第一季度目标任务进展。",
                            "trainingDelivered",
                            true,
                            "decisions",
                            "各街道更新画廊内容。",
                            "actionItems",
                            List.of(Map.of("unitCode", "SD01", "title", "报送科普画廊更新照片", "dueDate", year + "-04-10"))));

            street01.openTask("办理交办事项", "");
            assertThat(street01.text(By.id("form"))).contains("报送科普画廊更新照片");
            street01.find(By.cssSelector(".fjs-form-field-textarea textarea")).sendKeys("已更新 8 处画廊，照片见佐证材料。");
            street01.attach(photo);
            street01.shot("action-item");
            street01.submitTask();
        }
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(meeting)
                        .taskDefinitionKey(SecretaryMeetingModel.TASK_REVIEW_ACTION_ITEM)
                        .count())
                .isOne();
    }

    @Test
    @Order(8)
    void aSecretaryObjectsToATargetOnAPhoneTypingTheReasonLast() throws Exception {
        try (Browser street02 = Browser.open("8-objection-on-a-phone", "street02", port, true)) {
            street02.signIn("street02", DEMO);
            street02.openTask("确认目标", YEAR + " 年");
            street02.press(radio(street02, "对部分目标任务提出异议"));
            street02.press(street02.clickable(By.cssSelector(".fjs-form-field-select .fjs-input-group")));
            street02.press(street02.clickable(By.cssSelector(".fjs-dropdownlist-item")));
            street02.find(By.cssSelector(".fjs-form-field-number input")).sendKeys("0");
            // The reason is typed last and submitted at once: form-js has not stored it yet when the button is pressed.
            street02.find(By.cssSelector(".fjs-form-field-textarea textarea")).sendKeys("本街道今年没有可新建画廊的场地");
            street02.shot("objection");
            street02.submitTask();
        }
        Task resolve = tasks.createTaskQuery()
                .processInstanceBusinessKey(YEAR + "-SD02")
                .taskDefinitionKey(UnitTargetsModel.TASK_RESOLVE_OBJECTION)
                .singleResult();
        assertThat(resolve).isNotNull();
    }

    @Test
    @Order(9)
    void aSecretaryConfirmsItsTargetsInCamundaTasklist() throws Exception {
        int year = YEAR + 3;
        tx.executeWithoutResult(s -> {
            AnnualPlan plan = plans.createDraft(year);
            plans.addTarget(plan, "ORG-2", "SD03", BigDecimal.valueOf(80), LocalDate.of(year, 12, 31));
            plans.issue(plan);
        });
        String confirm = tasks.createTaskQuery()
                .processInstanceBusinessKey(year + "-SD03")
                .taskDefinitionKey(UnitTargetsModel.TASK_CONFIRM_TARGETS)
                .singleResult()
                .getId();
        try (Browser street03 = Browser.open("9-confirm-in-tasklist", "street03", port, false)) {
            street03.signIn("street03", DEMO);
            // Tasklist takes the session of /login; it claims and submits through the engine's own API.
            street03.go("/camunda/app/tasklist/default/#/?task=" + confirm);
            street03.press(street03.clickable(By.cssSelector("button.claim")));
            // No banner asking a district's staff to migrate to Camunda 8 (styles/user-styles.css).
            assertThat(street03.all(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
            street03.waitUntil(d -> confirm != null && user(confirm) != null);
            // Dates as the app writes them, not "8 个月前"; the search and sort widgets in Chinese, not their keys.
            street03.waitUntil(d -> d.findElement(By.tagName("body"))
                    .getText()
                    .matches("(?s).*截止 \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d.*"));
            String tasklist = street03.find(By.tagName("body")).getText();
            assertThat(tasklist)
                    .doesNotContain("CREATION_DATE", "个月前", "天前", "天后")
                    .contains("创建时间");
            assertThat(street03.all(By.cssSelector("input[placeholder]")))
                    .noneMatch(i -> i.getAttribute("placeholder").matches("[A-Z_]+"));
            street03.press(street03.clickable(By.xpath("//label[contains(normalize-space(.), '接受全部目标任务')]//input")));
            street03.shot("confirm-in-tasklist");
            street03.press(street03.clickable(By.cssSelector(".form-actions button.btn-primary")));
            street03.waitUntil(d -> tasks.createTaskQuery().taskId(confirm).count() == 0);
            street03.shot("confirmed-in-tasklist");
            street03.assertNoConsoleErrors("completing in Tasklist");
        }
        assertThat(jdbc.queryForList(
                        "select t.status from tf_target t join tf_plan p on p.id = t.plan_id where p.plan_year = ?",
                        String.class,
                        year))
                .containsOnly("CONFIRMED");
    }

    @Test
    @Order(10)
    void anAdministratorReadsADecisionTableInCockpitInChinese() throws Exception {
        String rating = repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey("unit-rating")
                .latestVersion()
                .singleResult()
                .getId();
        try (Browser admin = Browser.open("10-decision-in-cockpit", "admin", port, false)) {
            admin.signIn("admin", DEMO);
            admin.go("/camunda/app/cockpit/default/#/decision-definition/" + rating);
            admin.waitUntil(d -> d.findElement(By.tagName("body")).getText().contains("命中策略"));
            String page = admin.find(By.tagName("body")).getText();
            assertThat(page)
                    .contains("命中策略：首个匹配", "条件", "结果", "备注", "一票否决")
                    .doesNotContain("Hit policy", "When", "Then", "Annotations");
            admin.shot("decision-table");
        }
    }

    private String user(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? null : task.getAssignee();
    }

    private Task unitTask(String key) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(YEAR + "-SD01")
                .taskDefinitionKey(key)
                .singleResult();
    }

    private void fireTheQuarterEnd() {
        ProcessInstance sd01 = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(YEAR + "-SD01")
                .singleResult();
        Job quarterEnd = management
                .createJobQuery()
                .processInstanceId(sd01.getId())
                .timers()
                .singleResult();
        management.executeJob(quarterEnd.getId());
    }

    private static WebElement radio(Browser browser, String label) {
        return browser.all(By.cssSelector(".fjs-form-field-radio label")).stream()
                .filter(l -> l.getText().trim().equals(label))
                .findFirst()
                .map(l -> l.findElement(By.cssSelector("input")))
                .orElseThrow(() -> new AssertionError("no radio button " + label));
    }

    private static WebElement checkbox(Browser browser, String label) {
        return browser.all(By.cssSelector(".fjs-form-field-checkbox")).stream()
                .filter(f -> f.getText().contains(label))
                .findFirst()
                .map(f -> f.findElement(By.cssSelector("input[type=checkbox]")))
                .orElseThrow(() -> new AssertionError("no checkbox " + label));
    }

    private static Path docx(Path folder) {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".docx")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
