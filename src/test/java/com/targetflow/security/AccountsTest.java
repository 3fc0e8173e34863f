package com.targetflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DemoDistrictTest;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.OutgoingMail;
import com.targetflow.notification.SentMails;
import com.targetflow.web.BrowserSession;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * Accounts that no administrator knows the password of: a person added without one is mailed a
 * one-time link (7 days) to choose it; 忘记密码 mails a reset link and answers alike whether or not the
 * account exists; the rules (10 characters, not the username, not a common password) are told in the
 * user's language; a used or expired link sets nothing; the owner changes it on 我的账户; and nobody
 * but the owner reads these mails in the built-in mailbox.
 */
@DemoDistrictTest
// People are added and leave here: a context of their own, so that other tests' units keep their staff.
@TestPropertySource(properties = "camunda.bpm.process-engine-name=peoplechanges")
class AccountsTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/password/set/[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    SentMails mails;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void aNewPersonChoosesTheirOwnPasswordFromTheInvitationAndSignsIn() {
        assertThat(addPerson("newsec01", "新秘书长甲", "newsec01@demo.targetflow.local")
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        OutgoingMail invitation = lastMail("newsec01", MailKind.ACCOUNT_INVITATION);
        assertThat(invitation.getSubject()).isEqualTo("欢迎使用 TargetFlow：请设置您的登录密码");
        assertThat(invitation.getBodyText()).contains("用户名是 newsec01", "链接只能使用一次，有效期至");
        String link = link(invitation);

        BrowserSession person = new BrowserSession(port, "zh-CN");
        assertThat(person.get(link).body()).contains("新秘书长甲（用户名 newsec01）", "id=\"password-form\"");
        HttpResponse<String> weak =
                person.postFormFrom(link, link, "password=" + enc("newsec01-2027") + "&repeat=" + enc("newsec01-2027"));
        assertThat(weak.statusCode()).isEqualTo(200);
        assertThat(weak.body()).contains("密码不能包含用户名");
        assertThat(person.postFormFrom(link, link, "password=short&repeat=short")
                        .body())
                .contains("密码太短：至少需要 10 个字符");
        assertThat(person.postFormFrom(link, link, "password=password2026!&repeat=password2026!")
                        .body())
                .contains("这个密码太常见");
        assertThat(person.postFormFrom(link, link, "password=1234567890&repeat=1234567890")
                        .body())
                .contains("这个密码太常见");
        assertThat(person.postFormFrom(link, link, "password=" + enc("科普画廊每月更新一次") + "&repeat=" + enc("科普画廊每月更新两次"))
                        .body())
                .contains("两次输入的新密码不一致");

        HttpResponse<String> set =
                person.postFormFrom(link, link, "password=" + enc("科普画廊每月更新一次") + "&repeat=" + enc("科普画廊每月更新一次"));
        assertThat(set.statusCode()).isEqualTo(302);
        assertThat(set.headers().firstValue("Location").orElseThrow())
                .contains("/login?password-set", "username=newsec01");
        assertThat(signIn("newsec01", "科普画廊每月更新一次")).isEqualTo(302);

        // The link worked once.
        assertThat(new BrowserSession(port, "zh-CN").get(link).body())
                .contains("这个链接已经用过了")
                .doesNotContain("password-form");
        BrowserSession again = new BrowserSession(port, "zh-CN");
        assertThat(again.postFormFrom(
                                "/login", link, "password=" + enc("另一个足够长的密码ABC") + "&repeat=" + enc("另一个足够长的密码ABC"))
                        .body())
                .contains("这个链接已经用过了")
                .doesNotContain("password-form");
        assertThat(signIn("newsec01", "科普画廊每月更新一次")).isEqualTo(302);
    }

    @Test
    void anInvitationLinkExpiresAfterSevenDays() {
        addPerson("newsec02", "新秘书长乙", "newsec02@demo.targetflow.local");
        String link = link(lastMail("newsec02", MailKind.ACCOUNT_INVITATION));
        ClockUtil.setCurrentTime(Date.from(
                ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(7)).plusSeconds(60)));
        BrowserSession person = new BrowserSession(port, "zh-CN");
        assertThat(person.get(link).body()).contains("这个链接已过期");
        assertThat(person.postFormFrom(
                                "/password/forgot",
                                link,
                                "password=" + enc("Kepu-Gallery-2027") + "&repeat=" + enc("Kepu-Gallery-2027"))
                        .body())
                .contains("这个链接已过期")
                .doesNotContain("password-form");
        assertThat(signIn("newsec02", "Kepu-Gallery-2027")).isNotEqualTo(302);
        assertThat(new BrowserSession(port, "zh-CN")
                        .get("/password/set/not-a-link")
                        .body())
                .contains("这个链接无效");
    }

    @Test
    void forgottenPasswordsAreResetByMailWithTheSameAnswerForAnyoneAndTheOldOneStopsWorking() {
        addPerson("newsec03", "新秘书长丙", "NewSec03@demo.targetflow.local");
        BrowserSession anyone = new BrowserSession(port, "zh-CN");
        String known = anyone.postFormFrom(
                        "/password/forgot", "/password/forgot", "account=" + enc("newsec03@demo.targetflow.local"))
                .body();
        String unknown = anyone.postFormFrom(
                        "/password/forgot", "/password/forgot", "account=" + enc("nobody@nowhere.example"))
                .body();
        assertThat(known).contains("id=\"reset-sent\"", "如果该账户存在");
        assertThat(strip(unknown)).isEqualTo(strip(known));
        OutgoingMail reset = lastMail("newsec03", MailKind.ACCOUNT_RESET);
        assertThat(reset.getBodyText()).contains("为用户名 newsec03 申请了重置密码", "如果不是您本人申请的");
        String link = link(reset);
        assertThat(anyone.postFormFrom(
                                link,
                                link,
                                "password=" + enc("Jiedao-Kexie-2027") + "&repeat=" + enc("Jiedao-Kexie-2027"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(signIn("newsec03", "Jiedao-Kexie-2027")).isEqualTo(302);
        // Setting it used up the invitation too.
        String invitation = link(lastMail("newsec03", MailKind.ACCOUNT_INVITATION));
        assertThat(anyone.get(invitation).body()).contains("这个链接已经用过了");

        // At most three resets an hour reach one mailbox.
        long before = mails.findByRecipientEmailOrderById("NewSec03@demo.targetflow.local")
                .size();
        for (int i = 0; i < 5; i++) {
            anyone.postFormFrom("/password/forgot", "/password/forgot", "account=newsec03");
        }
        assertThat(mails.findByRecipientEmailOrderById("NewSec03@demo.targetflow.local")
                                .size()
                        - before)
                .isEqualTo(2);
    }

    @Test
    void aPersonChangesTheirOwnPasswordOnTheAccountPage() {
        addPerson("newsec04", "新秘书长丁", "newsec04@demo.targetflow.local");
        String link = link(lastMail("newsec04", MailKind.ACCOUNT_INVITATION));
        new BrowserSession(port, "zh-CN")
                .postFormFrom(link, link, "password=" + enc("Shequ-Kepu-2027") + "&repeat=" + enc("Shequ-Kepu-2027"));

        BrowserSession person = new BrowserSession(port, "zh-CN");
        assertThat(person.signIn("newsec04", "Shequ-Kepu-2027").statusCode()).isEqualTo(302);
        person.postFormFrom(
                "/me",
                "/me/password",
                "current=wrong-password&password=" + enc("Xinde-Mima-2028") + "&repeat=" + enc("Xinde-Mima-2028"));
        assertThat(person.get("/me").body()).contains("当前密码不正确");
        person.postFormFrom(
                "/me", "/me/password", "current=" + enc("Shequ-Kepu-2027") + "&password=qwerty1234&repeat=qwerty1234");
        assertThat(person.get("/me").body()).contains("这个密码太常见");
        person.postFormFrom(
                "/me",
                "/me/password",
                "current=" + enc("Shequ-Kepu-2027") + "&password=" + enc("Xinde-Mima-2028") + "&repeat="
                        + enc("Xinde-Mima-2028"));
        assertThat(person.get("/me").body()).contains("密码已修改");
        assertThat(signIn("newsec04", "Shequ-Kepu-2027")).isNotEqualTo(302);
        assertThat(signIn("newsec04", "Xinde-Mima-2028")).isEqualTo(302);
    }

    @Test
    void onlyTheOwnerReadsAPasswordMailInTheBuiltInMailbox() {
        addPerson("newsec05", "新秘书长戊", "newsec05@demo.targetflow.local");
        long id = lastMail("newsec05", MailKind.ACCOUNT_INVITATION).getId();
        assertThat(http.withBasicAuth("manager", "demo")
                        .getForEntity("/mailbox/" + id, String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(http.withBasicAuth("admin", "demo").getForObject("/api/mail", String.class))
                .doesNotContain("\"id\":" + id + ",");
        assertThat(http.withBasicAuth("manager", "demo").getForObject("/mailbox", String.class))
                .doesNotContain("/mailbox/" + id + "\"");
    }

    // ---- helpers

    private ResponseEntity<String> addPerson(String username, String name, String email) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Accept-Language", "zh-CN");
        String body = """
                {"username":"%s","name":"%s","email":"%s","language":"ZH","role":"SECRETARY_GENERAL","unitCode":"SD05"}
                """.formatted(username, name, email);
        return http.withBasicAuth("admin", "demo")
                .postForEntity("/api/people", new HttpEntity<>(body, headers), String.class);
    }

    private OutgoingMail lastMail(String username, MailKind kind) {
        List<OutgoingMail> found = mails.findByIdGreaterThanOrderById(0L).stream()
                .filter(m -> username.equals(m.getRecipientUsername()) && m.getKind() == kind)
                .toList();
        assertThat(found).as(kind + " to " + username).isNotEmpty();
        return found.stream().max(Comparator.comparing(OutgoingMail::getId)).orElseThrow();
    }

    private static String link(OutgoingMail mail) {
        Matcher m = LINK.matcher(mail.getBodyText());
        assertThat(m.find()).as("a link in " + mail.getBodyText()).isTrue();
        return m.group(1);
    }

    private int signIn(String username, String password) {
        HttpResponse<String> response = new BrowserSession(port, "zh-CN").signIn(username, password);
        String location = response.headers().firstValue("Location").orElse("");
        return response.statusCode() == 302 && !location.contains("error") ? 302 : 401;
    }

    private static String strip(String page) {
        return page.replaceAll("name=\"_csrf\" (content|value)=\"[^\"]+\"", "");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
