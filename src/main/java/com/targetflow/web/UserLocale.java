package com.targetflow.web;

import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of whoever caused the work in hand: the caller's, as the app decides it, when the
 * work runs inside an HTTP request (engine-rest and Tasklist included, which Spring MVC never
 * sees); Chinese for work without one (timers, async jobs).
 */
@Component
public class UserLocale {

    private final LocaleResolver locales;

    UserLocale(LocaleResolver locales) {
        this.locales = locales;
    }

    public Locale current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return locales.resolveLocale(servlet.getRequest());
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
