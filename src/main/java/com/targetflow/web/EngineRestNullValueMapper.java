package com.targetflow.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.context.MessageSource;

/**
 * The engine's "null value" refusals on engine-rest calls that do not wrap them in their own
 * (delegate, resolve, assignee, identity links …), which Camunda answers with 500: a task that is
 * gone is 404, a value the call left out is 400 — in the caller's language, as
 * {@link EngineRestErrorMapper} answers the calls that do wrap them.
 */
public class EngineRestNullValueMapper implements ExtendedExceptionMapper<ProcessEngineException> {

    private final MessageSource messages;

    @Context
    private HttpHeaders headers;

    EngineRestNullValueMapper(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public boolean isMappable(ProcessEngineException exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof NullValueException) {
                return EngineRestForbiddenMapper.forbidden(exception) == null
                        && InvalidInputMapper.refusal(exception) == null;
            }
        }
        return false;
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
        boolean gone = exception.getMessage() != null && exception.getMessage().contains("Cannot find");
        return EngineRestErrorMapper.answer(
                messages, headers, gone ? 404 : 400, gone ? "NotFound" : "InvalidRequest", exception);
    }
}
