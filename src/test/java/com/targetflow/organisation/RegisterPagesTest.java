package com.targetflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetflow.DemoDistrictTest;
import com.targetflow.domain.Refusal;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.SentMails;
import com.targetflow.targets.PlanService;
import com.targetflow.targets.TargetRequest;
import com.targetflow.web.BrowserSession;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 组织机构 on pages, one item at a time, as an administrator keeps the register between imports: a
 * sub-district and its community added, a person added (who gets an invitation, not a password) and
 * changed, a facility added and taken out of use; every bad field named under itself with nothing saved;
 * a unit that still has people cannot be deactivated, one that has none is, and then takes no new people
 * or targets. Managers read the list; unit staff do not see it. Camunda's users and groups follow at once.
 * A new year's plan is copied from last year's on the import page. In the context of the other tests
 * that add people.
 */
@DemoDistrictTest
@TestPropertySource(properties = "camunda.bpm.process-engine-name=peoplechanges")
class RegisterPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    UnitRepository units;

    @Autowired
    PersonRepository people;

    @Autowired
    FacilityRepository facilities;

    @Autowired
    SentMails mails;

    @Autowired
    IdentityService identity;

    @Autowired
    PlanService plans;

    @Autowired
    TransactionTemplate tx;

    @Test
    void anAdministratorAddsChangesAndDeactivatesOnPagesWithEachProblemUnderItsField() {
        BrowserSession admin = signedIn("admin", "zh-CN");

        HttpResponse<String> bad = admin.postFormFrom(
                "/units/new", "/units/new", form("code", "sd 31", "name", "", "kind", "SUBDISTRICT_ASSOCIATION"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body())
                .contains(
                        "没有保存：有 2 处需要修改",
                        "id=\"code-problem\">须以大写字母开头",
                        "id=\"name-problem\">不能为空",
                        "value=\"sd 31\"",
                        "aria-invalid=\"true\"");
        assertThat(units.findByCode("SD31")).isEmpty();

        assertThat(saved(
                        admin,
                        "/units/new",
                        form(
                                "code",
                                "SD31",
                                "name",
                                "青石街道科协",
                                "nameEn",
                                "Qingshi",
                                "kind",
                                "SUBDISTRICT_ASSOCIATION",
                                "parentCode",
                                "DIST")))
                .endsWith("/units/SD31");
        assertThat(saved(
                        admin,
                        "/units/new",
                        form("code", "SD31-C01", "name", "青石社区", "kind", "COMMUNITY", "parentCode", "SD31")))
                .endsWith("/units/SD31-C01");
        assertThat(identity.createGroupQuery().groupId("SD31").singleResult().getName())
                .isEqualTo("青石街道科协");
        assertThat(admin.get("/units/SD31").body()).contains("已新增单位“青石街道科协”", "value=\"Qingshi\"");

        // A person: a malformed address is named under the field; then added, invited, a Camunda user in the unit's
        // group.
        HttpResponse<String> badPerson =
                admin.postFormFrom("/people/new", "/people/new", person("xq31", "李青", "xq31-at-qingshi", "SD31"));
        assertThat(badPerson.body()).contains("id=\"email-problem\">不是一个合法的电子邮件地址", "value=\"xq31-at-qingshi\"");
        assertThat(people.existsByUsername("xq31")).isFalse();
        assertThat(saved(admin, "/people/new", person("xq31", "李青", "xq31@qingshi.example", "SD31")))
                .endsWith("/people/xq31/edit");
        assertThat(identity.createUserQuery()
                        .userId("xq31")
                        .memberOfGroup("SD31")
                        .count())
                .isOne();
        assertThat(identity.createUserQuery()
                        .userId("xq31")
                        .memberOfGroup("secretaries")
                        .count())
                .isOne();
        assertThat(mails.findByIdGreaterThanOrderById(0L))
                .anyMatch(m -> "xq31".equals(m.getRecipientUsername()) && m.getKind() == MailKind.ACCOUNT_INVITATION);
        assertThat(saved(
                        admin,
                        "/people/xq31/edit",
                        person("xq31", "李青", "liqing@qingshi.example", "SD31") + "&phone=13900003131&digest=OFF"))
                .endsWith("/people/xq31/edit");
        Person changed = people.findByUsername("xq31").orElseThrow();
        assertThat(changed.getEmail()).isEqualTo("liqing@qingshi.example");
        assertThat(changed.getPhone()).isEqualTo("13900003131");
        assertThat(changed.getDigest()).isEqualTo(DigestFrequency.OFF);
        assertThat(identity.createUserQuery().userId("xq31").singleResult().getEmail())
                .isEqualTo("liqing@qingshi.example");

        // A facility: a year in words is named; then added, and later taken out of use.
        HttpResponse<String> badFacility = admin.postFormFrom(
                "/facilities/new", "/facilities/new", facility("GAL-SD31-001", "二〇二六", "NOT_INSPECTED"));
        assertThat(badFacility.body()).contains("id=\"sinceYear-problem\">“二〇二六”不是整数");
        assertThat(facilities.existsByCode("GAL-SD31-001")).isFalse();
        assertThat(saved(admin, "/facilities/new", facility("GAL-SD31-001", "2026", "NOT_INSPECTED")))
                .endsWith("/facilities/GAL-SD31-001");
        assertThat(saved(admin, "/facilities/GAL-SD31-001/edit", facility("GAL-SD31-001", "2026", "CLOSED")))
                .endsWith("/facilities/GAL-SD31-001");
        assertThat(facilities.findByCode("GAL-SD31-001").orElseThrow().getStatus())
                .isEqualTo(FacilityStatus.CLOSED);
        assertThat(facilities
                        .findByCode("GAL-SD31-001")
                        .orElseThrow()
                        .getCommunity()
                        .getCode())
                .isEqualTo("SD31-C01");

        // A unit with people at work, or units under it, stays; one without is deactivated and gets nothing new.
        admin.postFormFrom("/units/SD31", "/units/SD31/deactivate");
        assertThat(admin.get("/units/SD31").body()).contains("“青石街道科协”还有在岗人员：李青");
        assertThat(units.findByCode("SD31").orElseThrow().isActive()).isTrue();
        assertThat(saved(
                        admin,
                        "/units/new",
                        form(
                                "code",
                                "SD32",
                                "name",
                                "白塔街道科协",
                                "kind",
                                "SUBDISTRICT_ASSOCIATION",
                                "parentCode",
                                "DIST")))
                .endsWith("/units/SD32");
        admin.postFormFrom("/units/SD32", "/units/SD32/deactivate");
        assertThat(admin.get("/units/SD32").body()).contains("“白塔街道科协”已停用", "id=\"unit-reactivate\"");
        assertThat(units.findByCode("SD32").orElseThrow().isActive()).isFalse();
        assertThat(admin.postFormFrom(
                                "/people/new", "/people/new", person("bt32", "白塔秘书长", "bt32@baita.example", "SD32"))
                        .body())
                .contains("id=\"unitCode-problem\">单位“白塔街道科协”（SD32）已停用");
        assertThat(people.existsByUsername("bt32")).isFalse();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> plans.addTarget(
                        plans.createDraft(2129),
                        "",
                        new TargetRequest("SD32", "FAC-1", BigDecimal.ONE, LocalDate.of(2129, 12, 31)))))
                .isInstanceOfSatisfying(
                        Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("error.unit.inactive"));
        assertThat(admin.get("/units?state=inactive").body())
                .contains("id=\"unit-SD32\"")
                .doesNotContain("id=\"unit-SD31\"");
        admin.postFormFrom("/units/SD32", "/units/SD32/reactivate");
        assertThat(units.findByCode("SD32").orElseThrow().isActive()).isTrue();

        // In English, the same problems in English.
        BrowserSession english = signedIn("admin", "en");
        assertThat(english.postFormFrom(
                                "/units/new", "/units/new", form("code", "SD31", "name", "Again", "kind", "COMMUNITY"))
                        .body())
                .contains(
                        "Not saved: 1 field(s) to correct",
                        "id=\"code-problem\">The unit code &quot;SD31&quot; is already in use");

        // Managers read the list; they change nothing; unit staff do not see the register.
        BrowserSession manager = signedIn("manager", "zh-CN");
        assertThat(manager.get("/units?q=青石").body())
                .contains("id=\"unit-SD31\"", "id=\"unit-SD31-C01\"")
                .doesNotContain("id=\"unit-new\"");
        assertThat(manager.get("/units/new").statusCode()).isEqualTo(403);
        assertThat(signedIn("street01", "zh-CN").get("/units").statusCode()).isEqualTo(403);
    }

    @Test
    void aManagerCopiesLastYearsPlanIntoADraftOnTheImportPage() {
        int from = plans.years().stream().filter(y -> y < 2100).findFirst().orElseThrow();
        BrowserSession manager = signedIn("manager", "zh-CN");
        assertThat(manager.get("/plans/import?year=2128").body()).contains("id=\"copy-form\"", from + " 年的计划");
        HttpResponse<String> copied = manager.postFormFrom(
                "/plans/import?year=2128", "/plans/copy", "year=2128&from=" + from + "&basis=QUOTAS");
        assertThat(copied.headers().firstValue("Location").orElseThrow()).endsWith("/plans/2128");
        assertThat(manager.get("/plans/2128").body()).contains("已把 " + from + " 年的目标任务复制为 2128 年的草稿计划");
        assertThat(plans.years()).contains(2128);

        HttpResponse<String> again =
                manager.postFormFrom("/plans/import?year=2128", "/plans/copy", "year=2128&from=" + from);
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/plans/import?year=2128");
        assertThat(manager.get("/plans/import?year=2128").body())
                .contains("<p class=\"alert error\" role=\"alert\">", "2128 年的年度目标计划已经存在");
    }

    private BrowserSession signedIn(String username, String language) {
        BrowserSession session = new BrowserSession(port, language);
        assertThat(session.signIn(username, "demo")
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .doesNotContain("error");
        return session;
    }

    /** Sends a page's form that should be accepted, and answers where the page went. */
    private static String saved(BrowserSession session, String path, String fields) {
        HttpResponse<String> answer = session.postFormFrom(path, path, fields);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private static String person(String username, String name, String email, String unit) {
        return form(
                "username",
                username,
                "name",
                name,
                "email",
                email,
                "unitCode",
                unit,
                "role",
                "SECRETARY_GENERAL",
                "language",
                "ZH");
    }

    private static String facility(String code, String since, String status) {
        return form(
                "code",
                code,
                "name",
                "青石社区科普画廊",
                "kind",
                "GALLERY",
                "ownerCode",
                "SD31",
                "communityCode",
                "SD31-C01",
                "address",
                "青石路 1 号",
                "sinceYear",
                since,
                "status",
                status);
    }

    private static String form(String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int n = 0; n < namesAndValues.length; n += 2) {
            form.append(n == 0 ? "" : "&")
                    .append(namesAndValues[n])
                    .append('=')
                    .append(URLEncoder.encode(namesAndValues[n + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }
}
