package com.targetflow.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * engine-rest answers a task completion refused for its input with 400 and the refusal's message,
 * as Camunda does for its own BadUserRequestException. The engine wraps an exception thrown by a
 * task listener, so the cause chain is searched. Registered with a high rank (see EngineRestConfig),
 * it is chosen for the exceptions it declares mappable; every other error stays with Camunda's.
 */
public class TaskInputExceptionMapper implements ExtendedExceptionMapper<ProcessEngineException> {

    @Override
    public boolean isMappable(ProcessEngineException exception) {
        return refusal(exception) != null;
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
        return respond(refusal(exception));
    }

    Response respond(TaskInputException refused) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "TaskInputException");
        body.put("message", refused.getMessage());
        body.put("fields", refused.fields());
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }

    static TaskInputException refusal(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof TaskInputException refused) {
                return refused;
            }
        }
        return null;
    }
}
