package com.targetflow.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The problems found with one submission, gathered while it is read at the edge and while its
 * rules are checked in the service, so that the user is told every one of them at once and
 * nothing is saved while any remains.
 */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();
    private Named about;

    public void add(String field, String key, Object... args) {
        found.add(new Problem(field, key, Arrays.asList(args), about));
    }

    /** The problems added from here on are about this thing (a target's indicator), until about(null). */
    public void about(Named thing) {
        this.about = thing;
    }

    /** Whether the field already has a problem (a rule need not add a second one to it). */
    public boolean has(String field) {
        return found.stream().anyMatch(p -> p.field().equals(field));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Refuses the submission, naming every problem, if there is any. */
    public void check() {
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
    }
}
