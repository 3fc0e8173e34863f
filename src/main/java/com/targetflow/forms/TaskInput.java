package com.targetflow.targets;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.targetflow.web.TaskInputException;
import org.springframework.context.MessageSource;

/**
 * Reads what a task's form submitted, whether it came from Tasklist (lists arrive as Spin JSON),
 * from engine-rest or from the Java API, and collects every problem before refusing the whole.
 */
final class TaskInput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MessageSource messages;
    private final Locale locale;
    private final List<String> problems = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();

    TaskInput(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** A list of rows: a Spin JSON array, a JSON string, or a Java list of maps. */
    List<Map<String, Object>> rows(String field, Object value) {
        if (value == null) {
            return List.of();
        }
        try {
            String json = value instanceof List<?> || value instanceof Map<?, ?> ? JSON.writeValueAsString(value) : value.toString();
            return JSON.readValue(json, new TypeReference<>() { });
        } catch (Exception e) {
            problem(field, "task.input.list");
            return List.of();
        }
    }

    /** A number not below zero, or null after recording the problem. */
    BigDecimal amount(String field, Object value) {
        if (value == null || value.toString().isBlank()) {
            problem(field, "task.input.required");
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.toString().strip());
            if (number.signum() < 0) {
                problem(field, "task.input.negative", number);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problem(field, "task.input.number", value);
            return null;
        }
    }

    /** A yes or no: a Boolean, or the "true" / "false" of a form's radio buttons. */
    Boolean yesOrNo(String field, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value != null && ("true".equals(value.toString()) || "false".equals(value.toString()))) {
            return Boolean.valueOf(value.toString());
        }
        problem(field, "task.input.required");
        return null;
    }

    String text(String field, Object value, boolean required, int maxLength) {
        String text = value == null ? null : value.toString().strip();
        if (text == null || text.isEmpty()) {
            if (required) {
                problem(field, "task.input.required");
            }
            return null;
        }
        if (text.length() > maxLength) {
            problem(field, "task.input.too-long", maxLength);
            return null;
        }
        return text;
    }

    void problem(String field, String key, Object... args) {
        // Numbers are shown as written (4000, not 4,000).
        Object[] shown = java.util.Arrays.stream(args)
                .map(a -> a instanceof java.math.BigDecimal d ? d.toPlainString() : a instanceof Number n ? String.valueOf(n) : a)
                .toArray();
        String label = messages.getMessage("task.field." + field.replaceAll("\\[\\d+]", ""), null, field, locale);
        problems.add(label + " (" + field + "): " + messages.getMessage(key, shown, key, locale));
        fields.add(field);
    }

    /** Refuses the completion if anything was wrong, naming every bad field. */
    void check() {
        if (!problems.isEmpty()) {
            throw new TaskInputException(messages.getMessage("task.input.refused", null, locale)
                    + " " + String.join("; ", problems), fields);
        }
    }
}
