package com.targetflow.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.targetflow.domain.InvalidInput;
import com.targetflow.web.InputRefusalText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The rules written in bpmn/forms/*.form are the ones the server applies. */
class FormRulesTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    FormRulesTest() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void theProgressFormsMinimumAndRequiredRulesAreEnforcedRowByRow() throws IOException {
        FormRules rules = rules("report-progress");
        Map<String, Object> submitted = Map.of(
                "values",
                List.of(Map.of("indicatorCode", "FAC-1", "value", "-3"), Map.of("indicatorCode", "ORG-2", "value", "")),
                "narrative",
                "x".repeat(4001));
        TaskInput input = new TaskInput();
        rules.check(submitted::get, input);
        assertThat(told(input, Locale.SIMPLIFIED_CHINESE))
                .contains("完成值：不能小于 0")
                .contains("完成值：不能为空")
                .contains("进展说明：")
                .contains("4000");
    }

    @Test
    void aFieldTheFormMayHideIsNotRequiredButStillChecked() throws IOException {
        FormRules rules = rules("confirm-targets");
        TaskInput accepted = new TaskInput();
        rules.check(Map.<String, Object>of("targetsAccepted", "true")::get, accepted);
        accepted.check();

        TaskInput missing = new TaskInput();
        rules.check(Map.<String, Object>of()::get, missing);
        assertThat(told(missing, Locale.ENGLISH)).contains("Confirmation: must not be empty");

        TaskInput tooLong = new TaskInput();
        rules.check(
                Map.<String, Object>of(
                        "targetsAccepted",
                        "false",
                        "objections",
                        List.of(Map.of("indicatorCode", "FAC-1", "proposedQuota", 2, "reason", "y".repeat(1001))))::get,
                tooLong);
        assertThat(told(tooLong, Locale.ENGLISH))
                .contains("Reason: must not be longer than 1000")
                .contains("1000");
    }

    /** What the reader is told when the input is refused (it must be). */
    private String told(TaskInput input, Locale locale) {
        Throwable refused = catchThrowable(input::check);
        assertThat(refused).as("refused").isInstanceOf(InvalidInput.class);
        return new InputRefusalText(messages, null).of((InvalidInput) refused, locale);
    }

    private static FormRules rules(String form) throws IOException {
        return FormRules.read(Files.newInputStream(Path.of("bpmn/forms/" + form + ".form")));
    }
}
