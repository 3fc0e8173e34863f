package com.targetflow.meetings;

import com.targetflow.models.SecretaryMeetingModel;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The typed process variables of secretary-meeting: ids and decisions, never whole documents. */
final class MeetingVariables {

    private MeetingVariables() {}

    static long meetingId(VariableScope scope) {
        return ((Number) scope.getVariable(MeetingService.MEETING_ID)).longValue();
    }

    static long actionItemId(VariableScope scope) {
        return ((Number) scope.getVariable(SecretaryMeetingModel.VAR_ACTION_ITEM_ID)).longValue();
    }

    /**
     * Who a reply task is for: the multi-instance element the engine set from the invitee list. No
     * one can write it (the engine guard refuses variables on the side), so a reply handed to
     * someone else is still recorded for the invitee it was sent to.
     */
    static String invitee(VariableScope scope) {
        return (String) scope.getVariable(SecretaryMeetingModel.VAR_INVITEE);
    }

    static Date lastReminderAt(VariableScope scope) {
        return (Date) scope.getVariable(MeetingService.LAST_REMINDER_AT);
    }
}
