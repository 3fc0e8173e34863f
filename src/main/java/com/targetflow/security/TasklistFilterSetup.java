package com.targetflow.security;

import com.targetflow.operations.SeedMarkers;
import com.targetflow.organisation.PersonRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Tasklist shows nothing without filters. Three shared ones are made once per database:
 * my tasks, my unit's open tasks (by the signed-in user's groups, and mine by name), and, for
 * district staff, all tasks. Each change to them is a new marker, applied once to old databases too.
 */
@Component
@Order(20)
class TasklistFilterSetup implements ApplicationRunner {

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;
    private final MessageSource messages;
    private final SeedMarkers markers;

    TasklistFilterSetup(
            FilterService filters,
            TaskService tasks,
            AuthorizationService authorizations,
            MessageSource messages,
            SeedMarkers markers) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
        this.messages = messages;
        this.markers = markers;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        createFilters();
        if (markers.claim("tasklist-filters-v2")) {
            includeMyOwnTasksInTheUnitFilter();
        }
    }

    /**
     * The unit filter comes first in the Tasklist, and people look there: it lists, besides the
     * unit's tasks, those given to the person by name (a reply to an invitation, an inspection).
     */
    private void includeMyOwnTasksInTheUnitFilter() {
        String name = messages.getMessage("tasklist.filter.unit", null, Locale.SIMPLIFIED_CHINESE);
        for (Filter unit : filters.createFilterQuery().filterName(name).list()) {
            unit.setQuery(unitQuery());
            Map<String, Object> properties = new LinkedHashMap<>(unit.getProperties());
            properties.put(
                    "description",
                    messages.getMessage("tasklist.filter.unit.description", null, Locale.SIMPLIFIED_CHINESE));
            unit.setProperties(properties);
            filters.saveFilter(unit);
        }
    }

    private TaskQuery unitQuery() {
        return tasks.createTaskQuery()
                .or()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks()
                .taskAssigneeExpression("${currentUser()}")
                .endOr()
                .orderByDueDate()
                .asc();
    }

    private void createFilters() {
        if (!markers.claim("tasklist-filters-v1")) {
            return;
        }
        Filter unit = create(
                "tasklist.filter.unit",
                -10,
                "#b4282d",
                tasks.createTaskQuery()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks()
                        .orderByDueDate()
                        .asc());
        readableBy(unit, null);
        Filter mine = create(
                "tasklist.filter.mine",
                0,
                "#2e7d32",
                tasks.createTaskQuery()
                        .taskAssigneeExpression("${currentUser()}")
                        .orderByDueDate()
                        .asc());
        readableBy(mine, null);
        Filter all = create(
                "tasklist.filter.all",
                10,
                "#555555",
                tasks.createTaskQuery().orderByDueDate().asc());
        for (PersonRole role : List.of(PersonRole.MANAGER, PersonRole.DISTRICT_LEADER)) {
            readableBy(all, role.groupId());
        }
    }

    private Filter create(String key, int priority, String color, TaskQuery query) {
        // Filter names are data stored once; they are written in Chinese, the office's language.
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", messages.getMessage(key + ".description", null, zh));
        properties.put("priority", priority);
        properties.put("color", color);
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        Filter filter = filters.newTaskFilter(messages.getMessage(key, null, zh))
                .setProperties(properties)
                .setQuery(query);
        filters.saveFilter(filter);
        return filter;
    }

    /** Readable by one group, or by every user when groupId is null. */
    private void readableBy(Filter filter, String groupId) {
        Authorization authorization = authorizations.createNewAuthorization(
                groupId == null ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT);
        if (groupId == null) {
            authorization.setUserId(Authorization.ANY);
        } else {
            authorization.setGroupId(groupId);
        }
        authorization.setResource(Resources.FILTER);
        authorization.setResourceId(filter.getId());
        authorization.addPermission(Permissions.READ);
        authorizations.saveAuthorization(authorization);
    }
}
