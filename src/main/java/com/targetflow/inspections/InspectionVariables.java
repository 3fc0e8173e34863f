package com.targetflow.inspections;

import com.targetflow.models.FacilityInspectionModel;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of facility-inspection. Everything about one facility lives on its own instance of
 * the multi-instance sub-process (set locally), so that the facilities of a round never mix.
 */
final class InspectionVariables {

    static final String INSPECTION_ID = FacilityInspectionModel.VAR_INSPECTION_ID;
    static final String UNIT_CODE = FacilityInspectionModel.VAR_UNIT_CODE;

    private InspectionVariables() {}

    static long roundId(VariableScope scope) {
        return ((Number) scope.getVariable(FacilityInspectionModel.VAR_ROUND_ID)).longValue();
    }

    static long facilityId(VariableScope scope) {
        return ((Number) scope.getVariable(FacilityInspectionModel.VAR_FACILITY_ID)).longValue();
    }

    static long inspectionId(VariableScope scope) {
        return ((Number) scope.getVariable(INSPECTION_ID)).longValue();
    }
}
