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
import org.springframework.web.context.request.ServletWebRequest;
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
        attributes.put("message", written instanceof String text ? text : describe(request, code, attributes));
        return attributes;
    }

    private String describe(WebRequest request, int status, Map<String, Object> attributes) {
        if (status == 403
                && request.getAttribute(WebAttributes.ACCESS_DENIED_403, RequestAttributes.SCOPE_REQUEST)
                        instanceof CsrfException) {
            return text("error.page.expired");
        }
        String method = request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getMethod()
                : "";
        return switch (status) {
            case 400 -> text("error.page.bad-request");
            case 401 -> text("error.unauthenticated");
            case 403 -> text("error.forbidden");
            case 404 -> text("error.page.not-found", String.valueOf(attributes.get("path")));
            case 405 -> text("error.method", method);
            case 413 -> text("error.upload.too-large");
            case 415 -> text("error.page.media-type", String.valueOf(request.getHeader("Content-Type")));
            case 503 -> text("error.page.unavailable");
            default -> text(status >= 500 ? "error.internal" : "error.page.refused");
        };
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
