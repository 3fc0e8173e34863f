package com.targetflow.inspections;

import com.targetflow.forms.Submitted;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing 督办 (after the second failed re-inspection): the district's decision. */
@Component
public class EscalateInspectionListener implements TaskListener {

    private final InspectionService inspections;

    EscalateInspectionListener(InspectionService inspections) {
        this.inspections = inspections;
    }

    @Override
    public void notify(DelegateTask task) {
        inspections.escalate(InspectionVariables.inspectionId(task), Submitted.value(task, "escalation"));
        if (task.getExecution().hasVariable("escalation") && !task.getExecution().hasVariableLocal("escalation")) {
            task.getExecution().removeVariable("escalation");
        }
    }
}
