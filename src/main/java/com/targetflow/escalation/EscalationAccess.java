package com.targetflow.escalation;

import com.targetflow.domain.Refusal;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Whose late work a person may see: the whole district's for district staff, else their own unit's. */
@Component
@Transactional(readOnly = true)
class EscalationAccess {

    private final EscalationService escalation;
    private final People people;

    EscalationAccess(EscalationService escalation, People people) {
        this.escalation = escalation;
        this.people = people;
    }

    List<WatchedTask> open(Principal principal) {
        Person me = me(principal);
        return escalation.open(me.getRole().seesWholeDistrict() ? null : me.getUnit());
    }

    WatchedTask task(String taskId, Principal principal) {
        WatchedTask task =
                escalation.byTask(taskId).orElseThrow(() -> Refusal.notFound("error.escalation.not-found", taskId));
        Person me = me(principal);
        boolean own = task.getUnit() != null
                && task.getUnit().getId().equals(me.getUnit().getId());
        if (!me.getRole().seesWholeDistrict() && !own) {
            throw Refusal.notFound("error.escalation.not-found", taskId);
        }
        return task;
    }

    private Person me(Principal principal) {
        return people.findByUsername(principal.getName()).orElseThrow(Refusal::forbidden);
    }
}
