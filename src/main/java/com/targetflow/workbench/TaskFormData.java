package com.targetflow.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.targetflow.calendar.DistrictZone;
import com.targetflow.domain.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A task's Camunda Form and the data that goes in and out of it. A completion may set only the
 * names the form's own fields declare: a unit must not be able to rewrite, say, its own unitCode
 * by adding a field to what it sends.
 */
final class TaskFormData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode schema;
    private final Set<String> names;

    private TaskFormData(JsonNode schema) {
        this.schema = schema;
        this.names = new LinkedHashSet<>();
        collect(schema.path("components"), names);
    }

    static TaskFormData read(InputStream form) {
        try (form) {
            return new TaskFormData(JSON.readTree(form));
        } catch (IOException e) {
            throw new IllegalStateException("A deployed form cannot be read", e);
        }
    }

    JsonNode schema() {
        return schema;
    }

    Set<String> names() {
        return names;
    }

    /**
     * The task's variables as JSON for the form (tables and texts show more than the fields):
     * Spin JSON as the JSON it holds, dates as yyyy-MM-dd; serialized Java objects are left out.
     */
    ObjectNode dataFrom(VariableMap variables) {
        ObjectNode data = JSON.createObjectNode();
        for (String name : variables.keySet()) {
            TypedValue typed = variables.getValueTyped(name);
            if (typed == null || typed.getValue() == null) {
                continue;
            }
            Object value = typed.getValue();
            if ("json".equals(typed.getType().getName())) {
                data.set(name, parse(value.toString()));
            } else if (value instanceof Date date) {
                data.put(
                        name,
                        date.toInstant().atZone(DistrictZone.ZONE).toLocalDate().toString());
            } else if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                data.set(name, JSON.valueToTree(value));
            }
        }
        return data;
    }

    /** What a completion submits: only the form's own names; lists and objects as Spin JSON, as Tasklist sends them. */
    VariableMap variablesFrom(JsonNode submitted) {
        if (submitted == null || !submitted.isObject()) {
            throw Refusal.invalid(null, "workbench.submit.not-an-object");
        }
        VariableMap variables = Variables.createVariables();
        Iterator<Map.Entry<String, JsonNode>> fields = submitted.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (!names.contains(name)) {
                throw Refusal.invalid(name, "workbench.submit.unknown-field", name);
            }
            variables.put(name, valueOf(field.getValue()));
        }
        return variables;
    }

    private static Object valueOf(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.canConvertToInt() ? (Object) node.intValue() : (Object) node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        return SpinValues.jsonValue(node.toString()).create();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return JSON.getNodeFactory().nullNode();
        }
    }

    /**
     * The top-level data names of form-js components: a field's key, a dynamic list's or a group's
     * path; a group without a path puts its fields at the top level.
     */
    private static void collect(JsonNode components, Set<String> names) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            String path = component.path("path").asText("");
            if (("group".equals(type) || "dynamiclist".equals(type)) && !path.isEmpty()) {
                names.add(path.split("\\.")[0]);
            } else if ("group".equals(type)) {
                collect(component.path("components"), names);
            } else if (component.hasNonNull("key") && !"table".equals(type)) {
                names.add(component.path("key").asText().split("\\.")[0]);
            }
        }
    }
}
