package com.targetflow.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a password chosen by a person must be: at least 10 characters, not the username (nor holding
 * it), not one of the passwords guessed first (security/common-passwords.txt, also with digits or
 * symbols added at the end, as "password2026!"), not one character repeated or a run of digits.
 * Returns message keys (password.rule.*), empty when the password is good.
 */
@Component
public class PasswordRules {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    public PasswordRules() {
        try (InputStream in = PasswordRules.class.getResourceAsStream("/security/common-passwords.txt")) {
            common = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isBlank()) {
            problems.add("password.rule.missing");
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("password.rule.short");
        }
        if (length > MAX_LENGTH) {
            problems.add("password.rule.long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("password.rule.username");
        }
        String stem = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
        if (common.contains(lower)
                || (!stem.isEmpty() && common.contains(stem))
                || sameCharacter(lower)
                || digitRun(lower)) {
            problems.add("password.rule.common");
        }
        return problems;
    }

    private static boolean sameCharacter(String password) {
        return password.chars().distinct().count() <= 2;
    }

    /** 0123456789, 9876543210 and the like, wherever they start. */
    private static boolean digitRun(String password) {
        if (!password.chars().allMatch(Character::isDigit)) {
            return false;
        }
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < password.length(); i++) {
            int step = password.charAt(i) - password.charAt(i - 1);
            up &= step == 1 || step == -9;
            down &= step == -1 || step == 9;
        }
        return up || down;
    }
}
