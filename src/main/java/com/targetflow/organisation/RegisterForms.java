package com.targetflow.organisation;

import com.targetflow.domain.Refusal;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The register's page forms (a unit, a person, a facility, one at a time): the same checks as the API,
 * each problem put under the field it is about, in the reader's language, so that the page can show it
 * there with what was typed kept.
 */
@Component
class RegisterForms {

    /** Where a problem that belongs to no single field is shown. */
    static final String WHOLE_FORM = "form";

    private final Validator validator;
    private final MessageSource messages;

    RegisterForms(Validator validator, MessageSource messages) {
        this.validator = validator;
        this.messages = messages;
    }

    /** The request's constraint problems by field; empty when it may be sent to the register. */
    Map<String, String> check(Object request) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return problems;
    }

    /** A refusal of the register, under its field (or the whole form when it names none). */
    void refused(Refusal refusal, Map<String, String> problems, Locale locale) {
        String field = refusal.field() == null ? WHOLE_FORM : refusal.field();
        problems.put(field, messages.getMessage(refusal.messageKey(), refusal.args(), refusal.messageKey(), locale));
    }

    /** A value chosen from a list; a value that is not on the list is named as such. */
    <E extends Enum<E>> E choice(
            Class<E> type, String field, String value, Map<String, String> problems, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException notOnTheList) {
            problems.put(field, messages.getMessage("error.form.choice", new Object[] {value}, locale));
            return null;
        }
    }

    Integer number(String field, String value, Map<String, String> problems, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            problems.put(field, messages.getMessage("error.form.whole-number", new Object[] {value}, locale));
            return null;
        }
    }

    static String text(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null ? null : value.strip();
    }
}
