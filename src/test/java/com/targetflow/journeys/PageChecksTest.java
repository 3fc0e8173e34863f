package com.targetflow.journeys;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetflow.DebianClients;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The journeys' page checks fail on the faults they are there to find, and pass a sound page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageChecksTest {

    private Browser phone;

    @BeforeAll
    void aPhone() throws Exception {
        DebianClients.requireBrowser(Browser.CHROMIUM, Browser.CHROMEDRIVER);
        phone = Browser.ofWidth("page-checks", "checker", 1, 390);
    }

    @AfterAll
    void close() {
        phone.close();
    }

    private void show(String body) {
        phone.driver()
                .get("data:text/html;charset=utf-8,"
                        + URLEncoder.encode(
                                        "<!DOCTYPE html><html lang=\"zh\"><head>"
                                                + "<meta name=\"viewport\" content=\"width=device-width\"><title>检查</title></head><body><main>"
                                                + body + "</main></body></html>",
                                        StandardCharsets.UTF_8)
                                .replace("+", "%20"));
    }

    @Test
    void aSoundPagePasses() {
        show("<h1>进展填报</h1><p>目标值 80 %</p><div class=\"scroll\" tabindex=\"0\" style=\"overflow-x:auto\">"
                + "<table><tr><th>指标</th><td style=\"white-space:nowrap\">" + "新建科普画廊".repeat(20)
                + "</td></tr></table></div>");
        assertThatCode(() -> PageChecks.assertReadable(phone.driver(), "a sound page"))
                .doesNotThrowAnyException();
    }

    @Test
    void aFigureOutsideTheWindowFails() {
        show("<h1>确认目标</h1><table><tr><td style=\"white-space:nowrap\">" + "指标".repeat(40)
                + "</td><td>目标值 3</td></tr></table>");
        assertThatThrownBy(() -> PageChecks.assertNothingClipped(phone.driver(), "a wide table"))
                .hasMessageContaining("clipped")
                .hasMessageContaining("目标值 3");
    }

    @Test
    void aFigureCutOffByItsBoxFails() {
        show(
                "<h1>处理异议</h1><div style=\"width:120px;overflow:hidden\"><span style=\"white-space:nowrap\">建议目标值 12345678901234</span></div>");
        assertThatThrownBy(() -> PageChecks.assertNothingClipped(phone.driver(), "a narrow box"))
                .hasMessageContaining("cut off");
    }

    @Test
    void aHeaderKeptForScreenReadersOnlyPassesAndTheSameHeaderShownNarrowFails() {
        String header = "<th style=\"white-space:nowrap\">承办单位截止日期已逾期</th>";
        show("<h1>逾期与督办</h1><table><thead style=\"position:absolute;width:1px;height:1px;overflow:hidden\"><tr>"
                + header + "</tr></thead><tbody><tr><td>整改</td></tr></tbody></table>");
        PageChecks.assertNothingClipped(phone.driver(), "a header for screen readers");
        show("<h1>逾期与督办</h1><div style=\"width:40px;height:20px;overflow:hidden\"><table><thead><tr>" + header
                + "</tr></thead></table></div>");
        assertThatThrownBy(() -> PageChecks.assertNothingClipped(phone.driver(), "a header in a narrow box"))
                .hasMessageContaining("cut off");
    }

    @Test
    void aValueSpillingOutOfItsBoxFails() {
        show(
                "<h1>确认目标</h1><div class=\"fjs-input-group\" style=\"display:flex;height:24px;width:100px;border:1px solid\">"
                        + "<div>新建科普画廊 新建科普画廊</div></div>");
        assertThatThrownBy(() -> PageChecks.assertNothingClipped(phone.driver(), "a select's value"))
                .hasMessageContaining("does not hold its text");
    }

    @Test
    void englishWordsAndRawCodesFail() {
        show("<h1>工作台</h1><p>王伟 manager</p>");
        assertThatThrownBy(() -> PageChecks.assertChineseWithoutCodes(phone.driver(), "a role in English"))
                .hasMessageContaining("manager");
        show("<h1>工作台</h1><p>street03-leader 已阅</p>");
        assertThatThrownBy(() -> PageChecks.assertChineseWithoutCodes(phone.driver(), "a username"))
                .hasMessageContaining("street03");
        show("<h1>进展填报</h1><p>完成值 (values[4].value)</p>");
        assertThatThrownBy(() -> PageChecks.assertChineseWithoutCodes(phone.driver(), "a path"))
                .hasMessageContaining("values[");
        show("<h1>设施</h1><input placeholder=\"Select\">");
        assertThatThrownBy(() -> PageChecks.assertChineseWithoutCodes(phone.driver(), "a placeholder"))
                .hasMessageContaining("Select");
    }

    @Test
    void anInaccessiblePageFails() {
        show(
                "<h1>佐证材料</h1><img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==\">"
                        + "<button></button>");
        assertThatThrownBy(() -> PageChecks.assertAccessible(phone.driver(), "an image and a button without names"))
                .hasMessageContaining("image-alt")
                .hasMessageContaining("button-name");
    }
}
