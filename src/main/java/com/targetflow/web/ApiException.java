package com.targetflow.web;

import java.math.BigDecimal;
import java.util.Arrays;
import org.springframework.http.HttpStatus;

/**
 * A refusal that the caller can understand: an HTTP status, a message key from the bundles and,
 * where one field is at fault, its name. The message is localised when the response is written.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public ApiException(HttpStatus status, String field, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public static ApiException badField(String field, String messageKey, Object... args) {
        return new ApiException(HttpStatus.BAD_REQUEST, field, messageKey, args);
    }

    public static ApiException notFound(String messageKey, Object... args) {
        return new ApiException(HttpStatus.NOT_FOUND, null, messageKey, args);
    }

    public static ApiException conflict(String field, String messageKey, Object... args) {
        return new ApiException(HttpStatus.CONFLICT, field, messageKey, args);
    }

    public static ApiException forbidden() {
        return new ApiException(HttpStatus.FORBIDDEN, null, "error.forbidden");
    }

    public HttpStatus status() {
        return status;
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
    static Object[] asWritten(Object[] args) {
        return args == null
                ? null
                : Arrays.stream(args)
                        .map(a -> a instanceof BigDecimal d
                                ? d.toPlainString()
                                : a instanceof Number n ? String.valueOf(n) : a)
                        .toArray();
    }
}
