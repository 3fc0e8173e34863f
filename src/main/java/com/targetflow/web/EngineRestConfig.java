package com.targetflow.web;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's engine-rest resources, plus our answer to task completions refused for their input. */
@Component
class EngineRestConfig extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(TaskInputExceptionMapper.class);
        register(TaskInputRestExceptionMapper.class);
    }
}
