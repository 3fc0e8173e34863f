package com.targetflow.inspections;

import com.targetflow.forms.Submitted;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing 现场检查 / 复查: the checklist saved; the decision's inputs (failed items, hazard) set for this facility. */
@Component
public class InspectFacilityListener implements TaskListener {

    private final InspectionService inspections;

    InspectFacilityListener(InspectionService inspections) {
        this.inspections = inspections;
    }

    @Override
    public void notify(DelegateTask task) {
        var result = inspections.check(InspectionVariables.inspectionId(task), name -> Submitted.value(task, name));
        var scope = task.getExecution();
        for (String name : Checklist.allKeys()) {
            if (scope.hasVariable(name) && !scope.hasVariableLocal(name)) {
                scope.removeVariable(name);
            }
        }
        scope.setVariableLocal("failedItems", result.failedItems());
        scope.setVariableLocal("seriousFailure", result.hazard());
    }
}
