package com.targetflow.security;

import com.targetflow.web.SignedIn;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Engine work done as the signed-in user, so that Camunda's authorization checks decide what the
 * app's own pages may see and do, exactly as they do in Tasklist and on engine-rest.
 */
@Component
public class AsUser {

    private final IdentityService identity;

    AsUser(IdentityService identity) {
        this.identity = identity;
    }

    /** Nested calls are fine: whoever was authenticated before is put back afterwards (see AsSystem). */
    public <T> T call(Authentication user, Supplier<T> work) {
        org.camunda.bpm.engine.impl.identity.Authentication before = identity.getCurrentAuthentication();
        identity.setAuthentication(user.getName(), SignedIn.groupIds(user), List.of());
        try {
            return work.get();
        } finally {
            if (before != null) {
                identity.setAuthentication(before);
            } else {
                identity.clearAuthentication();
            }
        }
    }

    public void run(Authentication user, Runnable work) {
        call(user, () -> {
            work.run();
            return null;
        });
    }
}
