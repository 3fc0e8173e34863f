package com.targetflow.inspections;

import com.targetflow.models.FacilityInspectionModel;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordResult / Task_RecordReinspection: the decision's outcome kept with the visit, the
 * facility's status updated; "outcome" and the count of failed re-inspections go on for the gateways.
 */
@Component
public class RecordResultDelegate implements JavaDelegate {

    private final InspectionService inspections;

    RecordResultDelegate(InspectionService inspections) {
        this.inspections = inspections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, Object> decision =
                (Map<String, Object>) execution.getVariable(FacilityInspectionModel.VAR_DECISION);
        InspectionOutcome outcome = InspectionOutcome.valueOf((String) decision.get("outcome"));
        Integer days = decision.get("rectifyDays") == null ? null : ((Number) decision.get("rectifyDays")).intValue();
        long inspectionId = InspectionVariables.inspectionId(execution);
        inspections.decide(inspectionId, outcome, days);
        execution.setVariableLocal(FacilityInspectionModel.VAR_OUTCOME, outcome.name());
        int failedReinspections = execution.hasVariableLocal(FacilityInspectionModel.VAR_FAILED_REINSPECTIONS)
                ? ((Number) execution.getVariableLocal(FacilityInspectionModel.VAR_FAILED_REINSPECTIONS)).intValue()
                : 0;
        if (inspections.inspection(inspectionId).getVisit() > 1 && outcome != InspectionOutcome.PASS) {
            failedReinspections++;
        }
        execution.setVariableLocal(FacilityInspectionModel.VAR_FAILED_REINSPECTIONS, failedReinspections);
    }
}
