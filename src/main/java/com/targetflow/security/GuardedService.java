package com.targetflow.security;

import com.targetflow.organisation.PersonRole;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * One of the engine's services (TaskService, FormService, …) behind a rule that every call made for
 * a signed-in person passes first, whichever way it came: engine-rest, Tasklist, Cockpit, Admin or
 * the app's own pages. Calls made while the engine is already working (a listener writing a
 * variable during a completion, the app's own delegates) and calls without a signed-in person
 * (timers, jobs, the app as the system) are the app's, and pass unchecked.
 */
final class GuardedService implements InvocationHandler {

    /** What a rule lets a call do. */
    enum Decision {
        /** The engine's own authorization checks decide the rest. */
        PROCEED,
        /**
         * The rule has checked everything the call may do (handing a task to a colleague of the
         * unit): it runs with the district's rights, still in the caller's name.
         */
        PROCEED_FOR_THE_DISTRICT
    }

    @FunctionalInterface
    interface Rule {
        /** Throws an {@link EngineApiRefusal} to refuse; reads through the services it was given, unguarded. */
        Decision check(EngineCaller caller, String method, Object[] args);
    }

    /** How deep this thread is in calls to guarded services: only the outermost call is a caller's. */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final Object service;
    private final IdentityService identity;
    private final Rule rule;

    private GuardedService(Object service, IdentityService identity, Rule rule) {
        this.service = service;
        this.identity = identity;
        this.rule = rule;
    }

    static <T> T guard(Class<T> type, T service, IdentityService unguardedIdentity, Rule rule) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new GuardedService(service, unguardedIdentity, rule)));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return invokeOn(method, args);
        }
        int[] depth = DEPTH.get();
        Authentication signedIn = depth[0] == 0 ? identity.getCurrentAuthentication() : null;
        Decision decision = Decision.PROCEED;
        if (signedIn != null && signedIn.getUserId() != null) {
            decision = rule.check(EngineCaller.of(signedIn), method.getName(), args == null ? new Object[0] : args);
        }
        depth[0]++;
        try {
            if (decision == Decision.PROCEED_FOR_THE_DISTRICT) {
                return forTheDistrict(signedIn, method, args);
            }
            return invokeOn(method, args);
        } finally {
            depth[0]--;
        }
    }

    private Object forTheDistrict(Authentication signedIn, Method method, Object[] args) throws Throwable {
        List<String> groups = new ArrayList<>(signedIn.getGroupIds() == null ? List.of() : signedIn.getGroupIds());
        groups.add(PersonRole.ADMINISTRATOR.groupId());
        identity.setAuthentication(signedIn.getUserId(), groups, signedIn.getTenantIds());
        try {
            return invokeOn(method, args);
        } finally {
            identity.setAuthentication(signedIn);
        }
    }

    private Object invokeOn(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(service, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
