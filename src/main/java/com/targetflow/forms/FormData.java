package com.targetflow.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Rows for a Camunda Form's table or dynamic list, as a JSON variable that Tasklist can read. */
public final class FormData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormData() {}

    public static JsonValue json(Object rows) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
