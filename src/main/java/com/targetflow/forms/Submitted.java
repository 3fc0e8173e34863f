package com.targetflow.forms;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a completion submitted under a name that the task also uses, task-locally, to prefill its
 * form. Tasklist's form submission overwrites the task-local variable; engine-rest's and the Java
 * API's complete() write to the process instance instead. The latter, when present, is the newer.
 */
public final class Submitted {

    private Submitted() {}

    public static Object value(DelegateTask task, String name) {
        Object fromCompletion = task.getExecution().getVariable(name);
        return fromCompletion != null ? fromCompletion : task.getVariableLocal(name);
    }
}
