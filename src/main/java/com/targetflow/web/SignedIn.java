package com.targetflow.web;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Reads the Camunda groups back out of a Spring authentication. */
public final class SignedIn {

    /** How the sign-in marks a Camunda group among a user's authorities. */
    public static final String GROUP_PREFIX = "GROUP_";

    private SignedIn() {}

    public static List<String> groupIds(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(GROUP_PREFIX))
                .map(a -> a.substring(GROUP_PREFIX.length()))
                .toList();
    }
}
