package com.targetflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A model's own test (see {@link ModelAlone}): names the model it tests, so that its coverage, once
 * measured, is compared with the figure the README shows for it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// Registered first, closed last: the README is checked once the report is written, then the engine closes.
@ExtendWith({ModelAlone.EngineClosed.class, CoverageInReadme.class})
public @interface ModelTest {

    /** The process key, which is also the model's file name in bpmn/. */
    String value();
}
