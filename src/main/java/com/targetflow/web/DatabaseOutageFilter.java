package com.targetflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Most requests meet a database outage before any controller: checking a password (Basic or the
 * sign-in form) and loading or saving the session both read the database. Those failures would
 * reach the container as a 500, whose error page needs the database again (the session, who is
 * signed in); this filter, outside the session and security filters, answers them with
 * {@link DatabaseOutageAnswer}'s 503 instead.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER - 1)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private final DatabaseOutageAnswer outage;

    DatabaseOutageFilter(DatabaseOutageAnswer outage) {
        this.outage = outage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || !outage.answer(e, request, response)) {
                throw e;
            }
        }
    }
}
