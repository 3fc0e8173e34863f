package com.targetflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DemoDistrictTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in once opens the app's pages and the Camunda webapps; signing out closes both. */
@DemoDistrictTest
class SignInTest {

    @LocalServerPort
    int port;

    @Test
    void theSignInPageRendersInChineseAndInEnglish() {
        assertThat(new BrowserSession(port, "zh-CN,zh;q=0.9").get("/login").body())
                .contains("<html lang=\"zh\"", "登录", "用户名", "密码");
        assertThat(new BrowserSession(port, "en-US,en;q=0.9").get("/login").body())
                .contains("<html lang=\"en\"", "Sign in", "Username", "Password");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        BrowserSession browser = new BrowserSession(port, "zh-CN");
        HttpResponse<String> refused = browser.signIn("street01", "not-the-password");
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(browser.get("/login?error").body()).contains("用户名或密码错误");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void theHomePageSaysWhoYouAreAndYourUnitInChinese() {
        BrowserSession browser = new BrowserSession(port, "zh-CN,zh;q=0.9");
        assertThat(browser.signIn("street01", "demo").statusCode()).isEqualTo(302);
        String home = browser.get("/").body();
        // By name, role and unit; the username is for signing in, not for greeting.
        assertThat(home)
                .contains("您好，刘伟", "秘书长", "东城街道科协", "任务列表", "/camunda/app/tasklist/")
                .doesNotContain("/camunda/app/admin/");
    }

    @Test
    void theHomePageRendersInEnglishAndShowsAdministrationToAdmins() {
        BrowserSession browser = new BrowserSession(port, "en-US,en;q=0.9");
        browser.signIn("admin", "demo");
        String home = browser.get("/").body();
        assertThat(home)
                .contains(
                        "Administrator",
                        "District Association for Science and Technology",
                        "/camunda/app/admin/",
                        "/camunda/app/cockpit/",
                        "Sign out");
    }

    @Test
    void oneSignInOpensTheWebappsAndSigningOutOfAWebappClosesBoth() {
        BrowserSession browser = new BrowserSession(port, "zh-CN");
        assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode())
                .isEqualTo(401);
        browser.signIn("street01", "demo");

        // As a browser does: open the Tasklist, whose page hands the sign-in to the webapps' session.
        assertThat(browser.get("/camunda/app/tasklist/").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/camunda/app/tasklist/default/"));
        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> webappUser = browser.get("/camunda/api/admin/auth/user/default");
        assertThat(webappUser.statusCode()).isEqualTo(200);
        assertThat(webappUser.body())
                .contains("\"userId\":\"street01\"", "tasklist")
                .doesNotContain("cockpit", "admin");

        assertThat(browser.post("/camunda/api/admin/auth/user/default/logout").statusCode())
                .isEqualTo(200);
        assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode())
                .isEqualTo(401);
        assertThat(browser.get("/").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void signingOutOfTheAppClosesTheWebappsToo() {
        BrowserSession browser = new BrowserSession(port, "zh-CN");
        browser.signIn("manager", "demo");
        assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        assertThat(browser.get("/camunda/api/admin/auth/user/default").body())
                .contains("\"userId\":\"manager\"", "cockpit");

        HttpResponse<String> out = browser.postFormFrom("/", "/logout");
        assertThat(out.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode())
                .isEqualTo(401);
        assertThat(browser.get("/camunda/app/tasklist/default/").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void theWebappsOwnLoginIsClosed() {
        BrowserSession browser = new BrowserSession(port, "zh-CN");
        assertThat(browser.post("/camunda/api/admin/auth/user/default/login/tasklist")
                        .statusCode())
                .isIn(401, 403);
    }
}
