package com.targetflow.web;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Camunda's engine-rest resources, plus our answers to task completions refused for their input
 * and to other requests refused as the caller's mistake, in the caller's language.
 */
@Component
class EngineRestConfig extends CamundaJerseyResourceConfig {

    private final MessageSource messages;
    private final InputRefusalText refusals;

    EngineRestConfig(MessageSource messages, InputRefusalText refusals) {
        this.messages = messages;
        this.refusals = refusals;
    }

    @Override
    protected void registerAdditionalResources() {
        // A rank below Jersey's default (5000) makes ours win over Camunda's mapper of the same
        // exception type, for the exceptions it declares mappable; the rest stay with Camunda's.
        register(new InvalidInputMapper.Wrapped(refusals), 1);
        register(new InvalidInputMapper.Rest(refusals), 1);
        register(new InvalidInputMapper.Direct(refusals), 1);
        register(new EngineRestForbiddenMapper.Direct(messages), 1);
        register(new EngineRestForbiddenMapper.Wrapped(messages), 1);
        register(new EngineRestErrorMapper(messages), 1);
        register(new EngineRestNullValueMapper(messages), 1);
        register(new EngineRestJsonErrorMapper.Unparsable(messages), 1);
        register(new EngineRestJsonErrorMapper.Unmappable(messages), 1);
    }
}
