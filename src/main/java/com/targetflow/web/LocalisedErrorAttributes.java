package com.targetflow.web;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What Spring Boot's error page and error JSON say when a request fails outside the app's
 * controllers (an expired form, a path that does not exist, the server's own refusals): a sentence
 * in the caller's language instead of "Forbidden", never a stack trace or exception name.
 */
@Component
class LocalisedErrorAttributes extends DefaultErrorAttributes {

    /** A message the app already wrote for this failure (ApiExceptionHandler, for pages). */
    static final String MESSAGE = LocalisedErrorAttributes.class.getName() + ".message";

    private final MessageSource messages;

    LocalisedErrorAttributes(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        Object status = attributes.get("status");
        int code = status instanceof Integer i ? i : 500;
        Object written = request.getAttribute(MESSAGE, RequestAttributes.SCOPE_REQUEST);
        attributes.put("message", written instanceof String text ? text : text(messageKey(request, code)));
        return attributes;
    }

    private static String messageKey(WebRequest request, int status) {
        if (status == 403 && request.getAttribute(WebAttributes.ACCESS_DENIED_403, RequestAttributes.SCOPE_REQUEST)
                instanceof CsrfException) {
            return "error.page.expired";
        }
        return switch (status) {
            case 400 -> "error.page.bad-request";
            case 401 -> "error.unauthenticated";
            case 403 -> "error.forbidden";
            case 404 -> "error.page.not-found";
            case 405 -> "error.page.method";
            case 413 -> "error.upload.too-large";
            case 503 -> "error.page.unavailable";
            default -> status >= 500 ? "error.internal" : "error.page.refused";
        };
    }

    private String text(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }
}
