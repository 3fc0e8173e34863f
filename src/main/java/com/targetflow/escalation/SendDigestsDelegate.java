package com.targetflow.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendDigests: each morning, today's digests; how many went out is kept with the instance. */
@Component
public class SendDigestsDelegate implements JavaDelegate {

    private final DigestService digests;

    SendDigestsDelegate(DigestService digests) {
        this.digests = digests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("digestsSent", digests.sendDue());
    }
}
