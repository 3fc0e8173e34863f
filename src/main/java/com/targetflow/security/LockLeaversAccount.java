package com.targetflow.security;

import com.targetflow.organisation.PersonLeft;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * 人员变动: the person who left cannot sign in any more — their password is replaced by one nobody
 * knows, their groups (and so every task offered to them through a group) are taken away, open
 * password links are used up and their signed-in sessions end. The Camunda user stays, so history
 * still names them.
 */
@Component
class LockLeaversAccount {

    private final IdentityService identity;
    private final AsSystem asSystem;
    private final AccountTokenRepository tokens;
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LockLeaversAccount(
            IdentityService identity,
            AsSystem asSystem,
            AccountTokenRepository tokens,
            ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions,
            Clock clock) {
        this.identity = identity;
        this.asSystem = asSystem;
        this.tokens = tokens;
        this.sessions = sessions;
        this.clock = clock;
    }

    @EventListener
    void personLeft(PersonLeft left) {
        asSystem.run(() -> {
            for (Group group :
                    identity.createGroupQuery().groupMember(left.leaver()).list()) {
                identity.deleteMembership(left.leaver(), group.getId());
            }
            User user = identity.createUserQuery().userId(left.leaver()).singleResult();
            if (user != null) {
                byte[] secret = new byte[48];
                random.nextBytes(secret);
                user.setPassword(Base64.getEncoder().encodeToString(secret));
                identity.saveUser(user);
            }
        });
        Instant now = Instant.now(clock);
        tokens.findByUsernameAndUsedAtIsNull(left.leaver()).forEach(token -> token.use(now));
        FindByIndexNameSessionRepository<? extends Session> store = sessions.getIfAvailable();
        if (store != null) {
            store.findByPrincipalName(left.leaver()).keySet().forEach(store::deleteById);
        }
    }
}
