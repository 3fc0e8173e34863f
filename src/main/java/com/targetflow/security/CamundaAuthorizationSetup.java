package com.targetflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.targetflow.operations.SeedMarkers;
import com.targetflow.organisation.PersonRole;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each role may do in the engine, granted once per database. Unit groups get nothing here:
 * the engine grants a candidate group its tasks, and {@link UnitProcessAccessListener} grants a
 * unit its own process instances, so a unit sees its own work and nothing else.
 */
@Component
@Order(10)
class CamundaAuthorizationSetup implements ApplicationRunner {

    /** Bump when the grants below change, so that existing databases receive the new ones. */
    static final String MARKER = "camunda-authorizations-v1";

    private final AuthorizationService authorizations;
    private final RoleGroups roleGroups;
    private final SeedMarkers markers;

    CamundaAuthorizationSetup(AuthorizationService authorizations, RoleGroups roleGroups, SeedMarkers markers) {
        this.authorizations = authorizations;
        this.roleGroups = roleGroups;
        this.markers = markers;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (PersonRole role : PersonRole.values()) {
            roleGroups.ensure(role);
        }
        if (!markers.claim(MARKER)) {
            return;
        }
        for (Resources resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
        }

        // Everyone signed in: the Tasklist, and the definitions so that forms and diagrams show.
        global(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        global(Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        global(Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        global(Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);

        String managers = PersonRole.MANAGER.groupId();
        grant(managers, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(
                managers,
                Resources.PROCESS_DEFINITION,
                ANY,
                ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE,
                ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.UPDATE_INSTANCE,
                ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.UPDATE_TASK,
                ProcessDefinitionPermissions.TASK_WORK,
                ProcessDefinitionPermissions.TASK_ASSIGN,
                ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.RETRY_JOB,
                ProcessDefinitionPermissions.SUSPEND_INSTANCE);
        grant(
                managers,
                Resources.PROCESS_INSTANCE,
                ANY,
                ProcessInstancePermissions.CREATE,
                ProcessInstancePermissions.READ,
                ProcessInstancePermissions.UPDATE,
                ProcessInstancePermissions.RETRY_JOB,
                ProcessInstancePermissions.SUSPEND);
        grant(
                managers,
                Resources.TASK,
                ANY,
                TaskPermissions.READ,
                TaskPermissions.UPDATE,
                TaskPermissions.TASK_WORK,
                TaskPermissions.TASK_ASSIGN);
        grant(
                managers,
                Resources.DECISION_DEFINITION,
                ANY,
                Permissions.READ,
                Permissions.READ_HISTORY,
                Permissions.CREATE_INSTANCE);
        grant(managers, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(managers, Resources.USER, ANY, Permissions.READ);
        grant(managers, Resources.GROUP, ANY, Permissions.READ);

        String leaders = PersonRole.DISTRICT_LEADER.groupId();
        grant(leaders, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(
                leaders,
                Resources.PROCESS_DEFINITION,
                ANY,
                ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_HISTORY);
        grant(leaders, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
        grant(leaders, Resources.TASK, ANY, TaskPermissions.READ);
        grant(leaders, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(leaders, Resources.USER, ANY, Permissions.READ);
        grant(leaders, Resources.GROUP, ANY, Permissions.READ);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        save(authorization, resource, resourceId, permissions);
    }

    private void global(Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
        authorization.setUserId(ANY);
        save(authorization, resource, resourceId, permissions);
    }

    private void save(Authorization authorization, Resource resource, String resourceId, Permission... permissions) {
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}
