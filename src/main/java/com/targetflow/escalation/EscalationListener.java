package com.targetflow.escalation;

import com.targetflow.forms.Completer;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.organisation.Unit;
import com.targetflow.organisation.Units;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * The escalation ladder on a task that a unit must do. In the model, each such task carries this
 * listener for four events: "create" starts the ladder (and moves a due date off a holiday),
 * "update" restarts it when the due date is changed in the task list, "complete" and "delete"
 * stop it.
 */
@Component
public class EscalationListener implements TaskListener {

    private final EscalationService escalation;
    private final Units units;
    private final People people;
    private final IdentityService identity;

    EscalationListener(EscalationService escalation, Units units, People people, IdentityService identity) {
        this.escalation = escalation;
        this.units = units;
        this.people = people;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE ->
                escalation
                        .watch(
                                task.getId(),
                                task.getProcessInstanceId(),
                                task.getTaskDefinitionKey(),
                                task.getName(),
                                unitOf(task),
                                task.getDueDate())
                        .ifPresent(due -> {
                            if (!due.equals(task.getDueDate())) {
                                task.setDueDate(due);
                            }
                        });
            case EVENTNAME_UPDATE -> escalation.dueDateChanged(task.getId(), task.getDueDate(), signedIn());
            case EVENTNAME_COMPLETE -> escalation.finished(task.getId(), true, Completer.of(task, identity));
            case EVENTNAME_DELETE -> escalation.finished(task.getId(), false, null);
            default -> {}
        }
    }

    private String signedIn() {
        return identity.getCurrentAuthentication() == null
                ? null
                : identity.getCurrentAuthentication().getUserId();
    }

    /** The unit whose task it is: the unit among its candidate groups, or else its assignee's. */
    private Unit unitOf(DelegateTask task) {
        return task.getCandidates().stream()
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .map(units::findByCodeWithoutFlush)
                .flatMap(Optional::stream)
                .findFirst()
                .orElseGet(() -> task.getAssignee() == null
                        ? null
                        : people.findByUsername(task.getAssignee())
                                .map(Person::getUnit)
                                .orElse(null));
    }
}
