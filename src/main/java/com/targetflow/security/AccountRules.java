package com.targetflow.security;

import com.targetflow.security.GuardedService.Decision;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Accounts follow the organisation register: a person's name and e-mail come from it, and only
 * administrators create, delete or rename users or manage groups, memberships and tenants.
 * Everyone may change their own password. (Camunda grants every user all rights on their own
 * account, deleting it included; this rule is what keeps them to the password.)
 */
final class AccountRules implements GuardedService.Rule {

    private static final Set<String> SESSION = Set.of(
            "setAuthentication",
            "setAuthenticatedUserId",
            "clearAuthentication",
            "checkPassword",
            "checkPasswordAgainstPolicy",
            "isReadOnly");

    private final IdentityService identity;
    private final EngineRefusals refusals;

    AccountRules(IdentityService unguardedIdentity, EngineRefusals refusals) {
        this.identity = unguardedIdentity;
        this.refusals = refusals;
    }

    @Override
    public Decision check(EngineCaller caller, String method, Object[] args) {
        if (method.startsWith("get")
                || method.startsWith("new")
                || method.startsWith("create") && method.endsWith("Query")
                || SESSION.contains(method)
                || caller.isAdministrator()) {
            return Decision.PROCEED;
        }
        if ("saveUser".equals(method)
                && args[0] instanceof User user
                && caller.userId().equals(user.getId())) {
            User saved = identity.createUserQuery().userId(user.getId()).singleResult();
            if (saved != null
                    && Objects.equals(saved.getFirstName(), user.getFirstName())
                    && Objects.equals(saved.getLastName(), user.getLastName())
                    && Objects.equals(saved.getEmail(), user.getEmail())) {
                return Decision.PROCEED;
            }
            throw refusals.forbidden("engine.guard.account.profile");
        }
        throw refusals.forbidden("engine.guard.account.administrators");
    }
}
