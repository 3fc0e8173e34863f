package com.targetflow.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DemoDistrictTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workbench's list of open tasks, which Camunda does not check against authorizations (a native
 * query): it holds exactly the tasks the user's authorizations let them read among those assigned
 * to them or offered to their groups, and nothing of anyone else's, whatever their group names hold.
 */
@DemoDistrictTest
class MyOpenTasksTest {

    private static final String ME = "mot-me";
    private static final String COLLEAGUE = "mot-colleague";
    private static final List<String> MY_GROUPS = List.of("MOT-UNIT", "MOT-ROLE");

    @Autowired
    MyOpenTasks myOpenTasks;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void removeTheTasks() {
        created.forEach(id -> tasks.deleteTask(id, true));
    }

    @Test
    void assignedToMeOrOfferedToMyGroupsAssignedOrNotSoonestFirstAndNothingElse() {
        String mine = task("assigned to me", ME, null, 5);
        String groupOpen = task("my unit's, unclaimed", null, "MOT-UNIT", 3);
        String groupTaken = task("my unit's, claimed by a colleague", COLLEAGUE, "MOT-UNIT", null);
        String role = task("my role's", null, "MOT-ROLE", 1);
        String otherUnit = task("another unit's", null, "MOT-OTHER", 2);
        String colleagues = task("a colleague's own", COLLEAGUE, null, 4);

        List<String> found = ids(myOpenTasks.first(ME, MY_GROUPS, 200));

        assertThat(found).containsExactly(role, groupOpen, mine, groupTaken);
        assertThat(found).doesNotContain(otherUnit, colleagues);
        // The same answer Camunda's authorizations give for each task, as Tasklist would.
        for (String id : List.of(mine, groupOpen, groupTaken, role, otherUnit, colleagues)) {
            assertThat(readableAsMe(id)).as(id).isEqualTo(found.contains(id));
        }
    }

    @Test
    void withoutGroupsOnlyMyOwnAndAtMostTheNumberAsked() {
        String first = task("mine, due first", ME, "MOT-UNIT", 1);
        task("mine, due second", ME, null, 2);

        String unit = task("my unit's, due now", null, "MOT-UNIT", 0);

        assertThat(ids(myOpenTasks.first(ME, List.of(), 200)))
                .hasSize(2)
                .first()
                .isEqualTo(first);
        assertThat(ids(myOpenTasks.first(ME, MY_GROUPS, 200)))
                .hasSize(3)
                .first()
                .isEqualTo(unit);
        assertThat(ids(myOpenTasks.first(ME, MY_GROUPS, 1))).containsExactly(unit);
    }

    @Test
    void aGroupNameIsAValueNotSql() {
        task("another unit's", null, "MOT-OTHER", 1);
        String mine = task("mine", ME, null, 2);

        assertThat(ids(myOpenTasks.first(ME, List.of("x') or ('1' = '1", "MOT-UNIT' or 1 = 1 --"), 200)))
                .containsExactly(mine);
    }

    private boolean readableAsMe(String taskId) {
        identity.setAuthentication(ME, MY_GROUPS);
        try {
            return tasks.createTaskQuery().taskId(taskId).count() == 1;
        } finally {
            identity.clearAuthentication();
        }
    }

    private String task(String name, String assignee, String group, Integer dueInDays) {
        Task task = tasks.newTask();
        task.setName(name);
        task.setAssignee(assignee);
        task.setDueDate(dueInDays == null ? null : Date.from(Instant.now().plusSeconds(86_400L * dueInDays)));
        tasks.saveTask(task);
        if (group != null) {
            tasks.addCandidateGroup(task.getId(), group);
        }
        created.add(task.getId());
        return task.getId();
    }

    private static List<String> ids(List<Task> found) {
        return found.stream().map(Task::getId).toList();
    }
}
