package com.targetflow.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * engine-rest's answer to a call the engine guard refused: 403 and its message, already in the
 * caller's language, in Camunda's error format (Camunda's own would answer it in English).
 * One mapper per exception type that engine-rest lets through (its own RestException wraps some).
 */
public abstract class EngineApiRefusalMapper<T extends Throwable> implements ExtendedExceptionMapper<T> {

    /** For refusals that reach engine-rest as they were thrown. */
    static final class Direct extends EngineApiRefusalMapper<ProcessEngineException> {
    }

    /** For refusals that engine-rest wrapped in a RestException. */
    static final class Wrapped extends EngineApiRefusalMapper<RestException> {
    }

    @Override
    public boolean isMappable(T exception) {
        return EngineApiRefusal.in(exception) != null;
    }

    @Override
    public Response toResponse(T exception) {
        EngineApiRefusal refusal = EngineApiRefusal.in(exception);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "AuthorizationException");
        body.put("message", refusal.getMessage());
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
