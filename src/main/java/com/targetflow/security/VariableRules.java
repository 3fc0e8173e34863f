package com.targetflow.security;

import com.targetflow.security.GuardedService.Decision;
import java.util.regex.Pattern;

/**
 * Process-instance and execution variables are written by the processes and by completing a
 * task's form: through the RuntimeService only administrators write them (Cockpit, engine-rest).
 * Everything else the RuntimeService does is left to the engine's authorizations.
 */
final class VariableRules implements GuardedService.Rule {

    private static final Pattern VARIABLE_WRITE = Pattern.compile("(set|remove)Variables?(Local|Async)?");

    private final EngineRefusals refusals;

    VariableRules(EngineRefusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public Decision check(EngineCaller caller, String method, Object[] args) {
        if (VARIABLE_WRITE.matcher(method).matches() && !caller.isAdministrator()) {
            throw refusals.forbidden("engine.guard.variables");
        }
        return Decision.PROCEED;
    }
}
