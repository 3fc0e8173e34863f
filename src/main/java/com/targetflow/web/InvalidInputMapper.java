package com.targetflow.web;

import com.targetflow.domain.InvalidInput;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * engine-rest answers a task completion refused for its input with 400 and every problem named in
 * the caller's language, as Camunda answers its own BadUserRequestException. The engine wraps what a
 * task listener throws, and engine-rest wraps some of that again, so the cause chain is searched; one
 * mapper per type that reaches engine-rest's mappers. Registered with a high rank (see
 * EngineRestConfig), each is chosen for the exceptions it declares mappable; every other error stays
 * with Camunda's.
 */
public abstract class InvalidInputMapper<T extends Throwable> implements ExtendedExceptionMapper<T> {

    /** The answer's "type": the name clients have read since the first round. */
    static final String TYPE = "TaskInputException";

    private final InputRefusalText text;

    InvalidInputMapper(InputRefusalText text) {
        this.text = text;
    }

    /** For refusals the engine wrapped in its own exception (a task listener's). */
    static final class Wrapped extends InvalidInputMapper<ProcessEngineException> {
        Wrapped(InputRefusalText text) {
            super(text);
        }
    }

    /** For refusals engine-rest wrapped in a RestException (task complete, submit-form). */
    static final class Rest extends InvalidInputMapper<RestException> {
        Rest(InputRefusalText text) {
            super(text);
        }
    }

    /** For refusals that reach engine-rest as they were thrown. */
    static final class Direct extends InvalidInputMapper<InvalidInput> {
        Direct(InputRefusalText text) {
            super(text);
        }
    }

    @Override
    public boolean isMappable(T exception) {
        return refusal(exception) != null;
    }

    @Override
    public Response toResponse(T exception) {
        InvalidInput refused = refusal(exception);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE);
        body.put("message", text.of(refused));
        body.put("fields", refused.fields());
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }

    static InvalidInput refusal(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof InvalidInput refused) {
                return refused;
            }
        }
        return null;
    }
}
