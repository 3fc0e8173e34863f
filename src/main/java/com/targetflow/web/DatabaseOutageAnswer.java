package com.targetflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The answer while the database cannot be reached: 503 and "try again shortly" in the caller's
 * language, as a page for a browser's page and JSON for everything else (the split of the app's
 * other errors). It reads nothing from the database, so it can always be given: not the general
 * error page, whose header asks who is signed in and whose error dispatch loads the session.
 */
@Component
public class DatabaseOutageAnswer {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageAnswer.class);
    private static final HttpStatus STATUS = HttpStatus.SERVICE_UNAVAILABLE;
    /** The page has a stylesheet and a link, nothing else. */
    private static final String PAGE_POLICY = "default-src 'self'; script-src 'none'; object-src 'none'; "
            + "frame-ancestors 'self'; form-action 'self'; base-uri 'self'";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ObjectMapper json;
    private final ITemplateEngine templates;

    DatabaseOutageAnswer(MessageSource messages, LocaleResolver locales, ObjectMapper json, ITemplateEngine templates) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
        this.templates = templates;
    }

    /** Answers the request unless something was already sent; returns whether it did. */
    public boolean answer(Throwable failure, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        // One line, not the stack: during an outage every request fails the same way.
        log.warn(
                "Database unavailable, answered {} {} with 503: {}",
                request.getMethod(),
                request.getRequestURI(),
                cause(failure));
        if (response.isCommitted()) {
            return false;
        }
        response.reset();
        response.setStatus(STATUS.value());
        response.setHeader("Cache-Control", "no-store");
        // Spring Security writes these as the response goes out, from inside the chain that failed.
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        Locale locale = locales.resolveLocale(request);
        response.setLocale(locale);
        response.setCharacterEncoding("UTF-8");
        String message = messages.getMessage("error.database.unavailable", null, locale);
        if (ApiExceptionHandler.fromBrowserPage(request)) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setHeader("Content-Security-Policy", PAGE_POLICY);
            WebContext page = new WebContext(
                    JakartaServletWebApplication.buildApplication(request.getServletContext())
                            .buildExchange(request, response),
                    locale,
                    Map.of("message", message));
            templates.process("error/database", page, response.getWriter());
        } else {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(
                    response.getOutputStream(),
                    new ApiError(STATUS.value(), STATUS.getReasonPhrase(), message, List.of()));
        }
        response.flushBuffer();
        return true;
    }

    /** The pool's or driver's own words (e.g. "Connection is not available, request timed out after 5000ms") and the root cause. */
    private static String cause(Throwable failure) {
        String said = null;
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && depth < 30; depth++) {
            if (said == null && root instanceof SQLException) {
                said = root.getClass().getSimpleName() + ": " + root.getMessage();
            }
            root = root.getCause();
        }
        String rootSaid = root.getClass().getSimpleName() + ": " + root.getMessage();
        return said == null ? rootSaid : said + " (" + rootSaid + ")";
    }
}
