package com.targetflow.targets;

import com.targetflow.domain.Refusal;
import com.targetflow.models.FacilityInspectionModel;
import com.targetflow.models.SecretaryMeetingModel;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.organisation.Unit;
import com.targetflow.organisation.Units;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence for a unit's progress report, meeting action item or inspection visit. Files are attached
 * through the open 进展填报 (reporting round), 办理交办事项 (action item) or inspection task, by someone
 * who may work on that task; they are seen by the unit and the district only (EvidenceFiles).
 */
@Service
@Transactional
@EnableConfigurationProperties(EvidenceProperties.class)
public class EvidenceService {

    static final String REPORT_TASK = UnitTargetsModel.TASK_REPORT_PROGRESS;
    static final String ACTION_ITEM_TASK = SecretaryMeetingModel.TASK_COMPLETE_ACTION_ITEM;
    /** The inspector's and the owning unit's tasks of an inspection: photos go with the visit. */
    static final List<String> INSPECTION_TASKS = List.of(
            FacilityInspectionModel.TASK_INSPECT_FACILITY,
            FacilityInspectionModel.TASK_REINSPECT,
            FacilityInspectionModel.TASK_RECTIFY);

    private static final String[] TASKS_WITH_EVIDENCE = Stream.concat(
                    Stream.of(REPORT_TASK, ACTION_ITEM_TASK), INSPECTION_TASKS.stream())
            .toArray(String[]::new);

    /** Whether a task of this kind takes evidence files (a progress report, an action item, an inspection). */
    public static boolean takesEvidence(String taskKey) {
        return Arrays.asList(TASKS_WITH_EVIDENCE).contains(taskKey);
    }

    private final EvidenceRepository evidence;
    private final PlanRepository plans;
    private final Units units;
    private final TargetRepository targets;
    private final TaskService tasks;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final RepositoryService repository;
    private final EvidenceProperties limits;
    private final Clock clock;

    EvidenceService(
            EvidenceRepository evidence,
            PlanRepository plans,
            Units units,
            TargetRepository targets,
            TaskService tasks,
            IdentityService identity,
            AuthorizationService authorizations,
            RepositoryService repository,
            EvidenceProperties limits,
            Clock clock) {
        this.evidence = evidence;
        this.plans = plans;
        this.units = units;
        this.targets = targets;
        this.tasks = tasks;
        this.identity = identity;
        this.authorizations = authorizations;
        this.repository = repository;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Where a task's files go: the reporting round an open progress task stands for, or the meeting
     * action item an open 办理交办事项 task stands for (then plan is null and round 0).
     */
    public record Round(String taskId, AnnualPlan plan, Unit unit, int round, Long actionItemId, Long inspectionId) {

        public boolean forActionItem() {
            return actionItemId != null;
        }

        public boolean forInspection() {
            return inspectionId != null;
        }

        /** Not a progress report's round: no targets to pick from. */
        public boolean standalone() {
            return plan == null;
        }
    }

    /** The round of a progress task that this user may work on; anything else is refused as not found. */
    @Transactional(readOnly = true)
    public Round roundOfTask(String taskId, String userId, List<String> groupIds) {
        Task task;
        identity.setAuthentication(userId, groupIds);
        try {
            task = tasks.createTaskQuery()
                    .taskId(taskId)
                    .taskDefinitionKeyIn(TASKS_WITH_EVIDENCE)
                    .singleResult();
        } finally {
            identity.clearAuthentication();
        }
        if (task == null) {
            throw Refusal.notFound("error.evidence.task.not-found", taskId);
        }
        if (ACTION_ITEM_TASK.equals(task.getTaskDefinitionKey())) {
            // The unit an action item is given to is the task's candidate group (a unit code).
            long actionItemId = ((Number) tasks.getVariable(taskId, "actionItemId")).longValue();
            Unit unit = tasks.getIdentityLinksForTask(taskId).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(link -> units.findByCode(link.getGroupId()))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .orElseThrow(() -> Refusal.notFound("error.evidence.task.not-found", taskId));
            return new Round(taskId, null, unit, 0, actionItemId, null);
        }
        if (INSPECTION_TASKS.contains(task.getTaskDefinitionKey())) {
            long inspectionId = ((Number) tasks.getVariable(taskId, "inspectionId")).longValue();
            Unit owner = units.findByCode((String) tasks.getVariable(taskId, UnitProcessVariables.UNIT_CODE))
                    .orElseThrow();
            return new Round(taskId, null, owner, 0, null, inspectionId);
        }
        long planId = ((Number) tasks.getVariable(taskId, UnitProcessVariables.PLAN_ID)).longValue();
        String unitCode = (String) tasks.getVariable(taskId, UnitProcessVariables.UNIT_CODE);
        int round = ((Number) tasks.getVariable(taskId, UnitProcessVariables.ROUND)).intValue() + 1;
        return new Round(
                taskId,
                plans.findById(planId).orElseThrow(),
                units.findByCode(unitCode).orElseThrow(),
                round,
                null,
                null);
    }

    /**
     * The round of a task whose files this user may change (attach, remove): seeing the task, as a
     * district leader sees every unit's, is not enough; working on it is, as the engine decides it
     * when the task is completed.
     */
    @Transactional(readOnly = true)
    public Round roundToWorkOn(String taskId, String userId, List<String> groupIds) {
        Round round = roundOfTask(taskId, userId, groupIds);
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        String processKey =
                repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        boolean mayWork = may(userId, groupIds, TaskPermissions.TASK_WORK, Resources.TASK, taskId)
                || may(userId, groupIds, Permissions.UPDATE, Resources.TASK, taskId)
                || may(
                        userId,
                        groupIds,
                        ProcessDefinitionPermissions.TASK_WORK,
                        Resources.PROCESS_DEFINITION,
                        processKey)
                || may(
                        userId,
                        groupIds,
                        ProcessDefinitionPermissions.UPDATE_TASK,
                        Resources.PROCESS_DEFINITION,
                        processKey);
        if (!mayWork) {
            throw Refusal.forbidden();
        }
        return round;
    }

    private boolean may(
            String userId, List<String> groupIds, Permission permission, Resource resource, String resourceId) {
        return authorizations.isUserAuthorized(userId, groupIds, permission, resource, resourceId);
    }

    @Transactional(readOnly = true)
    public List<Evidence> of(Round round) {
        if (round.forActionItem()) {
            return evidence.findByActionItemIdOrderById(round.actionItemId());
        }
        if (round.forInspection()) {
            return evidence.findByInspectionIdOrderById(round.inspectionId());
        }
        return evidence.findByPlanAndUnitAndRoundOrderById(round.plan(), round.unit(), round.round());
    }

    private static final Pattern CLIMBS_FOLDERS = Pattern.compile("(^|[/\\\\])\\.\\.([/\\\\]|$)");

    public Evidence attach(Round round, String originalName, byte[] content, String indicatorCode, String userId) {
        if (originalName != null && CLIMBS_FOLDERS.matcher(originalName).find()) {
            // No browser or phone sends "../": only a crafted request does, so it is refused, not cleaned.
            throw Refusal.invalid("file", "error.evidence.name.path", originalName);
        }
        if (content.length == 0) {
            throw Refusal.invalid("file", "error.evidence.empty");
        }
        if (content.length > limits.maxFileSize().toBytes()) {
            throw new Refusal(
                    Refusal.Kind.TOO_LARGE,
                    "file",
                    "error.evidence.too-large",
                    limits.maxFileSize().toMegabytes());
        }
        EvidenceType type = EvidenceType.of(content)
                .orElseThrow(() -> new Refusal(Refusal.Kind.UNSUPPORTED_TYPE, "file", "error.evidence.type"));
        long stored = round.forActionItem()
                ? evidence.countByActionItemId(round.actionItemId())
                : round.forInspection()
                        ? evidence.countByInspectionId(round.inspectionId())
                        : evidence.countByPlanAndUnitAndRound(round.plan(), round.unit(), round.round());
        if (stored >= limits.maxFiles()) {
            throw Refusal.conflict("file", "error.evidence.too-many", limits.maxFiles());
        }
        Target target = null;
        if (indicatorCode != null && !indicatorCode.isBlank() && !round.standalone()) {
            target = targets.findByPlanAndUnitOrderByIndicatorId(round.plan(), round.unit()).stream()
                    .filter(t -> t.getIndicator().getCode().equals(indicatorCode))
                    .findFirst()
                    .orElseThrow(() -> Refusal.invalid("indicatorCode", "task.input.not-your-target", indicatorCode));
        }
        return evidence.save(new Evidence(
                round,
                target,
                safeName(originalName, type),
                type,
                content,
                sha256(content),
                userId,
                Instant.now(clock)));
    }

    public void remove(Round round, long evidenceId) {
        Evidence file = evidence.findById(evidenceId)
                .filter(e -> e.belongsTo(round))
                .orElseThrow(() -> Refusal.notFound("error.evidence.not-found", evidenceId));
        evidence.delete(file);
    }

    /** The name without any folder part, control characters or a misleading ending; the real type decides. */
    static String safeName(String original, EvidenceType type) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"<>|:*?]", "_")
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "evidence";
        }
        String extension = switch (type) {
            case JPEG -> ".jpg";
            case PNG -> ".png";
            case HEIC -> ".heic";
            case PDF -> ".pdf";
        };
        String lower = name.toLowerCase();
        boolean matches = lower.endsWith(extension) || (type == EvidenceType.JPEG && lower.endsWith(".jpeg"));
        if (!matches) {
            name = name + extension;
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
