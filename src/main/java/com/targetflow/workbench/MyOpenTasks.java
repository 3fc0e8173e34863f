package com.targetflow.workbench;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A person's open tasks: assigned to them, or offered to one of their groups (assigned to a
 * colleague or not), those with a due date first, soonest first.
 *
 * <p>A native query of two halves joined by UNION, each starting from an index (the identity links'
 * group, the task's assignee). Camunda's task query for "assignee or candidate group" joins every
 * open task to its identity links, and as the signed-in user also to the authorization table: with
 * 100,000 open tasks that took 3–13 s per call on H2; this takes 30–70 ms (bench P3).
 *
 * <p>Camunda does not check authorizations on native queries, and need not here: the query names
 * only the person's own username and groups, which are exactly whom Camunda's default task
 * permissions let read a task (its assignee and its candidate groups). Everything done with a task
 * afterwards — its page, claiming, completing — still runs as the user, with their authorizations.
 */
@Component
class MyOpenTasks {

    private final TaskService tasks;
    private final String taskTable;
    private final String linkTable;

    MyOpenTasks(TaskService tasks, ManagementService management) {
        this.tasks = tasks;
        // Both with the configured table prefix, if any; getTableName knows no IdentityLink table.
        this.taskTable = management.getTableName(Task.class);
        this.linkTable = taskTable.substring(0, taskTable.length() - "ACT_RU_TASK".length()) + "ACT_RU_IDENTITYLINK";
    }

    List<Task> first(String username, List<String> groups, int max) {
        StringBuilder sql = new StringBuilder("select * from (select RES.* from ")
                .append(taskTable)
                .append(" RES where RES.SUSPENSION_STATE_ = 1 and RES.ASSIGNEE_ = #{username}");
        if (!groups.isEmpty()) {
            sql.append(" union select RES.* from ")
                    .append(taskTable)
                    .append(" RES where RES.SUSPENSION_STATE_ = 1")
                    .append(" and RES.ID_ in (select I.TASK_ID_ from ")
                    .append(linkTable)
                    .append(" I where I.TYPE_ = 'candidate' and I.GROUP_ID_ in (");
            for (int i = 0; i < groups.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("#{group").append(i).append('}');
            }
            sql.append("))");
        }
        // Spelled out instead of NULLS LAST, which H2 and PostgreSQL order differently by default.
        sql.append(") T order by case when T.DUE_DATE_ is null then 1 else 0 end, T.DUE_DATE_, T.CREATE_TIME_, T.ID_");
        NativeTaskQuery query =
                tasks.createNativeTaskQuery().sql(sql.toString()).parameter("username", username);
        for (int i = 0; i < groups.size(); i++) {
            query.parameter("group" + i, groups.get(i));
        }
        return query.listPage(0, max);
    }
}
