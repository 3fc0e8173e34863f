package com.targetflow.security;

import com.targetflow.organisation.PersonRole;
import java.util.Optional;

/** Spring Security role names, derived from the role groups. */
final class Roles {

    private Roles() {}

    static Optional<String> roleOfGroup(String groupId) {
        for (PersonRole role : PersonRole.values()) {
            if (role.groupId().equals(groupId)) {
                return Optional.of(
                        switch (role) {
                            case ADMINISTRATOR -> "ADMIN";
                            case MANAGER -> "MANAGER";
                            case DISTRICT_LEADER -> "DISTRICT_LEADER";
                            case INSPECTOR -> "INSPECTOR";
                            case SECRETARY_GENERAL -> "SECRETARY";
                            case UNIT_LEADER -> "UNIT_LEADER";
                        });
            }
        }
        return Optional.empty();
    }
}
