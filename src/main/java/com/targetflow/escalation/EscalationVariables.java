package com.targetflow.escalation;

import com.targetflow.models.EscalationModel;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The escalation process's variables: the watched task's id, and a 督办's decision. */
final class EscalationVariables {

    static final String DECISION = EscalationModel.VAR_SUPERVISION_DECISION;
    static final String EXTEND_TO = "extendTo";
    static final String REASON = "supervisionReason";
    static final String REASSIGN_TO = "reassignTo";
    static final String DECIDED_BY = "decidedBy";

    private EscalationVariables() {}

    static long watchId(VariableScope scope) {
        return ((Number) scope.getVariable(EscalationService.WATCH_ID)).longValue();
    }

    static Date extendTo(VariableScope scope) {
        return (Date) scope.getVariable(EXTEND_TO);
    }

    static String reason(VariableScope scope) {
        return (String) scope.getVariable(REASON);
    }

    static String reassignTo(VariableScope scope) {
        return (String) scope.getVariable(REASSIGN_TO);
    }

    static String decidedBy(VariableScope scope) {
        return (String) scope.getVariable(DECIDED_BY);
    }
}
