package com.targetflow.security;

import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of a production installation (any profile but demo), created on the
 * first start from the environment: TARGETFLOW_ADMIN_PASSWORD, and optionally TARGETFLOW_ADMIN_USERNAME,
 * TARGETFLOW_ADMIN_EMAIL, TARGETFLOW_ADMIN_DISTRICT_CODE and TARGETFLOW_ADMIN_DISTRICT_NAME.
 */
@ConfigurationProperties("targetflow.admin")
public record FirstAdministratorProperties(
        String username, String password, String email, String districtCode, String districtName) {

    static final int MIN_LENGTH = 12;

    /** Passwords that appear in manuals, demos and first guesses; never accepted outside the demo. */
    static final Set<String> KNOWN_DEFAULTS = Set.of(
            "demo",
            "admin",
            "administrator",
            "password",
            "passw0rd",
            "camunda",
            "changeme",
            "change-me",
            "secret",
            "targetflow",
            "123456",
            "12345678",
            "123456789012",
            "qwerty",
            "letmein",
            "admin123",
            "admin123456",
            "password1234");

    public FirstAdministratorProperties {
        username = blank(username) ? "admin" : username.strip();
        email = blank(email) ? "admin@localhost" : email.strip();
        districtCode = blank(districtCode) ? "DISTRICT" : districtCode.strip();
        districtName = blank(districtName) ? "区科学技术协会" : districtName.strip();
    }

    boolean hasPassword() {
        return !blank(password);
    }

    /** Why this password may not be used, or null when it may. */
    String weakness() {
        if (!hasPassword()) {
            return null;
        }
        if (KNOWN_DEFAULTS.contains(password.strip().toLowerCase(Locale.ROOT))) {
            return "TARGETFLOW_ADMIN_PASSWORD is a known default password; choose another one";
        }
        if (password.length() < MIN_LENGTH) {
            return "TARGETFLOW_ADMIN_PASSWORD must be at least " + MIN_LENGTH + " characters long";
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
