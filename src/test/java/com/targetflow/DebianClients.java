package com.targetflow;

import java.io.File;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that use a real client from Debian's packages (a browser, a spreadsheet or calendar
 * reader). On a newcomer's machine without it they are skipped with one loud line naming the
 * packages to install; under CI (CI=true), where .ci/run installs them, they must run.
 */
public final class DebianClients {

    static final String PYTHON = System.getProperty("targetflow.test.python", "/usr/bin/python3");

    private DebianClients() {}

    /** Chromium and its driver, for the browser journeys. */
    public static void requireBrowser(String chromium, String chromedriver) {
        require(
                new File(chromium).canExecute() && new File(chromedriver).canExecute(),
                "the browser journeys",
                "chromium chromium-driver fonts-noto-cjk");
    }

    /** Debian's python3 with one of its modules (openpyxl, icalendar). */
    public static String requirePython(String module, String debianPackage) {
        require(pythonHas(module), "the tests that read files with python3-" + module, debianPackage);
        return PYTHON;
    }

    private static boolean pythonHas(String module) {
        if (!new File(PYTHON).canExecute()) {
            return false;
        }
        try {
            Process python = new ProcessBuilder(PYTHON, "-c", "import " + module)
                    .redirectErrorStream(true)
                    .start();
            python.getInputStream().readAllBytes();
            return python.waitFor(30, TimeUnit.SECONDS) && python.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static void require(boolean present, String what, String packages) {
        if (present) {
            return;
        }
        String line = what + " need Debian's " + packages + ": sudo apt-get install " + packages + " (.ci/run does)";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail("CI=true and " + line);
        }
        System.err.println("\n!!!!! SKIPPED: " + line + " !!!!!\n");
        Assumptions.abort("skipped: " + line);
    }
}
