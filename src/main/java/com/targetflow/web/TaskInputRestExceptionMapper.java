package com.targetflow.web;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/** The same 400 where engine-rest wraps the refusal in its own RestException (task complete, submit-form). */
public class TaskInputRestExceptionMapper implements ExtendedExceptionMapper<RestException> {

    private final TaskInputExceptionMapper refusals = new TaskInputExceptionMapper();

    @Override
    public boolean isMappable(RestException exception) {
        return TaskInputExceptionMapper.refusal(exception) != null;
    }

    @Override
    public Response toResponse(RestException exception) {
        return refusals.respond(TaskInputExceptionMapper.refusal(exception));
    }
}
