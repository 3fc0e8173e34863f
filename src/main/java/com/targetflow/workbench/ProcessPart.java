package com.targetflow.workbench;

import com.targetflow.organisation.PersonRole;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * The part of a process that one person may read in a task's story. District staff read it all
 * (inspectors too: a re-inspection's story holds the unit's rectification);
 * so does a unit in a process that is its own (the engine granted the unit the instance). In a
 * process that several units share — a meeting's replies and action items — a unit's staff read
 * the steps that were their unit's, the steps taken in the same branch as the task at hand (the
 * district's review of their own action item), and the comments written on those steps.
 */
final class ProcessPart {

    /** The groups of the roles that see the whole district. */
    private static final Set<String> DISTRICT = Arrays.stream(PersonRole.values())
            .filter(PersonRole::seesWholeDistrict)
            .map(PersonRole::groupId)
            .collect(Collectors.toUnmodifiableSet());

    private final boolean whole;
    private final Set<String> taskIds;

    private ProcessPart(boolean whole, Set<String> taskIds) {
        this.whole = whole;
        this.taskIds = taskIds;
    }

    /** Read without the viewer's rights: this class decides what of it they are shown. */
    static ProcessPart of(
            String taskId,
            String processInstanceId,
            String viewer,
            Collection<String> viewerGroups,
            HistoryService history,
            AuthorizationService authorizations) {
        if (viewerGroups.stream().anyMatch(DISTRICT::contains)
                || ownProcess(processInstanceId, viewerGroups, authorizations)) {
            return new ProcessPart(true, Set.of());
        }
        Map<String, String> branchOfTask = new HashMap<>();
        for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .activityType("userTask")
                .list()) {
            branchOfTask.put(step.getTaskId(), step.getParentActivityInstanceId());
        }
        String branch = branchOfTask.get(taskId);
        Set<String> branches = branch == null || branch.equals(processInstanceId)
                ? Set.of()
                : Set.copyOf(history.createHistoricActivityInstanceQuery().activityInstanceId(branch).list().stream()
                        .filter(scope -> !"multiInstanceBody".equals(scope.getActivityType()))
                        .map(HistoricActivityInstance::getId)
                        .toList());
        Set<String> part = new HashSet<>();
        part.add(taskId);
        for (HistoricTaskInstance done : history.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId)
                .list()) {
            if (viewer.equals(done.getAssignee())
                    || branches.contains(branchOfTask.get(done.getId()))
                    || offeredTo(done.getId(), viewerGroups, history)) {
                part.add(done.getId());
            }
        }
        return new ProcessPart(false, part);
    }

    private static boolean offeredTo(String taskId, Collection<String> groups, HistoryService history) {
        for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery()
                .taskId(taskId)
                .type(IdentityLinkType.CANDIDATE)
                .list()) {
            if (groups.contains(link.getGroupId())) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownProcess(
            String processInstanceId, Collection<String> groups, AuthorizationService authorizations) {
        return !groups.isEmpty()
                && authorizations
                                .createAuthorizationQuery()
                                .resourceType(Resources.PROCESS_INSTANCE)
                                .resourceId(processInstanceId)
                                .groupIdIn(groups.toArray(String[]::new))
                                .count()
                        > 0;
    }

    boolean includes(HistoricTaskInstance step) {
        return whole || taskIds.contains(step.getId());
    }

    boolean includes(Comment comment) {
        return whole || comment.getTaskId() != null && taskIds.contains(comment.getTaskId());
    }

    List<Comment> of(List<Comment> comments) {
        return whole ? comments : comments.stream().filter(this::includes).toList();
    }
}
