package com.targetflow.targets;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing 处理异议: the manager's answer to each objected target ("resolutions"). */
@Component
public class ResolveObjectionListener implements TaskListener {

    private final UnitTargetsService service;

    ResolveObjectionListener(UnitTargetsService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.resolve(UnitProcessVariables.planId(task), UnitProcessVariables.unitCode(task),
                task.getVariable("resolutions"));
        task.getExecution().removeVariable("resolutions");
    }
}
