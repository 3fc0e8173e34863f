package com.targetflow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.targetflow.DebianClients;
import com.targetflow.DemoDistrictTest;
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
import java.util.List;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 22's Done-when, on a phone (390 px) and on a laptop (1366 px): a secretary objects to a target
 * and reads what the district decided; reports a coverage rate too high, is stopped by the form itself and
 * corrects it in place; the manager reviews the report with its evidence beside the form; and reads the
 * dashboard. On every page: no figure clipped, no English word or raw code, no serious or critical
 * axe-core violation (PageChecks). Screenshots under target/journeys/22-*-{390,1366}/.
 */
@DemoDistrictTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneAndDesktopJourneysTest {

    private static final String DEMO = "demo";

    @LocalServerPort
    int port;

    @Autowired
    PlanService plans;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    private Path photo;

    @BeforeAll
    void aPhotoOfTheNewGallery() throws IOException {
        DebianClients.requireBrowser(Browser.CHROMIUM, Browser.CHROMEDRIVER);
        photo = Path.of("target", "journeys", "new-gallery.png").toAbsolutePath();
        Files.createDirectories(photo.getParent());
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1f5f8b));
        g.fillRect(0, 0, 400, 300);
        g.setColor(new Color(0xf4f1ea));
        g.fillRect(30, 40, 340, 200);
        g.dispose();
        ImageIO.write(image, "png", photo.toFile());
    }

    /** A year and a unit of its own for each width: the two runs do not meet. */
    private record Setting(int width, int year, String unit, String secretary, String unitName) {

        static Setting of(int width) {
            return width < 600
                    ? new Setting(width, 2171, "SD07", "street07", "长安街道科协")
                    : new Setting(width, 2172, "SD08", "street08", "文化街道科协");
        }

        String context() {
            return year + " 年";
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1366})
    void theYearOfOneUnitOnThisScreen(int width) throws Exception {
        Setting s = Setting.of(width);
        assertThat(unitName(s.unit())).isEqualTo(s.unitName());
        tx.executeWithoutResult(status -> {
            AnnualPlan plan = plans.createDraft(s.year());
            LocalDate end = LocalDate.of(s.year(), 12, 31);
            plans.addTarget(plan, "ORG-2", s.unit(), BigDecimal.valueOf(80), end);
            plans.addTarget(plan, "FAC-1", s.unit(), BigDecimal.valueOf(3), end);
            plans.addTarget(plan, "SCH-2", s.unit(), BigDecimal.valueOf(4), end);
            plans.issue(plan);
        });
        try (Browser secretary = Browser.ofWidth("22-year-on-a-screen", s.secretary(), port, width);
                Browser manager = Browser.ofWidth("22-year-on-a-screen", "manager", port, width)) {
            secretary.signIn(s.secretary(), DEMO);
            manager.signIn("manager", DEMO);
            secretary.check("workbench");
            objectsAndReadsTheOutcome(s, secretary, manager);
            reportsAValueTooHighAndCorrectsIt(s, secretary);
            reviewsWithTheEvidenceBeside(s, manager);
            manager.go("/dashboard");
            manager.waitFor(By.cssSelector(".chart canvas"));
            manager.check("dashboard");
            secretary.go("/dashboard?year=" + s.year());
            secretary.waitFor(By.cssSelector("main h1"));
            secretary.check("dashboard-of-the-unit");
        }
        var plan = new ObjectMapper()
                .readTree(http.withBasicAuth("manager", DEMO).getForObject("/api/plans/" + s.year(), String.class));
        assertThat(StreamSupport.stream(plan.get("targets").spliterator(), false)
                        .filter(t -> t.get("indicatorCode").asText().equals("ORG-2"))
                        .findFirst()
                        .orElseThrow()
                        .get("approvedValue")
                        .decimalValue())
                .isEqualByComparingTo("70");
    }

    private void objectsAndReadsTheOutcome(Setting s, Browser secretary, Browser manager) throws IOException {
        secretary.openTask("确认目标", s.context());
        assertThat(secretary.text(By.id("form"))).contains("新建科普画廊", "3");
        secretary.check("confirm-targets");
        secretary.press(radio(secretary, "对部分目标任务提出异议"));
        choose(secretary, field(secretary, "有异议的指标"), "新建科普画廊");
        secretary.find(By.cssSelector(".fjs-form-field-number input")).sendKeys("2");
        secretary.find(By.cssSelector(".fjs-form-field-textarea textarea")).sendKeys("辖区内可建画廊的场地只有两处");
        secretary.check("objection");
        secretary.submitTask();

        manager.openTask("处理异议", s.unitName());
        assertThat(manager.text(By.id("form"))).contains("辖区内可建画廊的场地只有两处");
        assertThat(manager.all(By.cssSelector("#form li")))
                .as("each target a line of its own")
                .hasSize(3);
        choose(manager, field(manager, "指标"), "新建科普画廊");
        choose(manager, field(manager, "处理意见"), "接受建议目标值");
        manager.check("resolve-objection");
        manager.submitTask();

        // The unit reads what was decided — the old and the new quota — on the form that asks it to confirm again.
        secretary.openTask("确认目标", s.context());
        assertThat(secretary.text(By.id("form"))).contains("区科协对异议的处理", "新建科普画廊", "3", "2");
        assertThat(secretary.text(By.id("history"))).contains("处理异议");
        secretary.check("reconfirm-with-the-outcome");
        secretary.press(radio(secretary, "接受全部目标任务"));
        secretary.submitTask();
    }

    private void reportsAValueTooHighAndCorrectsIt(Setting s, Browser secretary) throws IOException {
        Job quarterEnd = management
                .createJobQuery()
                .processInstanceId(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(s.year() + "-" + s.unit())
                        .singleResult()
                        .getId())
                .timers()
                .singleResult();
        management.executeJob(quarterEnd.getId());

        secretary.openTask("进展填报", s.context());
        List<WebElement> values = secretary.all(By.cssSelector(".fjs-form-field-number input"));
        assertThat(values).hasSize(3);
        values.get(0).sendKeys("120"); // 建立社区科普小组的社区: a coverage rate
        values.get(1).sendKeys("1");
        values.get(2).sendKeys("1");
        secretary.press(secretary.clickable(By.id("complete")));
        WebElement refused = secretary.waitFor(By.cssSelector(".fjs-has-errors"));
        assertThat(refused.getText()).contains("累计完成值", "不能大于 100。");
        assertThat(secretary.all(By.cssSelector(".fjs-has-errors"))).hasSize(1);
        assertThat(secretary.driver().getCurrentUrl()).contains("/workbench/tasks/");
        secretary.waitUntil(d -> (Boolean) d.executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                        + " return r.top >= 0 && r.bottom <= window.innerHeight;",
                refused));
        secretary.check("too-high-refused-in-the-form");

        refused.findElement(By.cssSelector("input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "70");
        secretary.find(By.cssSelector(".fjs-form-field-textarea textarea")).sendKeys("新建画廊一处，举办讲座一次。");
        secretary.attach(photo);
        assertThat(secretary.all(By.cssSelector(".fjs-has-errors"))).isEmpty();
        secretary.check("corrected-with-a-photo");
        secretary.submitTask();
    }

    private void reviewsWithTheEvidenceBeside(Setting s, Browser manager) throws IOException {
        manager.openTask("审核进展", s.unitName());
        WebElement panel = manager.waitFor(By.id("review-evidence"));
        assertThat(panel.getText()).contains("单位提交的佐证材料", "new-gallery.png");
        WebElement form = manager.find(By.cssSelector(".form-card"));
        if (s.width() >= 1000) {
            // Beside: the panel stands to the right of the form, its top in the first screen.
            assertThat(panel.getRect().getX())
                    .isGreaterThanOrEqualTo(
                            form.getRect().getX() + form.getRect().getWidth());
            assertThat(panel.getRect().getY()).isLessThan(768);
        } else {
            // On a phone: the form's link brings the panel into view, and the panel leads back to the form.
            manager.press(manager.clickable(By.id("review-evidence-jump")));
            manager.waitUntil(d -> (Boolean)
                    d.executeScript("return Math.abs(arguments[0].getBoundingClientRect().top) < 80;", panel));
        }
        manager.press(panel.findElement(By.cssSelector(".evidence-open")));
        WebElement viewer = manager.waitFor(By.id("evidence-viewer"));
        manager.waitUntil(d -> (Boolean) d.executeScript(
                "const i = arguments[0].querySelector('img'); return i.complete && i.naturalWidth === 400;", viewer));
        manager.check("evidence-photo-open");
        manager.press(manager.find(By.id("evidence-viewer-close")));
        manager.waitUntil(d -> !d.findElement(By.id("evidence-viewer")).isDisplayed());
        assertThat(manager.driver().getCurrentUrl()).contains("/workbench/tasks/");
        assertThat(manager.text(By.id("form"))).contains("建立社区科普小组的社区", "70");
        manager.check("review-with-evidence");
        manager.press(radio(manager, "通过"));
        manager.submitTask();
    }

    private String unitName(String code) {
        return jdbc.queryForObject("select name from tf_unit where code = ?", String.class, code);
    }

    private static WebElement radio(Browser browser, String label) {
        return browser.all(By.cssSelector(".fjs-form-field-radio label")).stream()
                .filter(l -> l.getText().trim().equals(label))
                .findFirst()
                .map(l -> l.findElement(By.cssSelector("input")))
                .orElseThrow(() -> new AssertionError("no radio button " + label));
    }

    /** The select whose label is this (the first shown, in a list the first row). */
    private static WebElement field(Browser browser, String label) {
        return browser.all(By.cssSelector(".fjs-form-field-select")).stream()
                .filter(f -> f.isDisplayed()
                        && !f.findElements(By.cssSelector("label")).isEmpty()
                        && f.findElement(By.cssSelector("label"))
                                .getText()
                                .replace("*", "")
                                .trim()
                                .equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no field labelled " + label));
    }

    /** Picks an item of a form-js select by its text, as a finger would. */
    private static void choose(Browser browser, WebElement select, String item) {
        browser.press(select.findElement(By.cssSelector(".fjs-input-group")));
        browser.waitUntil(d ->
                !select.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty());
        browser.press(select.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                .filter(i -> i.getText().contains(item))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item " + item + " in " + select.getText())));
    }
}
