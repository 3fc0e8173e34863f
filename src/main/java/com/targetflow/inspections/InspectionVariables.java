package com.targetflow.inspections;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of facility-inspection. Everything about one facility lives on its own instance of
 * the multi-instance sub-process (set locally), so that the facilities of a round never mix.
 */
final class InspectionVariables {

    static final String INSPECTION_ID = "inspectionId";
    static final String UNIT_CODE = "unitCode";

    private InspectionVariables() {}

    static long roundId(VariableScope scope) {
        return ((Number) scope.getVariable("roundId")).longValue();
    }

    static long facilityId(VariableScope scope) {
        return ((Number) scope.getVariable("facilityId")).longValue();
    }

    static long inspectionId(VariableScope scope) {
        return ((Number) scope.getVariable(INSPECTION_ID)).longValue();
    }
}
