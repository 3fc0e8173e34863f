package com.targetflow.inspections;

import com.targetflow.forms.Submitted;
import com.targetflow.forms.TaskInput;
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
        TaskInput input = new TaskInput();
        ChecklistTicked checklist = ChecklistReading.read(
                inspections.inspection(InspectionVariables.inspectionId(task)),
                name -> Submitted.value(task, name),
                input);
        input.check();
        var result = inspections.check(checklist);
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
