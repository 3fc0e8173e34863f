package com.targetflow.web;

import java.util.List;

/** The body of every error the app's API returns: never a stack trace. */
public record ApiError(int status, String error, String message, List<FieldProblem> fields) {

    public record FieldProblem(String field, String message) {}
}
