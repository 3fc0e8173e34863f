package com.targetflow.targets;

import com.targetflow.forms.TaskInput;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of a unit task's form into commands' rows: what each row is about, and its value as
 * a number not below zero. Whether the row's target is the unit's, and the value within its kind's
 * bounds, is the service's rule.
 */
final class SubmittedRows {

    private SubmittedRows() {}

    static List<ValueGiven> values(TaskInput input, String field, Object submitted) {
        return input.eachRow(
                field,
                submitted,
                (row, path) -> new ValueGiven(code(row), input.amount(path + "value", row.get("value"))));
    }

    /** The indicator code a row is about, as text (null when the row names none). */
    static String code(Map<String, Object> row) {
        Object code = row.get("indicatorCode");
        return code == null ? null : code.toString();
    }
}
