package com.targetflow.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.context.MessageSource;

/**
 * What Camunda found missing, in the reader's words: each permission and the resource it is needed
 * on, read from the refusal's public fields rather than from its English sentence. The permission's
 * own name follows its Chinese one, as Camunda's Admin lists it where a grant would be made.
 */
final class MissingPermissions {

    private MissingPermissions() {}

    /** "您没有执行此操作的权限：需要对任务 abc 的「更新」(UPDATE) 权限，或…"; null when the refusal names no permission. */
    static String of(AuthorizationException refused, MessageSource messages, Locale locale) {
        List<MissingAuthorization> missing = refused.getMissingAuthorizations();
        if (missing == null || missing.isEmpty()) {
            return null;
        }
        String needed = null;
        for (MissingAuthorization one : missing) {
            String text = one(one, messages, locale);
            needed = needed == null
                    ? text
                    : messages.getMessage("error.engine-rest.forbidden.either", new Object[] {needed, text}, locale);
        }
        return messages.getMessage("error.engine-rest.forbidden.needs", new Object[] {needed}, locale);
    }

    private static String one(MissingAuthorization missing, MessageSource messages, Locale locale) {
        String permission = missing.getViolatedPermissionName();
        String resource = missing.getResourceType() == null ? "" : missing.getResourceType();
        String id = missing.getResourceId();
        Object[] words = {
            messages.getMessage("engine.resource." + constantOf(resource), null, resource, locale),
            id,
            messages.getMessage("engine.permission." + permission, null, permission, locale),
            permission
        };
        // A permission on every resource of the type has the id "*" (or none).
        boolean anyOfType = id == null || id.isBlank() || "*".equals(id);
        return messages.getMessage(
                anyOfType ? "error.engine-rest.forbidden.on-type" : "error.engine-rest.forbidden.on-resource",
                words,
                locale);
    }

    /** The refusal carries the resource's display name ("Group membership"); the bundles use its constant's. */
    private static String constantOf(String resourceName) {
        return Arrays.stream(Resources.values())
                .filter(r -> r.resourceName().equals(resourceName))
                .map(Enum::name)
                .findFirst()
                .orElse(resourceName);
    }
}
