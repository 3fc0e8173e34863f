package com.targetflow.escalation;

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
 * The escalation ladder watches every user task its model marks with the property
 * {@code <camunda:property name="escalation" value="watched"/>}: its warning light, 提醒, 催办 and 督办
 * follow the task from creation to its end, after the task's own listeners (which name it first). A new
 * unit task drawn in Modeler is watched by adding that one property.
 */
@Component
class WatchMarkedTasks extends AbstractProcessEnginePlugin {

    static final String PROPERTY = "escalation";
    static final String WATCHED = "watched";
    private static final List<String> EVENTS = List.of(
            TaskListener.EVENTNAME_CREATE,
            TaskListener.EVENTNAME_UPDATE,
            TaskListener.EVENTNAME_COMPLETE,
            TaskListener.EVENTNAME_DELETE);

    private final ObjectProvider<EscalationListener> escalation;

    WatchMarkedTasks(ObjectProvider<EscalationListener> escalation) {
        this.escalation = escalation;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        List<BpmnParseListener> listeners = engine.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(engine.getCustomPostBPMNParseListeners());
        // Looked up when a task is created: the listener's own beans need the engine this plugin configures.
        TaskListener watch = task -> escalation.getObject().notify(task);
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                if (WATCHED.equals(property(userTask, PROPERTY))
                        && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    EVENTS.forEach(event -> behavior.getTaskDefinition().addTaskListener(event, watch));
                }
            }
        });
        engine.setCustomPostBPMNParseListeners(listeners);
    }

    /** The value of one of the element's camunda:properties, or null. */
    static String property(Element element, String name) {
        Element extensions = element.element("extensionElements");
        Element properties =
                extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return null;
        }
        return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
                .filter(p -> name.equals(p.attribute("name")))
                .map(p -> p.attribute("value"))
                .findFirst()
                .orElse(null);
    }
}
