package com.targetflow.targets;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who completes a task: the signed-in user, else its assignee, else "system" (e.g. a test). */
final class Completer {

    private Completer() {
    }

    static String of(DelegateTask task, IdentityService identity) {
        if (identity.getCurrentAuthentication() != null) {
            return identity.getCurrentAuthentication().getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }
}
