package com.targetflow.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Lets a unit read its own process instance, and no other unit. Every process that runs for a
 * unit names it in the variable {@value #UNIT_VARIABLE} and calls this listener on its start event:
 * {@code camunda:executionListener event="start" delegateExpression="${unitProcessAccessListener}"}.
 * (Tasks need nothing: the engine grants a candidate group its tasks by itself.)
 */
@Component
public class UnitProcessAccessListener implements ExecutionListener {

    public static final String UNIT_VARIABLE = "unitCode";

    private final AuthorizationService authorizations;
    private final AsSystem asSystem;

    UnitProcessAccessListener(AuthorizationService authorizations, AsSystem asSystem) {
        this.authorizations = authorizations;
        this.asSystem = asSystem;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!(execution.getVariable(UNIT_VARIABLE) instanceof String unitCode) || unitCode.isBlank()) {
            throw new IllegalStateException("A unit process started without the variable " + UNIT_VARIABLE);
        }
        String instanceId = execution.getProcessInstanceId();
        // The starter (a manager) may not create authorizations; the grant is the system's.
        asSystem.run(() -> {
            if (authorizations
                            .createAuthorizationQuery()
                            .groupIdIn(unitCode)
                            .resourceType(Resources.PROCESS_INSTANCE)
                            .resourceId(instanceId)
                            .count()
                    > 0) {
                return;
            }
            Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            read.setGroupId(unitCode);
            read.setResource(Resources.PROCESS_INSTANCE);
            read.setResourceId(instanceId);
            read.addPermission(ProcessInstancePermissions.READ);
            authorizations.saveAuthorization(read);
        });
    }
}
