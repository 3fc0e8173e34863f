package com.targetflow.web;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's engine-rest resources, plus our answer to task completions refused for their input. */
@Component
class EngineRestConfig extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        // A rank below Jersey's default (5000) makes ours win over Camunda's mapper of the same
        // exception type, for the exceptions it declares mappable; the rest stay with Camunda's.
        register(TaskInputExceptionMapper.class, 1);
        register(TaskInputRestExceptionMapper.class, 1);
    }
}
