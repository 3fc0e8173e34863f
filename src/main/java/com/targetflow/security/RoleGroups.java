package com.targetflow.security;

import com.targetflow.organisation.PersonRole;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Creates the Camunda group of a role the first time someone has that role. */
@Component
class RoleGroups {

    private final IdentityService identity;
    private final MessageSource messages;

    RoleGroups(IdentityService identity, MessageSource messages) {
        this.identity = identity;
        this.messages = messages;
    }

    void ensure(PersonRole role) {
        if (identity.createGroupQuery().groupId(role.groupId()).count() > 0) {
            return;
        }
        Group group = identity.newGroup(role.groupId());
        // Group names are data shown in Camunda Admin; they are written in Chinese, the office's language.
        group.setName(messages.getMessage("role." + role.name(), null, role.name(), Locale.SIMPLIFIED_CHINESE));
        group.setType(role == PersonRole.ADMINISTRATOR ? "SYSTEM" : CamundaGroups.TYPE_ROLE);
        identity.saveGroup(group);
    }
}
