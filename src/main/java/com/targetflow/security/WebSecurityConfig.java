package com.targetflow.security;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * One sign-in for everything: the app's pages, its JSON API and the Camunda webapps share the
 * session made on /login; engine-rest is stateless HTTP Basic with the same accounts.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class WebSecurityConfig {

    /**
     * The app's pages load scripts only from the app itself (no inline script, no eval); styles may
     * be inline (form-js and ECharts set them); images may be evidence previews (blob:) or data: URLs.
     * A response that sets its own policy (evidence files) keeps it.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-src 'self'; "
                    + "frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'";

    static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/*/logout";

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(
            HttpSecurity http,
            IdentityService identity,
            MessageSource messages,
            LocaleResolver locales,
            ObjectMapper json)
            throws Exception {
        JsonAuthenticationEntryPoint challenge = new JsonAuthenticationEntryPoint(messages, locales, json, true);
        return http.securityMatcher(antMatcher("/engine-rest/**"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                antMatcher(HttpMethod.GET, "/engine-rest/engine"),
                                antMatcher(HttpMethod.GET, "/engine-rest/engine/"))
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(challenge))
                .exceptionHandling(e -> e.authenticationEntryPoint(challenge))
                .addFilterAfter(new EngineRestAuthenticationFilter(identity), AuthorizationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain application(
            HttpSecurity http, MessageSource messages, LocaleResolver locales, ObjectMapper json) throws Exception {
        JsonAuthenticationEntryPoint apiChallenge = new JsonAuthenticationEntryPoint(messages, locales, json, false);
        RequestMatcher apis =
                new OrRequestMatcher(antMatcher("/api/**"), antMatcher("/camunda/api/**"), antMatcher("/actuator/**"));
        return http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                antMatcher("/login"),
                                antMatcher("/css/**"),
                                antMatcher("/js/**"),
                                antMatcher("/img/**"),
                                antMatcher("/favicon.ico"),
                                antMatcher("/error"),
                                antMatcher("/actuator/health"),
                                antMatcher("/actuator/health/**"))
                        .permitAll()
                        // Choosing one's password by a one-time link, and asking for one: before signing in.
                        .requestMatchers(antMatcher("/password/forgot"), antMatcher("/password/set/*"))
                        .permitAll()
                        // The webapps' own login form is replaced by /login.
                        .requestMatchers(antMatcher("/camunda/api/admin/auth/user/*/login/**"))
                        .denyAll()
                        // Metrics name the engine's inner workings: administrators only (health is open above).
                        .requestMatchers(antMatcher("/actuator/**"))
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(apiChallenge))
                .exceptionHandling(e -> e
                        // Keeps the reason, so that the error page can say "this page has expired" for a stale CSRF
                        // token.
                        .accessDeniedHandler((request, response, denied) -> {
                            request.setAttribute(WebAttributes.ACCESS_DENIED_403, denied);
                            response.sendError(403);
                        })
                        .defaultAuthenticationEntryPointFor(apiChallenge, apis)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), antMatcher("/**")))
                .logout(logout -> logout.logoutRequestMatcher(new OrRequestMatcher(
                                antMatcher(HttpMethod.POST, "/logout"), antMatcher(HttpMethod.POST, WEBAPP_LOGOUT)))
                        .logoutSuccessHandler(afterLogout())
                        .invalidateHttpSession(true)
                        .deleteCookies("SESSION", "JSESSIONID"))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(WebSecurityConfig::needsCsrfToken))
                .headers(headers -> headers
                        // SAMEORIGIN, not DENY: the Camunda webapps frame their own pages.
                        .frameOptions(frame -> frame.sameOrigin())
                        .contentTypeOptions(nosniff -> {})
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        // The webapps send their own policy (with nonces for their scripts); a second one would block
                        // them.
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(antMatcher("/camunda/**")),
                                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY))))
                .build();
    }

    /**
     * Spring's CSRF token guards the app's own forms. The webapps carry Camunda's own CSRF filter,
     * and a request that brings its own Basic credentials cannot be forged by another site.
     */
    private static boolean needsCsrfToken(HttpServletRequest request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method)) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/camunda/")) {
            return false;
        }
        String authorization = request.getHeader("Authorization");
        return authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** Signing out of a webapp answers its XHR; signing out of the app goes back to the sign-in page. */
    private static LogoutSuccessHandler afterLogout() {
        return (request, response, authentication) -> {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")) {
                response.setStatus(200);
            } else {
                response.sendRedirect(request.getContextPath() + "/login?logout");
            }
        };
    }

    /** Camunda's container-based SSO filter: it has no public replacement in 7.24. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSso() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(
                Map.of("authentication-provider", WebappSsoAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        // After Spring Security's chain (order -100), so that the signed-in user is known.
        registration.setOrder(101);
        return registration;
    }
}
