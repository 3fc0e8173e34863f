package com.targetflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.targetflow.domain.InvalidInput;
import java.util.Locale;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * For tests that complete a task through the Java API: the call must be refused for its input (the
 * refusal anywhere in the cause chain, as the engine wraps a listener's), and what a Chinese reader
 * would be told is what the assertions read.
 */
public final class InputRefused {

    private InputRefused() {}

    public static AbstractStringAssert<?> assertThatRefusalOf(InputRefusalText text, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("refused for its input").isNotNull();
        InvalidInput refused = InvalidInputMapper.refusal(thrown);
        assertThat(refused)
                .as("an InvalidInput in the cause chain of " + thrown)
                .isNotNull();
        return assertThat(text.of(refused, Locale.SIMPLIFIED_CHINESE));
    }
}
