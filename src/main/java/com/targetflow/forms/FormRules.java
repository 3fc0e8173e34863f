package com.targetflow.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The validation rules written in a Camunda Form (required, min, max, minLength, maxLength,
 * pattern), checked on the server against what a completion submitted, so that a completion that
 * bypasses Tasklist's browser checks meets the same rules. Rows of a dynamic list are checked one
 * by one. A field that the form may hide (it has a "conditional") is required only when it has a
 * value: the server does not evaluate the form's FEEL conditions, and the domain checks that follow
 * catch what a hidden field leaves out.
 */
public final class FormRules {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode form;

    private FormRules(JsonNode form) {
        this.form = form;
    }

    public static FormRules read(InputStream in) {
        try (in) {
            return new FormRules(JSON.readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable form", e);
        }
    }

    /**
     * The names a completion of this form may carry: every field's key and every list's path at the
     * top of the form (fields inside a list arrive inside the list's rows).
     */
    public Set<String> submittableNames() {
        Set<String> names = new HashSet<>();
        collectNames(form.path("components"), names);
        return names;
    }

    private static void collectNames(JsonNode components, Set<String> names) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            if ("dynamiclist".equals(type) && component.has("path")) {
                names.add(component.path("path").asText());
            } else if ("group".equals(type)) {
                collectNames(component.path("components"), names);
            } else if (component.has("key")) {
                names.add(component.path("key").asText());
            }
        }
    }

    /** Checks every rule; "submitted" gives a top-level key's value as the completion sent it. */
    public void check(Function<String, Object> submitted, TaskInput input) {
        checkAll(form.path("components"), "", submitted, input);
    }

    private void checkAll(JsonNode components, String prefix, Function<String, Object> value, TaskInput input) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            if ("dynamiclist".equals(type)) {
                String path = component.path("path").asText();
                List<Map<String, Object>> rows = input.rows(prefix + path, value.apply(path));
                for (int n = 0; n < rows.size(); n++) {
                    Map<String, Object> row = rows.get(n);
                    // A row that shows what it is about (a target's indicator) names it in its problems.
                    Object about = row.get("indicator");
                    input.about(about == null || about.toString().isBlank() ? null : about.toString());
                    checkAll(component.path("components"), prefix + path + "[" + n + "].", row::get, input);
                    input.about(null);
                }
            } else if (component.has("key") && component.has("validate")) {
                checkField(component, prefix, value.apply(component.path("key").asText()), input);
            }
        }
    }

    private static void checkField(JsonNode component, String prefix, Object value, TaskInput input) {
        String field = prefix + component.path("key").asText();
        JsonNode rules = component.path("validate");
        boolean empty = value == null || value.toString().isBlank();
        if (empty) {
            if (rules.path("required").asBoolean(false) && !component.has("conditional")) {
                input.problem(field, "task.input.required");
            }
            return;
        }
        String text = value.toString();
        if (rules.has("minLength") && text.length() < rules.get("minLength").asInt()) {
            input.problem(field, "task.input.too-short", rules.get("minLength").asInt());
        }
        if (rules.has("maxLength") && text.length() > rules.get("maxLength").asInt()) {
            input.problem(field, "task.input.too-long", rules.get("maxLength").asInt());
        }
        if (rules.has("pattern")
                && !Pattern.compile(rules.get("pattern").asText()).matcher(text).matches()) {
            input.problem(field, "task.input.pattern", rules.get("pattern").asText());
        }
        if (rules.has("min") || rules.has("max")) {
            BigDecimal number;
            try {
                number = new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                input.problem(field, "task.input.number", text);
                return;
            }
            // A bound written as an expression (=…) depends on the row: the form checks it, and the domain
            // service checks the rule it mirrors (a coverage rate at most 100); only fixed bounds are read here.
            if (rules.path("min").isNumber()
                    && number.compareTo(rules.get("min").decimalValue()) < 0) {
                input.problem(
                        field, "task.input.min", rules.get("min").decimalValue().toPlainString());
            }
            if (rules.path("max").isNumber()
                    && number.compareTo(rules.get("max").decimalValue()) > 0) {
                input.problem(
                        field, "task.input.max", rules.get("max").decimalValue().toPlainString());
            }
        }
    }
}
