package com.targetflow.inspections;

import com.targetflow.forms.Submitted;
import com.targetflow.forms.TaskInput;
import com.targetflow.models.EscalateToDistrictForm;
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
        TaskInput input = new TaskInput();
        String decision = input.text(
                EscalateToDistrictForm.ESCALATION,
                Submitted.value(task, EscalateToDistrictForm.ESCALATION),
                true,
                2000);
        input.check();
        inspections.escalate(InspectionVariables.inspectionId(task), decision);
        if (task.getExecution().hasVariable(EscalateToDistrictForm.ESCALATION)
                && !task.getExecution().hasVariableLocal(EscalateToDistrictForm.ESCALATION)) {
            task.getExecution().removeVariable(EscalateToDistrictForm.ESCALATION);
        }
    }
}
