package com.targetflow.journeys;

import com.targetflow.DebianClients;
import com.targetflow.DemoDistrictTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page of the main menu, as the demo district's manager and a secretary see it, on a phone and on
 * a laptop: the journeys' checks (PageChecks) on each, failures gathered so that one run names them all.
 */
@DemoDistrictTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageReadsWellTest {

    @LocalServerPort
    int port;

    @BeforeAll
    void aBrowser() {
        DebianClients.requireBrowser(Browser.CHROMIUM, Browser.CHROMEDRIVER);
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"manager, 390", "manager, 1366", "street01, 390", "street01, 1366"})
    void everyPageOfTheMenu(String who, int width) throws Exception {
        List<String> failures = new ArrayList<>();
        try (Browser browser = Browser.ofWidth("every-page", who, port, width)) {
            browser.signIn(who, "demo");
            List<String> pages = browser.all(By.cssSelector("header nav a[href^='/']")).stream()
                    .map(a -> a.getAttribute("pathname"))
                    .distinct()
                    .toList();
            List<String> more = new ArrayList<>(List.of("/me", "/mailbox"));
            List<String> details = new ArrayList<>();
            for (String page : concat(pages, more)) {
                visit(browser, page, failures);
                // And the first page it leads to below itself: a plan, a meeting, a facility, a unit.
                browser.all(By.cssSelector("main a[href^='" + page + "/']")).stream()
                        .map(a -> a.getAttribute("pathname"))
                        .filter(p -> !p.endsWith(".xlsx")
                                && !p.endsWith(".docx")
                                && !p.endsWith(".ics")
                                && !p.endsWith("/new"))
                        .findFirst()
                        .ifPresent(details::add);
            }
            for (String page : details) {
                visit(browser, page, failures);
            }
        }
        Assertions.assertThat(failures).isEmpty();
    }

    private static void visit(Browser browser, String page, List<String> failures) throws IOException {
        browser.go(page);
        browser.waitFor(By.cssSelector("main"));
        try {
            browser.check(page.replace('/', '_'));
        } catch (AssertionError e) {
            failures.add(page + ": " + e.getMessage());
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(p -> !all.contains(p)).forEach(all::add);
        return all;
    }
}
