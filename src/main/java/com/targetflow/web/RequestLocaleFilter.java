package com.targetflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.web.servlet.filter.OrderedFilter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Every request, including engine-rest's (which Spring MVC never sees), runs in the caller's
 * language as the app decides it (Chinese unless English is asked for), so that a task refused by
 * a listener inside the engine answers in that language.
 */
@Component
class RequestLocaleFilter extends OncePerRequestFilter implements OrderedFilter {

    static {
        // Work without a request (timers, async jobs) speaks Chinese.
        LocaleContextHolder.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private final LocaleResolver locales;

    RequestLocaleFilter(LocaleResolver locales) {
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(locales.resolveLocale(request));
        try {
            chain.doFilter(request, response);
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }

    @Override
    public int getOrder() {
        // Just after Spring's RequestContextFilter, before Spring Security.
        return REQUEST_WRAPPER_FILTER_MAX_ORDER - 104;
    }
}
