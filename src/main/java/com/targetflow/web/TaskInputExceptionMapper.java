package com.targetflow.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * engine-rest answers a task completion refused for its input with 400 and the refusal's message,
 * as Camunda does for its own BadUserRequestException. The engine wraps an exception thrown by a
 * task listener, so the cause chain is searched; every other error goes to Camunda's own handler.
 */
@Priority(1)
public class TaskInputExceptionMapper implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof TaskInputException refused) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", "TaskInputException");
                body.put("message", refused.getMessage());
                body.put("fields", refused.fields());
                return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
            }
        }
        return camunda.toResponse(exception);
    }
}
