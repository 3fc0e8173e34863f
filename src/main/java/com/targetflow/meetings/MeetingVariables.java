package com.targetflow.meetings;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The typed process variables of secretary-meeting: ids and decisions, never whole documents. */
final class MeetingVariables {

    private MeetingVariables() {
    }

    static long meetingId(VariableScope scope) {
        return ((Number) scope.getVariable(MeetingService.MEETING_ID)).longValue();
    }

    static long actionItemId(VariableScope scope) {
        return ((Number) scope.getVariable("actionItemId")).longValue();
    }

    static java.util.Date lastReminderAt(VariableScope scope) {
        return (java.util.Date) scope.getVariable(MeetingService.LAST_REMINDER_AT);
    }
}
