package com.targetflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Camunda's refusals told from their permissions, with the app's own bundles. */
class MissingPermissionsTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ResourceBundleMessageSource messages = bundles();

    @Test
    void eachMissingPermissionIsNamedInChineseWithCamundasNameBesideIt() {
        AuthorizationException refused = new AuthorizationException(
                "street01",
                List.of(
                        new MissingAuthorization("UPDATE", "Task", "4711"),
                        new MissingAuthorization("TASK_WORK", "Task", "4711")));

        assertThat(MissingPermissions.of(refused, messages, CHINESE))
                .isEqualTo("您没有执行此操作的权限：需要对任务 4711 的「更新」(UPDATE) 权限，或对任务 4711 的「办理任务」(TASK_WORK) 权限。");
        assertThat(MissingPermissions.of(refused, messages, Locale.ENGLISH))
                .isEqualTo("You do not have the permission for this: it needs the permission UPDATE on task 4711,"
                        + " or the permission TASK_WORK on task 4711.");
    }

    @Test
    void aPermissionOnEveryResourceOfATypeAndCamundasOddResourceNamesReadWell() {
        AuthorizationException refused = new AuthorizationException(
                "street01",
                List.of(
                        new MissingAuthorization("CREATE", "Group membership", "*"),
                        new MissingAuthorization("READ", "OperationLogCatgeory", null)));

        assertThat(MissingPermissions.of(refused, messages, CHINESE))
                .isEqualTo("您没有执行此操作的权限：需要对所有用户组成员关系的「创建」(CREATE) 权限，或对所有审计日志类别的「读取」(READ) 权限。");
    }

    @Test
    void aPermissionTheBundlesDoNotKnowKeepsCamundasName() {
        AuthorizationException refused =
                new AuthorizationException("street01", List.of(new MissingAuthorization("PROPAGATE", "Sky", "blue")));

        assertThat(MissingPermissions.of(refused, messages, CHINESE))
                .isEqualTo("您没有执行此操作的权限：需要对Sky blue 的「PROPAGATE」(PROPAGATE) 权限。");
    }

    @Test
    void aRefusalThatNamesNoPermissionIsLeftToTheCaller() {
        assertThat(MissingPermissions.of(
                        new AuthorizationException("ENGINE-03029 Required admin authenticated group or user."),
                        messages,
                        CHINESE))
                .isNull();
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
