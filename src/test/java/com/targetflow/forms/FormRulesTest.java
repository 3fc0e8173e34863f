package com.targetflow.forms;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetflow.web.TaskInputException;
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
        TaskInput input = new TaskInput(messages, Locale.SIMPLIFIED_CHINESE);
        rules.check(submitted::get, input);
        assertThatThrownBy(input::check)
                .isInstanceOf(TaskInputException.class)
                .hasMessageContaining("完成值：不能小于 0")
                .hasMessageContaining("完成值：不能为空")
                .hasMessageContaining("进展说明：")
                .hasMessageContaining("4000");
    }

    @Test
    void aFieldTheFormMayHideIsNotRequiredButStillChecked() throws IOException {
        FormRules rules = rules("confirm-targets");
        TaskInput accepted = new TaskInput(messages, Locale.ENGLISH);
        rules.check(Map.<String, Object>of("targetsAccepted", "true")::get, accepted);
        accepted.check();

        TaskInput missing = new TaskInput(messages, Locale.ENGLISH);
        rules.check(Map.<String, Object>of()::get, missing);
        assertThatThrownBy(missing::check).hasMessageContaining("Confirmation: must not be empty");

        TaskInput tooLong = new TaskInput(messages, Locale.ENGLISH);
        rules.check(
                Map.<String, Object>of(
                        "targetsAccepted",
                        "false",
                        "objections",
                        List.of(Map.of("indicatorCode", "FAC-1", "proposedQuota", 2, "reason", "y".repeat(1001))))::get,
                tooLong);
        assertThatThrownBy(tooLong::check)
                .hasMessageContaining("Reason: must not be longer than 1000")
                .hasMessageContaining("1000");
    }

    private static FormRules rules(String form) throws IOException {
        return FormRules.read(Files.newInputStream(Path.of("bpmn/forms/" + form + ".form")));
    }
}
