package com.targetflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DemoDistrictTest;
import com.targetflow.web.BrowserSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every response carries whatever the request: a content security policy on the app's pages
 * (the Camunda webapps keep their own), no MIME sniffing, no framing by other sites, a session
 * cookie that scripts cannot read and that is Secure behind HTTPS, forms that need their CSRF
 * token, and error pages that explain in the reader's language without a trace of the code.
 */
@DemoDistrictTest
class SecurityHygieneTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    @Test
    void theAppsPagesAllowScriptsFromTheAppOnlyAndAreNeverSniffedOrFramedBySomeoneElse() {
        BrowserSession browser = signedIn("manager", "zh-CN");
        for (String page : List.of("/", "/dashboard", "/plans/import", "/login")) {
            HttpResponse<String> response = browser.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(page)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("script-src 'self';", "object-src 'none'", "frame-ancestors 'self'")
                            .doesNotContain("unsafe-eval"));
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(page)
                    .hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options"))
                    .as(page)
                    .hasValue("SAMEORIGIN");
            // The policy forbids inline scripts: the pages have none left (data travels as JSON blocks).
            assertThat(response.body())
                    .as(page)
                    .doesNotContainPattern("<script(?![^>]*(src=|type=\"application/json\"))");
        }
    }

    @Test
    void theCamundaWebappsKeepTheirOwnPolicyWithItsScriptNoncesInsteadOfOurs() {
        BrowserSession browser = signedIn("manager", "zh-CN");
        HttpResponse<String> tasklist = browser.get("/camunda/app/tasklist/default/");
        assertThat(tasklist.statusCode()).isEqualTo(200);
        List<String> policies = tasklist.headers().allValues("Content-Security-Policy");
        assertThat(policies).hasSize(1);
        assertThat(policies.get(0)).contains("nonce-").doesNotContain("script-src 'self';");
        assertThat(tasklist.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndSecureWhenTheProxySaysHttps() {
        BrowserSession plain = new BrowserSession(port, "zh-CN");
        String cookie = plain.get("/login").headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie)
                .startsWith("SESSION=")
                .contains("HttpOnly", "SameSite=Lax")
                .doesNotContain("Secure");

        // Behind docker/nginx.conf the proxy says how the browser came; over HTTPS the cookie is Secure.
        BrowserSession behindHttps = new BrowserSession(port, "zh-CN");
        HttpResponse<String> secure = behindHttps.get("/login", "X-Forwarded-Proto", "https");
        assertThat(secure.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(
                        c -> assertThat(c).startsWith("SESSION=").contains("Secure", "HttpOnly", "SameSite=Lax"));
        assertThat(secure.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void aFormSentWithoutItsTokenIsRefusedWithAnExpiredPageMessageAndChangesNothing() {
        BrowserSession browser = signedIn("street01", "zh-CN");
        String before = selectedDigest(browser.get("/me").body());
        HttpResponse<String> refused =
                browser.postFormAsBrowser("/me/digest", "digest=" + ("OFF".equals(before) ? "DAILY" : "OFF"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("页面已过期", "返回工作台").doesNotContain("Exception", "at com.", "Forbidden");
        assertThat(selectedDigest(browser.get("/me").body())).isEqualTo(before);

        BrowserSession english = signedIn("street01", "en");
        assertThat(english.postFormAsBrowser("/me/digest", "digest=OFF").body())
                .contains("This page has expired", "Back to the workbench");
    }

    @Test
    void errorsReachingAPersonAreAPageInTheirLanguageAndErrorsReachingAProgramAreJson() {
        BrowserSession browser = signedIn("street01", "zh-CN");
        HttpResponse<String> missing = browser.get("/plans/1999", "Accept", BROWSER);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(missing.body()).contains("找不到 1999 年的年度目标计划", "状态码 404").doesNotContain("2,026", "Exception");

        HttpResponse<String> noSuchPage = browser.get("/no-such-page", "Accept", BROWSER);
        assertThat(noSuchPage.statusCode()).isEqualTo(404);
        assertThat(noSuchPage.body()).contains("没有找到这个页面");

        HttpResponse<String> forbidden = browser.get("/reports", "Accept", BROWSER);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("您没有权限执行此操作");

        // A gone task sends the person back to the workbench with a notice, not to an error.
        assertThat(browser.get("/workbench/tasks/no-such-task", "Accept", BROWSER)
                        .statusCode())
                .isEqualTo(302);

        // A program asking for HTML on the API still gets the API's JSON error, not a failure to negotiate.
        HttpResponse<String> api = browser.get("/api/plans/1999", "Accept", BROWSER);
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).startsWith("{").contains("找不到 1999 年的年度目标计划");
    }

    private static String selectedDigest(String mePage) {
        Matcher m = Pattern.compile("<option value=\"(\\w+)\"\\s+selected").matcher(mePage);
        assertThat(m.find()).as("a digest frequency is selected").isTrue();
        return m.group(1);
    }

    private BrowserSession signedIn(String username, String language) {
        BrowserSession browser = new BrowserSession(port, language);
        assertThat(browser.signIn(username, "demo").statusCode()).isEqualTo(302);
        return browser;
    }
}
