package com.targetflow.inspections;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StartScheduledRounds: the rounds due this month started; how many goes on as "roundsStarted". */
@Component
public class StartScheduledRoundDelegate implements JavaDelegate {

    private final InspectionSchedule schedule;

    StartScheduledRoundDelegate(InspectionSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("roundsStarted", schedule.startRoundsDue().size());
    }
}
