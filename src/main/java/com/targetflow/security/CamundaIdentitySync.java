package com.targetflow.security;

import com.targetflow.organisation.PersonChanged;
import com.targetflow.organisation.PersonRole;
import com.targetflow.organisation.UnitChanged;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps Camunda's users and groups in step with the organisation register, in the same
 * transaction: a person is a user, a unit is a group (so a task for a unit is a task for its
 * group), and each role is a group too.
 */
@Component
class CamundaIdentitySync {

    private final IdentityService identity;
    private final RoleGroups roleGroups;

    CamundaIdentitySync(IdentityService identity, RoleGroups roleGroups) {
        this.identity = identity;
        this.roleGroups = roleGroups;
    }

    @EventListener
    void unitChanged(UnitChanged unit) {
        Group group = identity.createGroupQuery().groupId(unit.code()).singleResult();
        if (group == null) {
            group = identity.newGroup(unit.code());
        }
        group.setName(unit.name());
        group.setType(CamundaGroups.TYPE_UNIT);
        identity.saveGroup(group);
    }

    @EventListener
    void personChanged(PersonChanged person) {
        User user = identity.createUserQuery().userId(person.username()).singleResult();
        if (user == null) {
            user = identity.newUser(person.username());
        }
        // Camunda shows "first last"; a Chinese name is written whole, so it goes in one field.
        user.setFirstName(person.name());
        user.setLastName("");
        user.setEmail(person.email());
        if (person.newPassword() != null) {
            user.setPassword(person.newPassword());
        }
        identity.saveUser(user);
        syncMemberships(person.username(), person.unitCode(), person.role());
    }

    private void syncMemberships(String userId, String unitCode, PersonRole role) {
        roleGroups.ensure(role);
        Set<String> wanted = Set.of(unitCode, role.groupId());
        Set<String> managed = identity.createGroupQuery().groupMember(userId).list().stream()
                .filter(g -> CamundaGroups.TYPE_UNIT.equals(g.getType())
                        || CamundaGroups.TYPE_ROLE.equals(g.getType())
                        || PersonRole.ADMINISTRATOR.groupId().equals(g.getId()))
                .map(Group::getId)
                .collect(Collectors.toSet());
        for (String stale : managed) {
            if (!wanted.contains(stale)) {
                identity.deleteMembership(userId, stale);
            }
        }
        Set<String> missing = new HashSet<>(wanted);
        missing.removeAll(managed);
        for (String groupId : missing) {
            identity.createMembership(userId, groupId);
        }
    }
}
