package com.targetflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.organisation.Language;
import com.targetflow.organisation.OrganisationRegister;
import com.targetflow.organisation.PersonRequest;
import com.targetflow.organisation.PersonRole;
import com.targetflow.web.BrowserSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Guessing passwords, with the login settings the app ships (application.yml: Camunda's defaults).
 * The test profile turns them off for the other tests, so this one starts as production does, on an
 * in-memory database of its own with the first administrator and two managers. A wrong password
 * makes the account wait before the next try; ten in a row lock it until an administrator unlocks
 * it; the sign-in page says so in the user's language. The engine's clock is moved past each wait
 * (3 s, doubling up to 60 s) instead of waiting.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:tf-logins-${random.uuid};DB_CLOSE_DELAY=-1",
            "targetflow.admin.password=" + LoginAttemptsTest.ADMIN_PASSWORD,
            // The clock moves ahead by a day: no timer may fire meanwhile.
            "camunda.bpm.job-execution.enabled=false",
            // Not "default", which other test contexts in the same JVM register; engine-rest names it in the path.
            "camunda.bpm.process-engine-name=logins"
        })
@ActiveProfiles("production")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginAttemptsTest {

    static final String ADMIN_PASSWORD = "login-test-admin-2026";
    private static final String PASSWORD = "login-test-password";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngineConfigurationImpl engine;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Duration movedAhead = Duration.ZERO;

    @BeforeAll
    void twoManagers(@Autowired OrganisationRegister register) {
        for (String username : List.of("zhang", "wang")) {
            register.createPerson(new PersonRequest(
                    username,
                    username,
                    username + "@logins.test",
                    null,
                    Language.ZH,
                    PersonRole.MANAGER,
                    "DISTRICT",
                    PASSWORD));
        }
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
        movedAhead = Duration.ZERO;
    }

    @Test
    void theShippedLoginSettingsAreCamundasDefaults() {
        assertThat(engine.getLoginMaxAttempts()).isEqualTo(10);
        assertThat(engine.getLoginDelayBase()).isEqualTo(3);
        assertThat(engine.getLoginDelayFactor()).isEqualTo(2);
        assertThat(engine.getLoginDelayMaxTime()).isEqualTo(60);
    }

    @Test
    void aWrongPasswordMakesTheAccountWaitAMomentBeforeEvenTheRightOneIsAccepted() {
        BrowserSession browser = new BrowserSession(port, "zh-CN,zh;q=0.9");
        assertRefused(browser.signIn("wang", "not-the-password"));
        assertRefused(browser.signIn("wang", PASSWORD));
        later(Duration.ofSeconds(engine.getLoginDelayBase() + 1));
        assertSignedIn(browser.signIn("wang", PASSWORD));
    }

    @Test
    void afterTenWrongPasswordsInARowEvenTheRightOneIsRefusedUntilAnAdministratorUnlocksTheAccount() throws Exception {
        BrowserSession browser = new BrowserSession(port, "zh-CN,zh;q=0.9");
        for (int i = 1; i <= engine.getLoginMaxAttempts(); i++) {
            assertRefused(browser.signIn("zhang", "guess-" + i));
            later(Duration.ofSeconds(engine.getLoginDelayMaxTime() + 1));
        }
        later(Duration.ofDays(1));
        assertRefused(browser.signIn("zhang", PASSWORD));
        assertThat(browser.get("/login?error").body()).contains("用户名或密码错误", "输错后须稍等片刻才能再试", "连续输错 10 次后账户将被锁定，须请管理员解锁");
        assertThat(new BrowserSession(port, "en-US,en;q=0.9")
                        .get("/login?error")
                        .body())
                .contains(
                        "Wrong username or password",
                        "after 10 wrong passwords in a row the account is locked until an administrator unlocks it");

        assertSignedIn(new BrowserSession(port, "zh-CN").signIn("wang", PASSWORD));
        HttpResponse<String> notAnAdministrator = unlock("zhang", "wang", PASSWORD);
        assertThat(notAnAdministrator.statusCode())
                .as("only an administrator may unlock: " + notAnAdministrator.body())
                .isEqualTo(403);
        assertRefused(browser.signIn("zhang", PASSWORD));

        HttpResponse<String> administrator = unlock("zhang", "admin", ADMIN_PASSWORD);
        assertThat(administrator.statusCode()).as(administrator.body()).isEqualTo(204);
        assertSignedIn(browser.signIn("zhang", PASSWORD));
    }

    /** Beside the sign-in settings, the other production default about what strangers may learn: no API description. */
    @Test
    void productionDescribesNoApiUnlessSwitchedOn() throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (String path : List.of("/v3/api-docs", "/swagger-ui/index.html")) {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Authorization", "Basic " + basic)
                            .header("Accept", "application/json")
                            .GET()
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path + " → " + answer.body()).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("openapi", "paths");
        }
    }

    /** As Camunda Admin does it: engine-rest's unlock, with the caller's own password. */
    private HttpResponse<String> unlock(String user, String caller, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((caller + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + port + "/engine-rest/engine/logins/user/" + user + "/unlock"))
                        .header("Authorization", "Basic " + basic)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Moves the engine's clock, which times the waits and locks, ahead by this much more. */
    private void later(Duration more) {
        movedAhead = movedAhead.plus(more);
        ClockUtil.offset(movedAhead.toMillis());
    }

    private static void assertRefused(HttpResponse<String> signIn) {
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    private static void assertSignedIn(HttpResponse<String> signIn) {
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
    }
}
