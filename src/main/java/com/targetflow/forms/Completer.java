package com.targetflow.forms;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who completes a task: the signed-in user, else its assignee, else "system" (e.g. a test). */
public final class Completer {

    private Completer() {}

    public static String of(DelegateTask task, IdentityService identity) {
        if (identity.getCurrentAuthentication() != null) {
            return identity.getCurrentAuthentication().getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }
}
