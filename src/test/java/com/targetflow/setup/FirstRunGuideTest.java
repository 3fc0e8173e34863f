package com.targetflow.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.EngineClock;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.OutgoingMail;
import com.targetflow.notification.SentMails;
import com.targetflow.organisation.RegisterWorkbooks;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.PlanService;
import com.targetflow.web.BrowserSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A real district's first day, in the production profile on an empty database (no demo): admin signs
 * in with the password from the environment and is taken to the guide; gives the association its
 * name and imports the register (a sub-district, its community, its secretary-general, a gallery) as a
 * workbook; enters next year's holidays; drafts and issues next year's plan; the secretary-general
 * chooses a password from the invitation mail and finds 确认目标 waiting. The guide ticks each step from
 * the data and lets admin go once the plan is out. On H2 here and on PostgreSQL in the second run.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.process-engine-name=firstrun", "targetflow.admin.password=Erste-Anmeldung-2026!"})
@ActiveProfiles("test")
@Import(EngineClock.class)
class FirstRunGuideTest {

    private static final Pattern CONTENT = Pattern.compile("name=\"content\" value=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/password/set/[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    PlanService plans;

    @Autowired
    FirstRunGuide guide;

    @Autowired
    SentMails mails;

    @Autowired
    TransactionTemplate tx;

    @Test
    void fromAnEmptyDatabaseToTheFirstIssuedPlanWithoutWritingJson() throws Exception {
        int next = guide.nextYear();
        BrowserSession admin = new BrowserSession(port, "zh-CN");
        assertThat(admin.signIn("admin", "Erste-Anmeldung-2026!")
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .doesNotContain("error");
        HttpResponse<String> home = admin.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/setup");
        assertThat(admin.get("/setup").body())
                .contains("首次使用向导", "现在的名称：区科学技术协会")
                .doesNotContain("已完成<");
        assertThat(done(admin)).isZero();

        // The register: the association's name, a sub-district with a community, its secretary-general, a gallery.
        byte[] edited;
        try (XSSFWorkbook book = new XSSFWorkbook(
                        new ByteArrayInputStream(RegisterWorkbooks.download(port, "admin", "Erste-Anmeldung-2026!")));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet units = book.getSheet("单位");
            units.getRow(1).getCell(1).setCellValue("东城区科学技术协会");
            RegisterWorkbooks.append(units, "SD01", "东华门街道科协", null, "街道科协", "DISTRICT");
            RegisterWorkbooks.append(units, "SD01-C01", "北池子社区", null, "社区/村", "SD01");
            RegisterWorkbooks.append(
                    book.getSheet("人员"),
                    "dhm01",
                    "张敏",
                    "SD01",
                    "秘书长",
                    "13900001111",
                    "dhm01@dongcheng.example",
                    "中文",
                    "是");
            RegisterWorkbooks.append(
                    book.getSheet("设施"),
                    "GAL-SD01-001",
                    "北池子社区科普画廊",
                    "科普画廊",
                    "SD01",
                    "SD01-C01",
                    "北池子大街 9 号",
                    null,
                    "未检查");
            book.write(out);
            edited = out.toByteArray();
        }
        HttpResponse<String> preview =
                admin.postMultipartFrom("/register", "/register/preview", Map.of(), "file", "组织机构.xlsx", edited);
        assertThat(preview.body()).contains("将新增 4 项，修改 1 项，停用 0 项");
        Matcher content = CONTENT.matcher(preview.body());
        assertThat(content.find()).isTrue();
        admin.postMultipartFrom("/register", "/register/apply", Map.of("content", content.group(1)), null, null, null);
        assertThat(done(admin)).isEqualTo(2);

        // Next year's working days.
        admin.postFormFrom(
                "/calendar/" + next,
                "/calendar/" + next,
                "text=" + enc(next + "-01-01 放假 元旦\n" + next + "-10-01.." + next + "-10-07 放假 国庆节"));
        assertThat(done(admin)).isEqualTo(3);

        // Next year's plan, drafted and issued by the manager's means (here through the service).
        tx.executeWithoutResult(s -> {
            AnnualPlan plan = plans.createDraft(next);
            plans.addTarget(plan, "FAC-1", "SD01", BigDecimal.ONE, LocalDate.of(next, 12, 31));
        });
        assertThat(done(admin)).isEqualTo(4);
        tx.executeWithoutResult(s -> plans.issue(next));
        assertThat(admin.get("/setup").body()).contains("id=\"setup-finished\"");
        assertThat(done(admin)).isEqualTo(5);
        assertThat(admin.get("/").statusCode()).as("the guide lets admin go").isEqualTo(200);

        // The secretary-general chooses a password from the invitation and finds the plan's confirmation.
        OutgoingMail invitation = mails.findByIdGreaterThanOrderById(0L).stream()
                .filter(m -> "dhm01".equals(m.getRecipientUsername()) && m.getKind() == MailKind.ACCOUNT_INVITATION)
                .findFirst()
                .orElseThrow();
        Matcher link = LINK.matcher(invitation.getBodyText());
        assertThat(link.find()).isTrue();
        BrowserSession secretary = new BrowserSession(port, "zh-CN");
        secretary.postFormFrom(
                link.group(1),
                link.group(1),
                "password=" + enc("Beichizi-Kepu-" + next) + "&repeat=" + enc("Beichizi-Kepu-" + next));
        assertThat(secretary
                        .signIn("dhm01", "Beichizi-Kepu-" + next)
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .doesNotContain("error");
        assertThat(secretary.get("/").body()).contains("确认目标");
    }

    private int done(BrowserSession admin) {
        return admin.get("/setup").body().split("class=\"step done\"", -1).length - 1;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
