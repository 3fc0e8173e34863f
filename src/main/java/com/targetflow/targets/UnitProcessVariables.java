package com.targetflow.targets;

import com.targetflow.models.UnitTargetsModel;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The few variables a unit-targets instance carries (ids and decisions, never documents), read
 * with their types checked in one place.
 */
final class UnitProcessVariables {

    static final String PLAN_ID = UnitTargetsModel.VAR_PLAN_ID;
    static final String UNIT_CODE = UnitTargetsModel.VAR_UNIT_CODE;
    /** How many reporting rounds have been approved so far (0 … 4). */
    static final String ROUND = UnitTargetsModel.VAR_ROUND;

    static final String REPORT_ID = "reportId";

    private UnitProcessVariables() {}

    static long planId(VariableScope scope) {
        return number(scope, PLAN_ID).longValue();
    }

    static String unitCode(VariableScope scope) {
        Object value = scope.getVariable(UNIT_CODE);
        if (!(value instanceof String code)) {
            throw new IllegalStateException("Variable " + UNIT_CODE + " is missing or not text: " + value);
        }
        return code;
    }

    static int round(VariableScope scope) {
        return number(scope, ROUND).intValue();
    }

    static long reportId(VariableScope scope) {
        return number(scope, REPORT_ID).longValue();
    }

    private static Number number(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("Variable " + name + " is missing or not a number: " + value);
        }
        return number;
    }
}
