package com.targetflow.forms;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.targetflow.domain.Named;
import com.targetflow.domain.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Reads what a task's form submitted, whether it came from Tasklist (lists arrive as Spin JSON),
 * from engine-rest or from the Java API, into typed values, and collects every problem before refusing
 * the whole. It knows no language: the problems are keys, which the web layer writes for the reader.
 */
public final class TaskInput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Problems problems = new Problems();

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

    /**
     * Each row of a list read into what a command takes: the reader gets the row and the path of its
     * fields ("values[2]."), so that a problem marks the field in its row.
     */
    public <T> List<T> eachRow(String field, Object value, BiFunction<Map<String, Object>, String, T> reader) {
        List<Map<String, Object>> rows = rows(field, value);
        List<T> read = new ArrayList<>();
        for (int n = 0; n < rows.size(); n++) {
            read.add(reader.apply(rows.get(n), field + "[" + n + "]."));
        }
        return read;
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

    /** A problem with a field, as a message key and its arguments; named in the reader's language at the edge. */
    public void problem(String field, String key, Object... args) {
        problems.add(field, key, args);
    }

    /** The problems named from here on are about this thing (the name a row shows), until about(null). */
    public void about(String thing) {
        problems.about(thing == null ? null : new Named(thing, thing));
    }

    /** Everything found wrong so far, for the rules that come after reading (the service adds its own). */
    public Problems problems() {
        return problems;
    }

    /** Refuses the completion if anything was wrong, naming every bad field. */
    public void check() {
        problems.check();
    }
}
