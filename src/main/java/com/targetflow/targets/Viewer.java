package com.targetflow.targets;

import com.targetflow.domain.Refusal;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import java.security.Principal;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** Which units' targets and reports the signed-in person may see: all for district staff, else their own. */
@Component
public class Viewer {

    private final People people;

    Viewer(People people) {
        this.people = people;
    }

    public Predicate<String> visibleUnits(Principal principal) {
        Person me = people.findByUsername(principal.getName()).orElseThrow(Refusal::forbidden);
        if (me.getRole().seesWholeDistrict()) {
            return unit -> true;
        }
        String own = me.getUnit().getCode();
        return own::equals;
    }
}
