package com.targetflow.security;

import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.organisation.PersonNeedsPassword;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords that only their owner knows. A new person gets an invitation with a one-time link
 * (7 days) to choose a password; 忘记密码 sends a reset link (1 day), with the same answer whether
 * or not the account exists; a signed-in person changes their own on 我的账户. Links are single use:
 * setting a password uses up every open link of the account.
 */
@Service
@Transactional
public class Accounts {

    static final Duration INVITATION = Duration.ofDays(7);
    static final Duration RESET = Duration.ofDays(1);
    /** Resets mailed to one account per hour at most: the form cannot be used to flood someone's mailbox. */
    static final int RESETS_PER_HOUR = 3;

    /** What a link leads to: the account and what it is for, or why it cannot be used. */
    public record Link(State state, String username, String name, AccountToken.Purpose purpose) {

        public enum State {
            OPEN,
            USED,
            EXPIRED,
            UNKNOWN
        }
    }

    /** A password not set, with the message keys that say why. */
    public static class Refused extends RuntimeException {

        private final List<String> problems;

        Refused(List<String> problems) {
            super(String.join(", ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private final AccountTokenRepository tokens;
    private final People people;
    private final IdentityService identity;
    private final PasswordRules rules;
    private final ApplicationEventPublisher events;
    private final AsSystem asSystem;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Accounts(
            AccountTokenRepository tokens,
            People people,
            IdentityService identity,
            PasswordRules rules,
            ApplicationEventPublisher events,
            AsSystem asSystem,
            Clock clock) {
        this.tokens = tokens;
        this.people = people;
        this.identity = identity;
        this.rules = rules;
        this.events = events;
        this.asSystem = asSystem;
        this.clock = clock;
    }

    @EventListener
    void personNeedsPassword(PersonNeedsPassword added) {
        invite(added.username());
    }

    /** Mails the person a new invitation link (an earlier one still works until it expires). */
    public void invite(String username) {
        people.findByUsername(username)
                .filter(Person::isActive)
                .filter(p -> p.getEmail() != null && !p.getEmail().isBlank())
                .ifPresent(person -> mail(person, AccountToken.Purpose.INVITATION, INVITATION));
    }

    /** 忘记密码: by username or e-mail address. Says nothing about whether such an account exists. */
    public void requestReset(String usernameOrEmail) {
        String given = usernameOrEmail == null ? "" : usernameOrEmail.strip();
        if (given.isEmpty() || given.length() > 200) {
            return;
        }
        Optional<Person> person = people.findByUsername(given);
        if (person.isEmpty() && given.contains("@")) {
            List<Person> byEmail = people.findByEmailIgnoreCase(given);
            person = byEmail.size() == 1 ? Optional.of(byEmail.get(0)) : Optional.empty();
        }
        Instant now = Instant.now(clock);
        person.filter(Person::isActive)
                .filter(p -> p.getEmail() != null && !p.getEmail().isBlank())
                .filter(p -> tokens.countByUsernameAndPurposeAndCreatedAtAfter(
                                p.getUsername(), AccountToken.Purpose.RESET, now.minus(Duration.ofHours(1)))
                        < RESETS_PER_HOUR)
                .ifPresent(p -> mail(p, AccountToken.Purpose.RESET, RESET));
    }

    @Transactional(readOnly = true)
    public Link open(String secret) {
        Optional<AccountToken> token =
                secret == null || secret.length() > 100 ? Optional.empty() : tokens.findByTokenHash(hash(secret));
        if (token.isEmpty()) {
            return new Link(Link.State.UNKNOWN, null, null, null);
        }
        AccountToken t = token.get();
        String name =
                people.findByUsername(t.getUsername()).map(Person::getName).orElse(t.getUsername());
        Link.State state = t.getUsedAt() != null
                ? Link.State.USED
                : Instant.now(clock).isBefore(t.getExpiresAt()) ? Link.State.OPEN : Link.State.EXPIRED;
        return new Link(state, t.getUsername(), name, t.getPurpose());
    }

    /** Sets the password the link's owner chose; uses up every open link of the account. */
    public String setPassword(String secret, String password, String repeat) {
        Instant now = Instant.now(clock);
        AccountToken token = (secret == null || secret.length() > 100
                        ? Optional.<AccountToken>empty()
                        : tokens.lockByTokenHash(hash(secret)))
                .filter(t -> t.usable(now))
                .orElseThrow(() -> new Refused(List.of("password.link.unusable")));
        check(token.getUsername(), password, repeat);
        asSystem.run(() -> {
            User user = identity.createUserQuery().userId(token.getUsername()).singleResult();
            if (user == null) {
                throw new Refused(List.of("password.link.unusable"));
            }
            user.setPassword(password);
            identity.saveUser(user);
            // A person locked out by wrong guesses is let in again by proving they own the mailbox.
            identity.unlockUser(token.getUsername());
        });
        tokens.findByUsernameAndUsedAtIsNull(token.getUsername()).forEach(t -> t.use(now));
        return token.getUsername();
    }

    /** 我的账户: the current password proves it is the owner. */
    public void changeOwnPassword(String username, String current, String password, String repeat) {
        if (current == null || !identity.checkPassword(username, current)) {
            throw new Refused(List.of("password.current.wrong"));
        }
        check(username, password, repeat);
        User user = identity.createUserQuery().userId(username).singleResult();
        user.setPassword(password);
        identity.saveUser(user);
        Instant now = Instant.now(clock);
        tokens.findByUsernameAndUsedAtIsNull(username).forEach(t -> t.use(now));
    }

    private void check(String username, String password, String repeat) {
        List<String> problems = new ArrayList<>(rules.problems(username, password));
        if (password != null && !password.equals(repeat)) {
            problems.add("password.rule.repeat");
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
    }

    private void mail(Person person, AccountToken.Purpose purpose, Duration valid) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now(clock);
        tokens.save(new AccountToken(hash(secret), person.getUsername(), purpose, now, now.plus(valid)));
        events.publishEvent(new PasswordLinkIssued(
                person.getUsername(),
                purpose == AccountToken.Purpose.INVITATION,
                "/password/set/" + secret,
                now.plus(valid)));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
