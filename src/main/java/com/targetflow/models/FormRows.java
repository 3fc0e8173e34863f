package com.targetflow.models;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record whose instances are the rows of a list in one or more forms: a dynamic list's
 * {@code path}, or the collection of a text's {@code {{#loop …}}}. FormContractTest fails the build
 * unless its components are exactly the names those lists use, so that a field renamed in Modeler
 * or in the record is caught before a form shows an empty column.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FormRows {

    /** The forms (file names in bpmn/forms/, without .form) that show these rows. */
    String[] forms();

    /** The list's path, or the loop's collection. */
    String path();
}
