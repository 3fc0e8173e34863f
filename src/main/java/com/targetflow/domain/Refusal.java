package com.targetflow.domain;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A refusal the user can understand, raised wherever the rule is kept: what kind of refusal it is, a
 * message key from the bundles with its arguments and, where one field is at fault, its name. It knows
 * nothing of HTTP or of languages: the web layer chooses the status from the kind and writes the
 * message in the reader's language.
 */
public class Refusal extends RuntimeException {

    /** What went wrong, as a user would say it. */
    public enum Kind {
        /** A value that breaks a rule: empty, malformed, out of range. */
        INVALID,
        /** Nothing of that name, or nothing this user may see by it. */
        NOT_FOUND,
        /** The state of things does not allow it now (someone was quicker, it is closed already). */
        CONFLICT,
        /** This user may not do it. */
        FORBIDDEN,
        /** A file larger than allowed. */
        TOO_LARGE,
        /** A file of a kind that is not taken. */
        UNSUPPORTED_TYPE
    }

    private final Kind kind;
    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public Refusal(Kind kind, String field, String messageKey, Object... args) {
        super(messageKey);
        this.kind = kind;
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public static Refusal invalid(String field, String messageKey, Object... args) {
        return new Refusal(Kind.INVALID, field, messageKey, args);
    }

    public static Refusal notFound(String messageKey, Object... args) {
        return new Refusal(Kind.NOT_FOUND, null, messageKey, args);
    }

    public static Refusal conflict(String field, String messageKey, Object... args) {
        return new Refusal(Kind.CONFLICT, field, messageKey, args);
    }

    public static Refusal forbidden() {
        return new Refusal(Kind.FORBIDDEN, null, "error.forbidden");
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments, numbers as written. */
    public Object[] args() {
        return asWritten(args);
    }

    /** Numbers as written, for a message: MessageFormat would show a year as 2,026 and 1E+2 for a BigDecimal. */
    public static Object[] asWritten(Object[] args) {
        return args == null
                ? null
                : Arrays.stream(args)
                        .map(a -> a instanceof BigDecimal d
                                ? d.toPlainString()
                                : a instanceof Number n ? String.valueOf(n) : a)
                        .toArray();
    }
}
