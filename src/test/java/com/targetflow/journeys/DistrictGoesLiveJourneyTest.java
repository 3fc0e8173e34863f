package com.targetflow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.targetflow.DebianClients;
import com.targetflow.organisation.RegisterWorkbooks;
import com.targetflow.postgres.EmbeddedPostgresServer;
import com.targetflow.report.PlanSheets;
import com.targetflow.setup.FirstRunGuide;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real district goes live for next year, in a real browser, on PostgreSQL in the production profile
 * from an empty database (no demo), with mail over real SMTP (GreenMail) sent by the engine's job
 * executor: admin signs in with the password from the environment and follows the guide; imports the
 * register written by this test (13 sub-district associations, 30 people, 137 facilities); every one
 * of the 30 opens the link in their invitation, chooses a password and signs in; admin enters next
 * year's holidays; the manager imports this year's targets, copies them into next year's plan and
 * issues it; street05 finds 确认目标 of next year. Then a staff change: street05 claims the task and
 * leaves, a new secretary-general added on the register's page takes over and finds the task with the
 * handover in its history. Each step leaves a screenshot under target/journeys/.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"camunda.bpm.process-engine-name=golive", "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles({"test", "postgres"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// Not closed afterwards (no @DirtiesContext): closing a context clears the Camunda webapps' static runtime
// delegates, and the webapps of every other cached context answer 500 from then on.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistrictGoesLiveJourneyTest {

    private static final String ADMIN_PASSWORD = "Dongcheng-Kexie-Admin-2027!";
    private static final int PORT = freePort();
    private static final int SMTP_PORT = freePort();
    private static final Pattern LINK = Pattern.compile("http://localhost:" + PORT + "(/password/set/[A-Za-z0-9_-]+)");
    private static final String[] STREETS = {
        "东华门", "景山", "交道口", "安定门", "北新桥", "东四", "朝阳门", "建国门", "东直门", "和平里", "前门", "崇文门", "天坛"
    };

    @RegisterExtension
    static GreenMailExtension mailServer =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void productionOnPostgres(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add(
                "spring.datasource.url",
                () -> EmbeddedPostgresServer.database("tf_golive_"
                        + UUID.randomUUID().toString().replace("-", "").substring(0, 12)));
        registry.add("spring.datasource.username", EmbeddedPostgresServer::username);
        registry.add("spring.datasource.password", () -> "");
        // What an administrator sets in the environment: TARGETFLOW_ADMIN_PASSWORD, the public address, the sender.
        registry.add("targetflow.admin.password", () -> ADMIN_PASSWORD);
        registry.add("targetflow.base-url", () -> "http://localhost:" + PORT);
        registry.add("targetflow.mail.from", () -> "kexie@dongcheng.example");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    FirstRunGuide guide;

    @Autowired
    JdbcTemplate jdbc;

    private int next;
    private final Map<String, String> passwords = new LinkedHashMap<>();

    @BeforeAll
    void aBrowser() {
        DebianClients.requireBrowser(Browser.CHROMIUM, Browser.CHROMEDRIVER);
        next = guide.nextYear();
    }

    @Test
    @Order(1)
    void fromAnEmptyDatabaseToAnIssuedPlanThatTheUnitsFind() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from tf_unit", Long.class))
                .as("only the district association")
                .isOne();
        assertThat(jdbc.queryForObject("select count(*) from tf_person", Long.class))
                .as("only admin")
                .isOne();
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        Path workbook = register();

        try (Browser admin = Browser.open("10-district-goes-live", "admin", PORT, false)) {
            admin.go("/login");
            admin.driver().findElement(By.id("username")).sendKeys("admin");
            admin.driver().findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
            admin.press(admin.find(By.cssSelector("form button[type=submit]")));
            admin.waitUntilUrlContains("/setup");
            assertThat(admin.text(By.id("setup-steps"))).contains("区科协名称", "导入组织机构", "设置下一年工作日", "导入或复制年度目标", "下达");
            assertThat(admin.all(By.cssSelector("#setup-steps .step.done"))).isEmpty();
            admin.shot("guide-empty");

            admin.go("/register");
            admin.find(By.id("register-file")).sendKeys(workbook.toString());
            admin.press(admin.find(By.cssSelector("#register-upload button[type=submit]")));
            admin.waitUntil(d -> !d.findElements(By.id("register-counts")).isEmpty()
                    || !d.findElements(By.id("register-problems")).isEmpty());
            assertThat(admin.all(By.id("register-problems")))
                    .as(admin.text(By.cssSelector("main")))
                    .isEmpty();
            assertThat(admin.text(By.id("register-counts"))).isEqualTo("将新增 180 项，修改 1 项，停用 0 项。");
            admin.shot("register-preview");
            admin.press(admin.clickable(By.cssSelector("#register-apply button[type=submit]")));
            admin.waitFor(By.id("register-applied"));
            admin.shot("register-applied");
            admin.go("/setup");
            assertThat(admin.all(By.cssSelector("#setup-steps .step.done"))).hasSize(2);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from tf_unit where kind = 'SUBDISTRICT_ASSOCIATION'", Long.class))
                .isEqualTo(13);
        assertThat(jdbc.queryForObject("select count(*) from tf_person where username <> 'admin'", Long.class))
                .isEqualTo(30);
        assertThat(jdbc.queryForObject("select count(*) from tf_facility", Long.class))
                .isEqualTo(137);

        // Every newcomer: the invitation over SMTP, its link, a password of their own, signed in.
        assertThat(mailServer.waitForIncomingEmail(120_000, 30))
                .as("30 invitations over SMTP")
                .isTrue();
        Map<String, String> links = invitationLinks();
        assertThat(links).hasSize(30);
        try (Browser newcomers = Browser.open("10-district-goes-live", "newcomers", PORT, true)) {
            for (Map.Entry<String, String> invited : links.entrySet()) {
                String username = invited.getKey();
                String password = "Kexie-Tongzhi-" + (passwords.size() + 11) + "-" + next;
                newcomers.go(invited.getValue());
                newcomers.waitFor(By.id("password")).sendKeys(password);
                newcomers.find(By.id("repeat")).sendKeys(password);
                if (username.equals("street05")) {
                    newcomers.shot("street05-sets-a-password");
                }
                newcomers.press(newcomers.find(By.cssSelector("#password-form button[type=submit]")));
                newcomers.waitUntil(d -> d.getCurrentUrl().contains("/login")
                        || !d.findElements(By.id("password-problems")).isEmpty());
                assertThat(newcomers.all(By.id("password-problems")))
                        .as(username + ": " + newcomers.text(By.cssSelector("main")))
                        .isEmpty();
                newcomers.signIn(username, password);
                assertThat(newcomers.text(By.cssSelector("main"))).as(username).doesNotContain("出错");
                passwords.put(username, password);
                newcomers.driver().manage().deleteAllCookies();
            }
        }
        assertThat(passwords).hasSize(30);

        try (Browser admin = Browser.open("10-district-goes-live", "admin", PORT, false)) {
            admin.signIn("admin", ADMIN_PASSWORD);
            admin.go("/calendar/" + next);
            admin.find(By.id("calendar-text"))
                    .sendKeys(String.join(
                            "\n",
                            next + "-01-01 放假 元旦",
                            next + "-02-06.." + next + "-02-13 放假 春节",
                            next + "-02-14 上班 春节调休",
                            next + "-04-05 放假 清明节",
                            next + "-05-01.." + next + "-05-05 放假 劳动节",
                            next + "-06-19 放假 端午节",
                            next + "-09-25 放假 中秋节",
                            next + "-10-01.." + next + "-10-07 放假 国庆节",
                            next + "-10-09 上班 国庆节调休"));
            admin.press(admin.find(By.cssSelector("#calendar-preview button[type=submit]")));
            admin.waitUntil(d -> !d.findElements(By.id("calendar-save")).isEmpty()
                    || !d.findElements(By.id("calendar-problems")).isEmpty());
            assertThat(admin.all(By.id("calendar-problems")))
                    .as(admin.text(By.cssSelector("main")))
                    .isEmpty();
            admin.shot("calendar-preview");
            admin.press(admin.clickable(By.cssSelector("#calendar-save button[type=submit]")));
            admin.waitFor(By.id("calendar-saved"));
            assertThat(admin.all(By.id("calendar-notice")))
                    .as("the notice is gone once next year is entered")
                    .isEmpty();
        }

        // The manager: this year's targets as the district keeps them, copied into next year's plan, issued.
        Path thisYear = planOf(next - 1);
        try (Browser manager = Browser.open("10-district-goes-live", "manager", PORT, false)) {
            manager.signIn("manager", passwords.get("manager"));
            manager.go("/plans/import?year=" + (next - 1));
            manager.find(By.id("file")).sendKeys(thisYear.toString());
            manager.press(manager.find(By.cssSelector("#import-form button[type=submit]")));
            manager.clickable(By.id("open-plan"));
            manager.go("/plans/import?year=" + next);
            manager.shot("copy-form");
            manager.press(manager.find(By.cssSelector("#copy-form button[type=submit]")));
            manager.waitUntilUrlContains("/plans/" + next);
            manager.shot("copied-draft");
            manager.press(manager.clickable(By.cssSelector("#issue-form button[type=submit]")));
            manager.waitUntil(d -> d.findElements(By.id("issue-form")).isEmpty());
            manager.shot("issued");
        }
        try (Browser admin = Browser.open("10-district-goes-live", "admin", PORT, false)) {
            admin.signIn("admin", ADMIN_PASSWORD);
            admin.go("/setup");
            assertThat(admin.all(By.cssSelector("#setup-steps .step.done"))).hasSize(5);
            admin.waitFor(By.id("setup-finished"));
            admin.shot("guide-finished");
        }
        try (Browser street05 = Browser.open("10-district-goes-live", "street05", PORT, true)) {
            street05.signIn("street05", passwords.get("street05"));
            street05.openTask("确认目标", next + " 年");
            street05.shot("street05-confirms-next-year");
        }
    }

    @Test
    @Order(2)
    void aSecretaryGeneralLeavesAndTheNewOneFindsTheirWorkWithTheHandoverInItsHistory() throws Exception {
        Assumptions.assumeTrue(passwords.containsKey("street05"), "the district went live (the journey before)");
        try (Browser street05 = Browser.open("11-staff-change", "street05", PORT, true)) {
            street05.signIn("street05", passwords.get("street05"));
            street05.openTask("确认目标", next + " 年");
            street05.press(street05.clickable(By.id("claim")));
            street05.waitFor(By.id("complete"));
            street05.shot("street05-claimed");
        }
        int before = mailServer.getReceivedMessages().length;
        try (Browser admin = Browser.open("11-staff-change", "admin", PORT, false)) {
            admin.signIn("admin", ADMIN_PASSWORD);
            admin.go("/people/new?unit=SD05");
            admin.find(By.id("username")).sendKeys("street05b");
            admin.find(By.id("name")).sendKeys("北新桥新秘书长");
            admin.find(By.id("email")).sendKeys("street05b@dongcheng.example");
            admin.shot("new-person");
            admin.press(admin.find(By.cssSelector("#person-form button[type=submit]")));
            admin.waitUntilUrlContains("/people/street05b/edit");
        }
        assertThat(mailServer.waitForIncomingEmail(60_000, before + 1)).isTrue();
        String link = invitationLinks().get("street05b");
        String password = "Beixinqiao-" + next + "-new";
        try (Browser newcomer = Browser.open("11-staff-change", "street05b", PORT, true)) {
            newcomer.go(link);
            newcomer.waitFor(By.id("password")).sendKeys(password);
            newcomer.find(By.id("repeat")).sendKeys(password);
            newcomer.press(newcomer.find(By.cssSelector("#password-form button[type=submit]")));
            newcomer.waitUntilUrlContains("/login");
        }
        try (Browser admin = Browser.open("11-staff-change", "admin", PORT, false)) {
            admin.signIn("admin", ADMIN_PASSWORD);
            admin.go("/people/street05/edit");
            admin.press(admin.clickable(By.id("person-handover")));
            new Select(admin.waitFor(By.id("successor"))).selectByValue("street05b");
            admin.shot("handover");
            admin.press(admin.find(By.cssSelector("#handover-form button[type=submit]")));
            admin.waitUntilUrlContains("/people");
            assertThat(admin.text(By.id("person-street05"))).contains("已离任（street05b 接替）");
            admin.shot("handed-over");
        }
        try (Browser newcomer = Browser.open("11-staff-change", "street05b", PORT, true)) {
            newcomer.signIn("street05b", password);
            newcomer.openTask("确认目标", next + " 年");
            assertThat(newcomer.text(By.id("history")))
                    .contains("人员变动：北新桥街道科协秘书长（street05）已离任，此任务移交给 北新桥新秘书长（street05b）。");
            newcomer.shot("street05b-finds-the-task");
        }
        try (Browser leaver = Browser.open("11-staff-change", "street05", PORT, true)) {
            leaver.go("/login");
            leaver.driver().findElement(By.id("username")).sendKeys("street05");
            leaver.driver().findElement(By.id("password")).sendKeys(passwords.get("street05"));
            leaver.press(leaver.find(By.cssSelector("form button[type=submit]")));
            leaver.waitUntilUrlContains("error");
            leaver.shot("street05-cannot-sign-in");
        }
        assertThat(mailServer.waitForIncomingEmail(60_000, before + 2)).isTrue();
        assertThat(Arrays.stream(mailServer.getReceivedMessages())
                        .filter(m -> to(m).equals("street05b@dongcheng.example"))
                        .map(DistrictGoesLiveJourneyTest::text))
                .anyMatch(t -> t.contains("北新桥街道科协秘书长已离任") && t.contains("确认目标"));
    }

    // ---- the register and this year's plan, as the district writes them in a spreadsheet

    /** 13 sub-district associations, 30 people, 137 facilities (108 galleries, 13 schools, 16 education bases). */
    private Path register() throws Exception {
        byte[] template = RegisterWorkbooks.download(PORT, "admin", ADMIN_PASSWORD);
        Path file = Path.of("target", "journeys", "10-register.xlsx").toAbsolutePath();
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet units = book.getSheet("单位");
            units.getRow(1).getCell(1).setCellValue("东城区科学技术协会");
            String district = units.getRow(1).getCell(0).getStringCellValue();
            Sheet people = book.getSheet("人员");
            RegisterWorkbooks.append(
                    people,
                    "manager",
                    "王伟",
                    district,
                    "区科协工作人员",
                    "13900000001",
                    "manager@dongcheng.example",
                    "中文",
                    "是");
            RegisterWorkbooks.append(
                    people, "leader", "陈静", district, "区科协领导", null, "leader@dongcheng.example", "中文", "是");
            RegisterWorkbooks.append(
                    people, "inspector", "刘洋", district, "检查人员", null, "inspector@dongcheng.example", "中文", "是");
            RegisterWorkbooks.append(
                    people, "inspector2", "赵磊", district, "检查人员", null, "inspector2@dongcheng.example", "中文", "是");
            Sheet facilities = book.getSheet("设施");
            int gallery = 0;
            for (int n = 1; n <= 13; n++) {
                String code = String.format("SD%02d", n);
                String street = STREETS[n - 1];
                RegisterWorkbooks.append(units, code, street + "街道科协", null, "街道科协", district);
                RegisterWorkbooks.append(
                        people,
                        String.format("street%02d", n),
                        street + "街道科协秘书长",
                        code,
                        "秘书长",
                        null,
                        String.format("street%02d@dongcheng.example", n),
                        "中文",
                        "是");
                RegisterWorkbooks.append(
                        people,
                        String.format("street%02d-leader", n),
                        street + "街道分管领导",
                        code,
                        "分管领导",
                        null,
                        String.format("street%02d-leader@dongcheng.example", n),
                        "中文",
                        "是");
                int galleries = n <= 4 ? 9 : 8;
                for (int g = 1; g <= galleries; g++, gallery++) {
                    RegisterWorkbooks.append(
                            facilities,
                            String.format("GAL-%s-%03d", code, g),
                            street + "科普画廊" + g,
                            "科普画廊",
                            code,
                            null,
                            street + "大街 " + g + " 号",
                            "2019",
                            "未检查");
                }
                RegisterWorkbooks.append(
                        facilities, "SCH-" + code, street + "市民科普学校", "市民科普学校", code, null, null, null, "未检查");
            }
            for (int b = 1; b <= 16; b++) {
                RegisterWorkbooks.append(
                        facilities,
                        String.format("BASE-%02d", b),
                        "东城科普教育基地 " + b,
                        "科普教育基地",
                        district,
                        null,
                        null,
                        null,
                        "未检查");
            }
            assertThat(gallery).isEqualTo(108);
            book.write(out);
            Files.write(file, out.toByteArray());
        }
        return file;
    }

    private Path planOf(int year) throws Exception {
        List<PlanSheets.Line> lines = new ArrayList<>();
        LocalDate end = LocalDate.of(year, 12, 31);
        for (int n = 1; n <= 13; n++) {
            String unit = String.format("SD%02d", n);
            lines.add(new PlanSheets.Line(unit, "FAC-1", n <= 4 ? 9 : 8, end));
            lines.add(new PlanSheets.Line(unit, "SCH-2", 4, end));
        }
        byte[] template = templateOf(year);
        Path file = Path.of("target", "journeys", "10-plan-" + year + ".xlsx").toAbsolutePath();
        Files.write(file, PlanSheets.fill(template, lines));
        return file;
    }

    private byte[] templateOf(int year) throws Exception {
        var request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + PORT + "/api/plans/" + year + "/template.xlsx"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(("manager:" + passwords.get("manager"))
                                                .getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "zh-CN")
                .GET()
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    // ---- the mail as it arrived over SMTP

    /** Username → the path of the newest password link each invited person received. */
    private Map<String, String> invitationLinks() {
        Map<String, String> links = new LinkedHashMap<>();
        for (MimeMessage message : mailServer.getReceivedMessages()) {
            Matcher link = LINK.matcher(text(message));
            if (link.find()) {
                links.put(to(message).substring(0, to(message).indexOf('@')), link.group(1));
            }
        }
        return links;
    }

    private static String to(MimeMessage message) {
        try {
            return ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain text of a message, decoded from whatever transfer encoding it was sent in. */
    private static String text(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart parts = (Multipart) part.getContent();
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart child = parts.getBodyPart(i);
                    text.append(text(child));
                }
                return text.toString();
            }
            return "";
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
