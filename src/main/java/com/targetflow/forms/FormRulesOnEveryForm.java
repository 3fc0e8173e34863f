package com.targetflow.forms;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every user task with a Camunda Form (camunda:formRef) checks its form's rules on completion — put on
 * the task when a model is deployed, so a new task drawn in Modeler with a form is checked without a
 * listener in its XML. It is a built-in listener: it runs before the task's own complete listeners, so
 * a refused completion changes nothing. (Parse listeners are the engine's own extension point; it has
 * no public one for this: see "How TargetFlow follows its engine" in the README.)
 */
@Component
class FormRulesOnEveryForm extends AbstractProcessEnginePlugin {

    private final ObjectProvider<FormRulesListener> rules;

    FormRulesOnEveryForm(ObjectProvider<FormRulesListener> rules) {
        this.rules = rules;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        List<BpmnParseListener> listeners = engine.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(engine.getCustomPostBPMNParseListeners());
        // Looked up when a task completes: the listener's own beans need the engine this plugin configures.
        TaskListener checkTheForm = task -> rules.getObject().notify(task);
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                if (userTask.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef") != null
                        && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, checkTheForm);
                }
            }
        });
        engine.setCustomPostBPMNParseListeners(listeners);
    }
}
