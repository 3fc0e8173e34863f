package com.targetflow.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.context.MessageSource;

/**
 * engine-rest's refusals of a caller's request (a variable of the wrong type, a task that does not
 * exist) in the caller's language: a sentence of ours before Camunda's own detail, which names the
 * variable or value at fault. A task that is gone is 404, as for the app's API, not Camunda's 500.
 * Camunda's error format ({"type", "message", "code"}) is kept for its clients.
 */
public class EngineRestErrorMapper implements ExtendedExceptionMapper<RestException> {

    private final MessageSource messages;

    @Context
    private HttpHeaders headers;

    EngineRestErrorMapper(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public boolean isMappable(RestException exception) {
        return InvalidInputMapper.refusal(exception) == null
                && EngineRestForbiddenMapper.forbidden(exception) == null
                && (gone(exception)
                        || exception.getStatus() != null
                                && exception.getStatus().getStatusCode() / 100 == 4);
    }

    @Override
    public Response toResponse(RestException exception) {
        boolean gone = gone(exception);
        return answer(
                messages,
                headers,
                gone ? 404 : exception.getStatus().getStatusCode(),
                gone ? "NotFound" : exception.getClass().getSimpleName().replace("Exception", ""),
                exception);
    }

    /** Our sentence in the caller's language, then Camunda's detail, in Camunda's error format. */
    static Response answer(MessageSource messages, HttpHeaders headers, int status, String type, Throwable exception) {
        Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty()
                ? Locale.SIMPLIFIED_CHINESE
                : headers.getAcceptableLanguages().get(0);
        String lead = messages.getMessage(
                status == 404 ? "error.engine-rest.gone" : "error.engine-rest.refused", null, locale);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", lead + " " + detail(exception.getMessage()));
        body.put("code", 0);
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }

    static boolean gone(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof NullValueException) {
                return true;
            }
        }
        return exception.getMessage() != null && exception.getMessage().contains("Cannot find task with id");
    }

    /** Camunda's sentence without the Java class names it sometimes carries. */
    static String detail(String message) {
        return message == null
                ? ""
                : message.replaceAll("java type java\\.[a-z.]+\\.", "type ").replaceAll("\\bjava\\.lang\\.", "");
    }
}
