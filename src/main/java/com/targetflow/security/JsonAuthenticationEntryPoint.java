package com.targetflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.targetflow.web.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.LocaleResolver;

/** Answers an unauthenticated API call with 401 and a message in the caller's language. */
class JsonAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ObjectMapper json;
    private final boolean basicChallenge;

    JsonAuthenticationEntryPoint(
            MessageSource messages, LocaleResolver locales, ObjectMapper json, boolean basicChallenge) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
        this.basicChallenge = basicChallenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // Credentials that were sent but are wrong (or locked out) say so; no credentials at all ask for them.
        String key = e instanceof BadCredentialsException ? "error.credentials" : "error.unauthenticated";
        String message = messages.getMessage(key, null, locales.resolveLocale(request));
        if (basicChallenge) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"TargetFlow\", charset=\"UTF-8\"");
        }
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(
                response.getOutputStream(),
                new ApiError(401, HttpStatus.UNAUTHORIZED.getReasonPhrase(), message, List.of()));
    }
}
