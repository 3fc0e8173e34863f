package com.targetflow.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_TellDistrictLeaders: the ladder's last step. */
@Component
public class TellDistrictLeadersDelegate implements JavaDelegate {

    private final EscalationService escalation;

    TellDistrictLeadersDelegate(EscalationService escalation) {
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalation.tellDistrictLeaders(EscalationVariables.watchId(execution));
    }
}
