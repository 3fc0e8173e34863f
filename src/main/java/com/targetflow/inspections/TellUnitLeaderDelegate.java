package com.targetflow.inspections;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_TellUnitLeader: a serious failure (不合格) is told at once to the owning unit's leader. */
@Component
public class TellUnitLeaderDelegate implements JavaDelegate {

    private final InspectionMails mails;

    TellUnitLeaderDelegate(InspectionMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.failedToLeaders(InspectionVariables.inspectionId(execution));
    }
}
