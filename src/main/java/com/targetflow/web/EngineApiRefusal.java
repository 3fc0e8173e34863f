package com.targetflow.web;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A call to the engine's API that the engine guard (security.EngineApiGuard) refuses, with its
 * message already in the caller's language. Thrown before the engine does anything, so nothing is
 * written. It is an AuthorizationException, as the engine's own refusals are: engine-rest,
 * Tasklist and the app's own API answer it with 403.
 */
public class EngineApiRefusal extends AuthorizationException {

    public EngineApiRefusal(String message) {
        super(message);
    }
}
