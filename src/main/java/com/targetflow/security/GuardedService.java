package com.targetflow.security;

import com.targetflow.organisation.PersonRole;
import java.util.ArrayList;
import java.util.List;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.aop.framework.ProxyFactory;

/**
 * One of the engine's services (TaskService, FormService, …) behind a rule that every call made for
 * a signed-in person passes first, whichever way it came: engine-rest, Tasklist, Cockpit, Admin or
 * the app's own pages. Calls made while the engine is already working (a listener writing a
 * variable during a completion, the app's own delegates) and calls without a signed-in person
 * (timers, jobs, the app as the system) are the app's, and pass unchecked.
 *
 * <p>The proxy is a subclass of the service's own class, not just of its interface: engine-rest
 * casts the services to their classes for some calls (variable modifications), and those calls
 * must meet the rule too.
 */
final class GuardedService implements MethodInterceptor {

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
        /** Throws an EngineApiRefusal to refuse; reads through the services it was given, unguarded. */
        Decision check(EngineCaller caller, String method, Object[] args);
    }

    /** How deep this thread is in calls to guarded services: only the outermost call is a caller's. */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final IdentityService identity;
    private final Rule rule;

    private GuardedService(IdentityService identity, Rule rule) {
        this.identity = identity;
        this.rule = rule;
    }

    @SuppressWarnings("unchecked")
    static <T> T guard(T service, IdentityService unguardedIdentity, Rule rule) {
        ProxyFactory proxy = new ProxyFactory(service);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new GuardedService(unguardedIdentity, rule));
        return (T) proxy.getProxy(service.getClass().getClassLoader());
    }

    @Override
    public Object invoke(MethodInvocation call) throws Throwable {
        if (call.getMethod().getDeclaringClass() == Object.class) {
            return call.proceed();
        }
        int[] depth = DEPTH.get();
        Authentication signedIn = depth[0] == 0 ? identity.getCurrentAuthentication() : null;
        Decision decision = Decision.PROCEED;
        if (signedIn != null && signedIn.getUserId() != null) {
            decision = rule.check(EngineCaller.of(signedIn), call.getMethod().getName(), call.getArguments());
        }
        depth[0]++;
        try {
            return decision == Decision.PROCEED_FOR_THE_DISTRICT ? forTheDistrict(signedIn, call) : call.proceed();
        } finally {
            depth[0]--;
        }
    }

    private Object forTheDistrict(Authentication signedIn, MethodInvocation call) throws Throwable {
        List<String> groups = new ArrayList<>(signedIn.getGroupIds() == null ? List.of() : signedIn.getGroupIds());
        groups.add(PersonRole.ADMINISTRATOR.groupId());
        identity.setAuthentication(signedIn.getUserId(), groups, signedIn.getTenantIds());
        try {
            return call.proceed();
        } finally {
            identity.setAuthentication(signedIn);
        }
    }
}
