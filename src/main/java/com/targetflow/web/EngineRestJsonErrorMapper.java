package com.targetflow.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * A body sent to engine-rest that is not JSON, or not the JSON a resource reads: 400 in the caller's
 * language, without Jackson's parser positions and class names. Registered once for each of the
 * two exception types Camunda maps itself, so that ours is chosen.
 */
public abstract class EngineRestJsonErrorMapper<T extends JsonProcessingException> implements ExceptionMapper<T> {

    private final MessageSource messages;

    @Context
    private HttpHeaders headers;

    EngineRestJsonErrorMapper(MessageSource messages) {
        this.messages = messages;
    }

    /** For a body that does not parse. */
    static final class Unparsable extends EngineRestJsonErrorMapper<JsonParseException> {
        Unparsable(MessageSource messages) {
            super(messages);
        }
    }

    /** For JSON that does not fit what the resource reads. */
    static final class Unmappable extends EngineRestJsonErrorMapper<JsonMappingException> {
        Unmappable(MessageSource messages) {
            super(messages);
        }
    }

    @Override
    public Response toResponse(T exception) {
        Locale locale = headers == null || headers.getAcceptableLanguages().isEmpty()
                ? Locale.SIMPLIFIED_CHINESE
                : headers.getAcceptableLanguages().get(0);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "InvalidRequest");
        body.put("message", messages.getMessage("error.body.unreadable", null, locale));
        return Response.status(400)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }
}
