package com.targetflow.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One thing wrong with a submission: the field at fault (a path such as {@code values[2].value},
 * to mark it on the form), a message key with its arguments, and the thing the field's row is about
 * (an indicator), if it is in a list, to name it as the form shows it.
 */
public record Problem(String field, String key, List<Object> args, Named about) {

    public Problem {
        // A message argument may be null ("no value"): List.copyOf would refuse it.
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }
}
