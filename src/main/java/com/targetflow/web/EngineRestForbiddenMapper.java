package com.targetflow.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.context.MessageSource;

/**
 * engine-rest's 403, in the caller's language and Camunda's error format: the engine guard's
 * refusal says it all itself; the engine's own refusal is told in the caller's language from the
 * permissions it names (MissingPermissions), or, where it names none (an administrator's task),
 * with Camunda's own sentence after ours. One mapper per exception type that reaches engine-rest's
 * mappers (its own RestException wraps some).
 */
public abstract class EngineRestForbiddenMapper<T extends Throwable> implements ExtendedExceptionMapper<T> {

    private final MessageSource messages;

    @Context
    private HttpHeaders headers;

    EngineRestForbiddenMapper(MessageSource messages) {
        this.messages = messages;
    }

    /** For refusals that reach engine-rest as they were thrown. */
    static final class Direct extends EngineRestForbiddenMapper<ProcessEngineException> {
        Direct(MessageSource messages) {
            super(messages);
        }
    }

    /** For refusals that engine-rest wrapped in a RestException. */
    static final class Wrapped extends EngineRestForbiddenMapper<RestException> {
        Wrapped(MessageSource messages) {
            super(messages);
        }
    }

    @Override
    public boolean isMappable(T exception) {
        return forbidden(exception) != null;
    }

    @Override
    public Response toResponse(T exception) {
        AuthorizationException forbidden = forbidden(exception);
        String message = forbidden.getMessage();
        if (!(forbidden instanceof EngineApiRefusal)) {
            Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty()
                    ? Locale.SIMPLIFIED_CHINESE
                    : headers.getAcceptableLanguages().get(0);
            String needed = MissingPermissions.of(forbidden, messages, locale);
            message = needed != null
                    ? needed
                    : messages.getMessage("error.engine-rest.forbidden", null, locale) + " " + message;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "AuthorizationException");
        body.put("message", message);
        return Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }

    static AuthorizationException forbidden(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof AuthorizationException refused) {
                return refused;
            }
        }
        return null;
    }
}
