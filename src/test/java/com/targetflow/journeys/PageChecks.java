package com.targetflow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What every page of a Done-when journey must hold, read off the page in the browser: no figure a user
 * must read is clipped, no English word or raw code shows through the Chinese, and axe-core (from the
 * test's own npm dependencies, src/test/js) finds no serious or critical accessibility violation.
 */
final class PageChecks {

    static final Path AXE = Path.of("src", "test", "js", "node_modules", "axe-core", "axe.min.js");

    /**
     * English words a Chinese page must not show: form-js's and the date picker's own words, Camunda's,
     * roles and states written as codes, and what a template shows when a value is missing.
     */
    static final Pattern ENGLISH = Pattern.compile("\\b(Select|Search|Submit|Cancel|Loading|Required|Remove|Add|"
            + "January|February|March|April|June|July|August|September|October|November|December|"
            + "Sun|Mon|Tue|Wed|Thu|Fri|Sat|Due|Overdue|Hit policy|Annotations|Task|Form|Claim|"
            + "manager|leader|secretary|inspector|admin|null|undefined|NaN|true|false|"
            + "GREEN|YELLOW|RED|ISSUED|CONFIRMED|DRAFT|OBJECTED|COVERAGE)\\b");

    /** Codes a person should never read: unit codes, usernames, form paths. */
    static final Pattern RAW_CODE = Pattern.compile("SD\\d\\d|street\\d\\d|values\\[|\\$\\{|#\\{|\\?\\?\\w");

    private static final String CLIPPED = """
            const width = document.documentElement.clientWidth;
            const problems = [];
            if (document.documentElement.scrollWidth > width + 1) {
              problems.push('the page is ' + document.documentElement.scrollWidth + ' px wide in a ' + width + ' px window');
            }
            const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                + ' "' + (el.value || el.textContent || '').trim().slice(0, 40) + '"';
            const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
            const ownText = (el) => Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
            // Text kept for screen readers only (a 1 px box that hides what overflows it, as a card list's
            // header row on a phone) is not meant to be read on the screen.
            const forScreenReaders = (el) => {
              for (let a = el; a && a !== document.body; a = a.parentElement) {
                const s = getComputedStyle(a);
                const r = a.getBoundingClientRect();
                if (s.position === 'absolute' && s.overflow === 'hidden' && r.width <= 1 && r.height <= 1) return true;
              }
              return false;
            };
            const readable = Array.from(document.querySelectorAll('main *')).filter(el =>
                (ownText(el) || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) && shown(el)
                && !el.closest('[hidden], dialog:not([open]), .sr-only, .visually-hidden, .fjs-powered-by')
                && !forScreenReaders(el));
            for (const el of readable) {
              const r = el.getBoundingClientRect();
              if (r.width < 2 || r.height < 2) continue;
              // The nearest box that scrolls sideways: the figure may lie outside the window if that box is in it.
              let box = null;
              for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                const s = getComputedStyle(a);
                if (s.overflowX === 'auto' || s.overflowX === 'scroll') { box = a; break; }
                if (s.overflowX === 'hidden' || s.overflowX === 'clip') {
                  const b = a.getBoundingClientRect();
                  if (r.left < b.left - 1 || r.right > b.right + 1) { problems.push(name(el) + ' is cut off by ' + name(a)); break; }
                }
              }
              const frame = box ? box.getBoundingClientRect() : { left: 0, right: width };
              if (box && (frame.left < -1 || frame.right > width + 1)) {
                problems.push(name(box) + ' (scrolls) reaches outside the window');
              } else if (!box && (r.left < -1 || r.right > width + 1)) {
                problems.push(name(el) + ' lies outside the window (' + Math.round(r.left) + '..' + Math.round(r.right) + ')');
              }
              const own = getComputedStyle(el);
              if (['hidden', 'clip'].includes(own.overflowX) && !['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)
                  && el.scrollWidth > el.clientWidth + 1) {
                problems.push(name(el) + ' is cut off (' + el.scrollWidth + ' px in ' + el.clientWidth + ')');
              }
              if (el.tagName === 'INPUT' && el.type !== 'file' && el.scrollWidth > el.clientWidth + 1) {
                problems.push(name(el) + ' shows its value only in part');
              }
            }
            // A box drawn around a value (an input group, a button) that its text outgrows spills below it.
            for (const box of document.querySelectorAll('main .fjs-input-group, main button, main .badge, main .light')) {
              if (!shown(box) || box.closest('[hidden], dialog:not([open])')) continue;
              const s = getComputedStyle(box);
              if (!['auto', 'scroll'].includes(s.overflowY) && box.scrollHeight > box.clientHeight + 2) {
                problems.push(name(box) + ' does not hold its text (' + box.scrollHeight + ' px in ' + box.clientHeight + ')');
              }
            }
            return Array.from(new Set(problems)).slice(0, 20);
            """;

    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
              .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
              .catch(e => done(['axe failed: ' + e]));
            """;

    private PageChecks() {}

    /** All three checks on the page as it is now; step names the page in the failure. */
    static void assertReadable(JavascriptExecutor page, String step) {
        assertNothingClipped(page, step);
        assertChineseWithoutCodes(page, step);
        assertAccessible(page, step);
    }

    @SuppressWarnings("unchecked")
    static void assertNothingClipped(JavascriptExecutor page, String step) {
        List<String> problems = (List<String>) page.executeScript(CLIPPED);
        assertThat(problems).as("clipped figures at %s", step).isEmpty();
    }

    static void assertChineseWithoutCodes(JavascriptExecutor page, String step) {
        // A code shown on purpose, as the field it is (a unit's code in the register, the name one signs in
        // with on 我的账户), is marked class="code" and not read here.
        String text = (String) page.executeScript("""
                const codes = Array.from(document.querySelectorAll('.code'));
                const display = codes.map(c => c.style.display);
                codes.forEach(c => c.style.display = 'none');
                const text = document.body.innerText + '\\n'
                    + Array.from(document.querySelectorAll('input, textarea')).map(i => i.placeholder || '').join('\\n');
                codes.forEach((c, n) => c.style.display = display[n]);
                return text;
                """);
        // The way to the other language is written in it, as everywhere; the product's own name stays.
        String read = text.replace("English", "").replace("TargetFlow", "");
        assertThat(found(ENGLISH, read))
                .as("English words on the Chinese page at %s", step)
                .isEmpty();
        assertThat(found(RAW_CODE, read))
                .as("raw codes on the page at %s", step)
                .isEmpty();
    }

    @SuppressWarnings("unchecked")
    static void assertAccessible(JavascriptExecutor page, String step) {
        if (!Boolean.TRUE.equals(page.executeScript("return typeof axe !== 'undefined';"))) {
            page.executeScript(axeSource());
        }
        List<String> violations = (List<String>) page.executeAsyncScript(AXE_RUN);
        assertThat(violations)
                .as("serious or critical axe-core violations at %s", step)
                .isEmpty();
    }

    private static List<String> found(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        List<String> hits = new ArrayList<>();
        while (m.find() && hits.size() < 10) {
            int from = Math.max(0, m.start() - 20);
            hits.add(m.group() + " in \""
                    + text.substring(from, Math.min(text.length(), m.end() + 20))
                            .replace('\n', ' ') + "\"");
        }
        return hits;
    }

    private static String source;

    private static synchronized String axeSource() {
        if (source == null) {
            assertThat(AXE)
                    .as("axe-core from npm at %s (./mvnw installs it with npm ci in src/test/js)", AXE.toAbsolutePath())
                    .exists();
            try {
                source = Files.readString(AXE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
