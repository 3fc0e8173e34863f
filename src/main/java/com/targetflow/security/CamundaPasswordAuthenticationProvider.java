package com.targetflow.security;

import com.targetflow.organisation.People;
import com.targetflow.web.SignedIn;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks a sign-in against Camunda's user store, where passwords are kept salted and hashed, so
 * that the app, the webapps and engine-rest share one password and Camunda's login throttling.
 * A person's Camunda groups become authorities: GROUP_<id> for each, ROLE_<role> for role groups.
 */
@Component
class CamundaPasswordAuthenticationProvider implements AuthenticationProvider {

    /**
     * No account has a longer name or one with control characters; such a name is refused before the
     * user store is asked (PostgreSQL fails on a NUL character in a query instead of finding nobody).
     */
    private static final Pattern PLAUSIBLE_USERNAME = Pattern.compile("[^\\p{Cntrl}\\s]{1,64}");

    private final IdentityService identity;
    private final People people;

    CamundaPasswordAuthenticationProvider(IdentityService identity, People people) {
        this.identity = identity;
        this.people = people;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (username == null
                || !PLAUSIBLE_USERNAME.matcher(username).matches()
                || credentials == null
                || !identity.checkPassword(username, credentials.toString())) {
            throw new BadCredentialsException("Bad credentials");
        }
        // Someone who left (人员变动) is refused even with a password that would still match.
        if (people.findByUsername(username).map(person -> !person.isActive()).orElse(false)) {
            throw new BadCredentialsException("Bad credentials");
        }
        return UsernamePasswordAuthenticationToken.authenticated(username, null, authoritiesOf(username));
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }

    private List<GrantedAuthority> authoritiesOf(String username) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Group group : identity.createGroupQuery().groupMember(username).list()) {
            authorities.add(new SimpleGrantedAuthority(SignedIn.GROUP_PREFIX + group.getId()));
            Roles.roleOfGroup(group.getId())
                    .ifPresent(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        return authorities;
    }
}
