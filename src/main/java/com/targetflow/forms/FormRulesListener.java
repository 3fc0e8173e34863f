package com.targetflow.forms;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing any task with a Camunda Form: the rules of the task's own .form file, checked on
 * the server, whoever completes it (Tasklist, engine-rest, Java API). It comes first among a task's
 * complete listeners, so a refused completion changes nothing.
 */
@Component
public class FormRulesListener implements TaskListener {

    private final FormService forms;

    FormRulesListener(FormService forms) {
        this.forms = forms;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = new TaskInput();
        FormRules.read(forms.getDeployedTaskForm(task.getId())).check(name -> readable(task, name, input), input);
        input.check();
    }

    /** A JSON variable sent through engine-rest may not parse: that is the caller's mistake, named as such. */
    private static Object readable(DelegateTask task, String name, TaskInput input) {
        try {
            return Submitted.value(task, name);
        } catch (ProcessEngineException unreadable) {
            input.unreadable(name);
            return null;
        }
    }
}
