package com.targetflow.security;

import com.targetflow.organisation.PersonRole;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Whoever the engine is working for in this call, as the engine's own authentication names them. */
record EngineCaller(String userId, List<String> groupIds, List<String> tenantIds) {

    static EngineCaller of(Authentication authentication) {
        return new EngineCaller(
                authentication.getUserId(),
                authentication.getGroupIds() == null ? List.of() : List.copyOf(authentication.getGroupIds()),
                authentication.getTenantIds() == null ? List.of() : List.copyOf(authentication.getTenantIds()));
    }

    boolean isAdministrator() {
        return groupIds.contains(PersonRole.ADMINISTRATOR.groupId());
    }

    /** District managers: the district's fields of a task (due date, assignment, …) are theirs. */
    boolean isManager() {
        return isAdministrator() || groupIds.contains(PersonRole.MANAGER.groupId());
    }
}
