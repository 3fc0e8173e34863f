package com.targetflow.escalation;

import com.targetflow.forms.Completer;
import com.targetflow.forms.Submitted;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing 督办: the decision read and checked; it goes on as typed variables, the raw form values go. */
@Component
public class SuperviseListener implements TaskListener {

    private static final String[] FORM_FIELDS = {"decision", "newDueDate", "extensionReason", "newAssignee", "notice"};

    private final Supervision supervision;
    private final IdentityService identity;

    SuperviseListener(Supervision supervision, IdentityService identity) {
        this.supervision = supervision;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        Supervision.Decided decided =
                supervision.read(EscalationVariables.watchId(task), name -> Submitted.value(task, name));
        DelegateExecution execution = task.getExecution();
        for (String field : FORM_FIELDS) {
            execution.removeVariable(field);
        }
        execution.setVariable(EscalationVariables.DECISION, decided.decision().name());
        execution.setVariable(EscalationVariables.EXTEND_TO, decided.extendTo());
        execution.setVariable(EscalationVariables.REASON, decided.reason());
        execution.setVariable(EscalationVariables.REASSIGN_TO, decided.reassignTo());
        execution.setVariable(EscalationVariables.DECIDED_BY, Completer.of(task, identity));
    }
}
