package com.targetflow.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Work that is the system's, whoever's action caused it (granting a unit its process, starting a
 * mail's delivery): done without the user's Camunda authentication, which is put back afterwards.
 * getCurrentAuthentication() returns an engine class: the public API offers no other way to restore it.
 */
@Component
public class AsSystem {

    private final IdentityService identity;

    AsSystem(IdentityService identity) {
        this.identity = identity;
    }

    public <T> T call(Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
