package com.targetflow.web;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A task completion refused for its input. Thrown inside the engine's transaction, so the task
 * stays open and nothing is saved; engine-rest answers a BadUserRequestException with 400.
 * The message is already in the user's language and names each bad field.
 */
public class TaskInputException extends BadUserRequestException {

    private final List<String> fields;

    public TaskInputException(String message, List<String> fields) {
        super(message);
        this.fields = List.copyOf(fields);
    }

    public List<String> fields() {
        return fields;
    }
}
