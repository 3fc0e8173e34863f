package com.targetflow.inspections;

import com.targetflow.forms.Completer;
import com.targetflow.forms.Submitted;
import com.targetflow.forms.TaskInput;
import com.targetflow.models.RectifyForm;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing 整改: what the unit did. */
@Component
public class RectifyListener implements TaskListener {

    private final InspectionService inspections;
    private final IdentityService identity;

    RectifyListener(InspectionService inspections, IdentityService identity) {
        this.inspections = inspections;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = new TaskInput();
        String what =
                input.text(RectifyForm.RECTIFICATION, Submitted.value(task, RectifyForm.RECTIFICATION), true, 4000);
        input.check();
        inspections.rectify(InspectionVariables.inspectionId(task), what, Completer.of(task, identity));
        if (task.getExecution().hasVariable(RectifyForm.RECTIFICATION)
                && !task.getExecution().hasVariableLocal(RectifyForm.RECTIFICATION)) {
            task.getExecution().removeVariable(RectifyForm.RECTIFICATION);
        }
    }
}
