package com.targetflow.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.context.MessageSource;

/**
 * A task that is gone, named by an engine-rest call that does not wrap the engine's exception in
 * its own (delegate, resolve, assignee, identity links …): 404 in the caller's language, as
 * {@link EngineRestErrorMapper} answers the calls that do wrap it, not Camunda's 500.
 */
public class EngineRestGoneMapper implements ExtendedExceptionMapper<ProcessEngineException> {

    private final MessageSource messages;

    @Context
    private HttpHeaders headers;

    EngineRestGoneMapper(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public boolean isMappable(ProcessEngineException exception) {
        return EngineRestErrorMapper.gone(exception) && EngineApiRefusal.in(exception) == null
                && TaskInputExceptionMapper.refusal(exception) == null;
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
        Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty() ? Locale.SIMPLIFIED_CHINESE
                : headers.getAcceptableLanguages().get(0);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "NotFound");
        body.put("message", messages.getMessage("error.engine-rest.gone", null, locale) + " "
                + EngineRestErrorMapper.detail(exception.getMessage()));
        body.put("code", 0);
        return Response.status(404).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
