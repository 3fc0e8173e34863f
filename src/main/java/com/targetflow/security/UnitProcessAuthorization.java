package com.targetflow.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a process instance starts for a unit (it carries the variable {@value #UNIT_VARIABLE}),
 * the unit's group may read that instance, and no other unit may.
 */
@Component
class UnitProcessAuthorization {

    static final String UNIT_VARIABLE = "unitCode";

    private final AuthorizationService authorizations;
    private final IdentityService identity;

    UnitProcessAuthorization(AuthorizationService authorizations, IdentityService identity) {
        this.authorizations = authorizations;
        this.identity = identity;
    }

    @EventListener(condition = "#execution.eventName == 'start'")
    public void processStarted(DelegateExecution execution) {
        if (!(execution.getBpmnModelElementInstance() instanceof Process)
                || !(execution.getVariable(UNIT_VARIABLE) instanceof String unitCode)) {
            return;
        }
        // The user who started the instance (a manager) may not create authorizations; the grant is
        // the system's, so it is made without the user's authentication and then it is restored.
        Authentication starter = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            read.setGroupId(unitCode);
            read.setResource(Resources.PROCESS_INSTANCE);
            read.setResourceId(execution.getProcessInstanceId());
            read.addPermission(ProcessInstancePermissions.READ);
            authorizations.saveAuthorization(read);
        } finally {
            if (starter != null) {
                identity.setAuthentication(starter);
            }
        }
    }
}
