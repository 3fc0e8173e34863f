package com.targetflow.forms;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.targetflow.web.TaskInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * Reads what a task's form submitted, whether it came from Tasklist (lists arrive as Spin JSON),
 * from engine-rest or from the Java API, and collects every problem before refusing the whole.
 */
public final class TaskInput {

    /** What the row being read is about, to name it in a problem; null outside a list. */
    private String subject;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MessageSource messages;
    private final Locale locale;
    private final List<String> problems = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();

    public TaskInput(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** A submitted value that could not even be read (a JSON variable that is not JSON). */
    public void unreadable(String field) {
        problem(field, "task.input.unreadable");
    }

    /** A list of rows: a Spin JSON array, a JSON string, or a Java list of maps. */
    public List<Map<String, Object>> rows(String field, Object value) {
        if (value == null) {
            return List.of();
        }
        try {
            String json = value instanceof List<?> || value instanceof Map<?, ?>
                    ? JSON.writeValueAsString(value)
                    : value.toString();
            return JSON.readValue(json, new TypeReference<>() {});
        } catch (Exception e) {
            problem(field, "task.input.list");
            return List.of();
        }
    }

    /** A number not below zero, or null after recording the problem. */
    public BigDecimal amount(String field, Object value) {
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
    public Boolean yesOrNo(String field, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value != null && ("true".equals(value.toString()) || "false".equals(value.toString()))) {
            return Boolean.valueOf(value.toString());
        }
        problem(field, "task.input.required");
        return null;
    }

    public String text(String field, Object value, boolean required, int maxLength) {
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

    /** A date as yyyy-MM-dd (what a form's date field submits), or a java.util.Date / LocalDate. */
    public LocalDate date(String field, Object value, boolean required) {
        if (value == null || value.toString().isBlank()) {
            if (required) {
                problem(field, "task.input.required");
            }
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            problem(field, "task.input.date", value);
            return null;
        }
    }

    /** A time of day as HH:mm (what a form's time field submits). */
    public LocalTime time(String field, Object value, boolean required) {
        if (value == null || value.toString().isBlank()) {
            if (required) {
                problem(field, "task.input.required");
            }
            return null;
        }
        try {
            return LocalTime.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            problem(field, "task.input.time", value);
            return null;
        }
    }

    /** One of an enum's names. */
    public <E extends Enum<E>> E choice(String field, Object value, Class<E> type) {
        if (value == null || value.toString().isBlank()) {
            problem(field, "task.input.required");
            return null;
        }
        for (E option : type.getEnumConstants()) {
            if (option.name().equals(value.toString().strip())) {
                return option;
            }
        }
        problem(
                field,
                "task.input.choice",
                value,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    /** A list of strings: a Spin JSON array, a JSON string, or a Java list. */
    public List<String> strings(String field, Object value) {
        if (value == null) {
            return List.of();
        }
        try {
            String json = value instanceof List<?> ? JSON.writeValueAsString(value) : value.toString();
            return JSON.readValue(json, new TypeReference<List<String>>() {});
        } catch (Exception e) {
            problem(field, "task.input.list");
            return List.of();
        }
    }

    /**
     * Names a problem the way the form shows the field: by its label, and — in a list — by the thing the row
     * is about (完成值（有科普画廊或宣传栏的社区）：…), never by its path; the path goes to the fields to mark.
     */
    public void problem(String field, String key, Object... args) {
        // Numbers are shown as written (4000, not 4,000).
        Object[] shown = Arrays.stream(args)
                .map(a -> a instanceof BigDecimal d ? d.toPlainString() : a instanceof Number n ? String.valueOf(n) : a)
                .toArray();
        String plain = field.replaceAll("\\[\\d+]", "");
        String label =
                messages.getMessage("task.field." + plain, null, plain.substring(plain.lastIndexOf('.') + 1), locale);
        String named = subject == null
                ? label
                : messages.getMessage("task.input.about", new Object[] {label, subject}, locale);
        problems.add(messages.getMessage(
                "task.input.problem", new Object[] {named, messages.getMessage(key, shown, key, locale)}, locale));
        fields.add(field);
    }

    /** The problems named from here on are about this thing (a target's indicator), until about(null). */
    public void about(String thing) {
        this.subject = thing;
    }

    /** Refuses the completion if anything was wrong, naming every bad field. */
    public void check() {
        if (!problems.isEmpty()) {
            throw new TaskInputException(
                    messages.getMessage("task.input.refused", null, locale) + " "
                            + String.join(messages.getMessage("task.input.between", null, "; ", locale), problems),
                    fields);
        }
    }
}
