package com.targetflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After a model's test class has run and the coverage extension has written its report (class-level
 * extensions are closed last), the coverage the README shows for the model must be the one measured:
 * a README that claims more, or less, than the tests walk fails the build.
 */
public class CoverageInReadme implements AfterAllCallback {

    static final Path README = Path.of("README.md");
    static final Path REPORTS = Path.of("target", "process-test-coverage");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\| (\\d+) % \\|", Pattern.MULTILINE);

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        Class<?> testClass = context.getRequiredTestClass();
        String model = testClass.getAnnotation(ModelTest.class).value();
        int measured = percent(measured(testClass, model));
        assertThat(measured).as("%s's coverage", model).isGreaterThanOrEqualTo((int)
                Math.round(ModelAlone.LEAST_COVERAGE * 100));
        assertThat(shownInReadme().get(model))
                .as(
                        "README.md's coverage table: the row of %s must show what %s measured",
                        model, testClass.getSimpleName())
                .isEqualTo(measured);
    }

    /** Whole percent, rounded down: the README never rounds a model up. */
    static int percent(double coverage) {
        return (int) Math.floor(coverage * 100 + 1e-9);
    }

    /** Flow nodes started and sequence flows taken, over the model's elements, as the coverage extension counts them. */
    static double measured(Class<?> testClass, String model) throws IOException {
        JsonNode report = new ObjectMapper()
                .readTree(REPORTS.resolve(testClass.getName())
                        .resolve("report.json")
                        .toFile());
        Set<String> covered = new HashSet<>();
        for (JsonNode suite : report.path("suites")) {
            for (JsonNode run : suite.path("runs")) {
                for (JsonNode event : run.path("events")) {
                    boolean counts = "FLOW_NODE".equals(event.path("source").asText())
                                    && "START".equals(event.path("type").asText())
                            || "SEQUENCE_FLOW".equals(event.path("source").asText());
                    if (counts && model.equals(event.path("modelKey").asText())) {
                        covered.add(event.path("definitionKey").asText());
                    }
                }
            }
        }
        for (JsonNode deployed : report.path("models")) {
            if (model.equals(deployed.path("key").asText())) {
                return (double) covered.size()
                        / deployed.path("totalElementCount").asInt();
            }
        }
        throw new AssertionError(model + " is not in the coverage report of " + testClass.getSimpleName());
    }

    /** The README's table between its coverage markers: model → percent. */
    static Map<String, Integer> shownInReadme() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("<!-- coverage:start -->");
        int end = readme.indexOf("<!-- coverage:end -->");
        assertThat(start)
                .as("README.md has no coverage table (<!-- coverage:start --> … <!-- coverage:end -->)")
                .isNotNegative();
        Map<String, Integer> shown = new TreeMap<>();
        Matcher row = ROW.matcher(readme.substring(start, end));
        while (row.find()) {
            shown.put(row.group(1), Integer.parseInt(row.group(2)));
        }
        return shown;
    }
}
