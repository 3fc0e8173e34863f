package com.targetflow.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.targetflow.meetings.ActionItem;
import com.targetflow.meetings.Meeting;
import com.targetflow.meetings.MeetingService;
import com.targetflow.models.SecretaryMeetingModel;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.notification.OutgoingMail;
import com.targetflow.notification.SentMails;
import com.targetflow.organisation.Facilities;
import com.targetflow.organisation.FacilityKind;
import com.targetflow.organisation.Units;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.EvidenceService;
import com.targetflow.targets.PlanService;
import com.targetflow.targets.Plans;
import com.targetflow.targets.Targets;
import com.targetflow.targets.TargetsForTests;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The objects the authorization matrix asks about, made in plan year 2062 (no other test uses it):
 * sub-district 1 (SD01) has an approved first report with a file and its second report open, two
 * action items (one with a file) and an invitation mail; sub-district 2 (SD02) has its first report open.
 * Also undoes, after each write of the matrix, what an allowed write may have changed.
 */
final class AuthorizationFixture {

    static final int YEAR = 2062;
    static final String PROBE_USER = "authz-probe";
    /** A user made for the matrix to delete (an administrator may); put back after each write. */
    static final String VICTIM_USER = "authz-victim";
    /** What an allowed engine-rest write of the matrix may leave: a variable, a group, a tenant. */
    static final String PROBE_VARIABLE = "authzProbe";

    static final String PROBE_GROUP = "authz-group";
    static final String PROBE_TENANT = "authz-tenant";
    private static final List<String> STREET01 = List.of("SD01", "secretaries");

    private final TransactionTemplate tx;
    private final PlanService plans;
    private final Targets targets;
    private final Plans planRepository;
    private final TargetsForTests targetTables;
    private final EvidenceService evidence;
    private final MeetingService meetings;
    private final SentMails mails;
    private final Facilities facilities;
    private final Units units;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final RepositoryService repository;
    private final IdentityService identity;

    private final JdbcTemplate jdbc;
    private final Map<String, String> values = new HashMap<>();
    /** SD01's open report task as it was made, and the grants of the whole engine then, to put back after a write. */
    private Task taskAWas;

    private Set<String> taskAComments;
    private Set<String> taskAAttachments;
    private User personAWas;
    private List<Map<String, Object>> grantsWere;
    private final Set<Long> knownMeetings = new HashSet<>();
    private final Set<Long> freshFiles = new HashSet<>();

    AuthorizationFixture(ApplicationContext beans) {
        this.tx = beans.getBean(TransactionTemplate.class);
        this.plans = beans.getBean(PlanService.class);
        this.targets = beans.getBean(Targets.class);
        this.planRepository = beans.getBean(Plans.class);
        this.targetTables = beans.getBean(TargetsForTests.class);
        this.evidence = beans.getBean(EvidenceService.class);
        this.meetings = beans.getBean(MeetingService.class);
        this.mails = beans.getBean(SentMails.class);
        this.facilities = beans.getBean(Facilities.class);
        this.units = beans.getBean(Units.class);
        this.runtime = beans.getBean(RuntimeService.class);
        this.tasks = beans.getBean(TaskService.class);
        this.management = beans.getBean(ManagementService.class);
        this.repository = beans.getBean(RepositoryService.class);
        this.identity = beans.getBean(IdentityService.class);
        this.jdbc = beans.getBean(JdbcTemplate.class);
    }

    /** Makes the objects and answers the placeholders of the matrix, e.g. taskA → the id of SD01's open report task. */
    Map<String, String> build() {
        long[] planId = new long[1];
        tx.executeWithoutResult(s -> {
            AnnualPlan plan = plans.createDraft(YEAR);
            plans.addTarget(plan, "FAC-1", "SD01", BigDecimal.valueOf(4), LocalDate.of(YEAR, 12, 31));
            plans.addTarget(plan, "FAC-1", "SD02", BigDecimal.valueOf(4), LocalDate.of(YEAR, 12, 31));
            plans.addTarget(plan, "MTG-1", "DIST", BigDecimal.valueOf(4), LocalDate.of(YEAR, 12, 31));
            planId[0] = plan.getId();
            plans.issue(plan);
        });
        values.put("year", String.valueOf(YEAR));
        values.put("planId", String.valueOf(planId[0]));
        values.put("unitA", "SD01");
        values.put("personA", "street01");
        values.put("indicator", "FAC-1");

        String unitA = unitProcess("SD01");
        confirmAndOpenRound(unitA);
        String firstRound = task(unitA, UnitTargetsModel.TASK_REPORT_PROGRESS).getId();
        long firstFile = attach(firstRound, "签到表.png", png());
        tasks.complete(
                firstRound,
                Map.of("values", List.of(Map.of("indicatorCode", "FAC-1", "value", "1")), "narrative", "新建画廊一处"));
        tasks.complete(task(unitA, UnitTargetsModel.TASK_REVIEW_REPORT).getId(), Map.of("reportApproved", "true"));
        fireTimer(unitA);
        String taskA = task(unitA, UnitTargetsModel.TASK_REPORT_PROGRESS).getId();
        attach(taskA, "第二季度.pdf", pdf());
        values.put("processA", unitA);
        values.put("taskA", taskA);
        values.put("evidenceA", String.valueOf(firstFile));
        tx.executeWithoutResult(s -> {
            AnnualPlan plan = planRepository.findByYear(YEAR).orElseThrow();
            var sd01 = units.findByCode("SD01").orElseThrow();
            values.put(
                    "reportA",
                    String.valueOf(targetTables.reportsOf(plan, sd01).get(0).getId()));
            values.put(
                    "targetA",
                    String.valueOf(targets.findByPlanAndUnitOrderByIndicatorId(plan, sd01)
                            .get(0)
                            .getId()));
            values.put(
                    "facilityA",
                    facilities.findByOwnerOrderByCode(sd01).stream()
                            .filter(f -> f.getKind() == FacilityKind.GALLERY)
                            .findFirst()
                            .orElseThrow()
                            .getCode());
        });

        String unitB = unitProcess("SD02");
        confirmAndOpenRound(unitB);
        values.put("taskB", task(unitB, UnitTargetsModel.TASK_REPORT_PROGRESS).getId());

        holdAMeetingWithAnActionItemForSubDistrictOne();
        values.put(
                "deploymentId", repository.createDeploymentQuery().list().get(0).getId());
        engineRestWrites();
        return values;
    }

    /**
     * What the rows of engine-rest's writes need: taskA's execution and its fields as they are (a PUT of
     * them changes nothing), a user to delete, SD02's group; and taskA, the grants and street01's account
     * as they are now, so that {@link #restore()} can put back what an allowed write changed.
     */
    private void engineRestWrites() {
        Task taskA = tasks.createTaskQuery().taskId(values.get("taskA")).singleResult();
        values.put("executionA", taskA.getExecutionId());
        values.put("groupB", "SD02");
        values.put("victim", VICTIM_USER);
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        format.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", taskA.getName());
        fields.put("description", taskA.getDescription());
        fields.put("priority", taskA.getPriority());
        fields.put("assignee", taskA.getAssignee());
        fields.put("owner", taskA.getOwner());
        fields.put("delegationState", null);
        fields.put("due", taskA.getDueDate() == null ? null : format.format(taskA.getDueDate()));
        fields.put("followUp", taskA.getFollowUpDate() == null ? null : format.format(taskA.getFollowUpDate()));
        fields.put("parentTaskId", null);
        fields.put("caseInstanceId", null);
        fields.put("tenantId", null);
        try {
            values.put("taskAFields", new ObjectMapper().writeValueAsString(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        User victim = identity.newUser(VICTIM_USER);
        victim.setFirstName("授权矩阵");
        victim.setLastName("");
        victim.setEmail("authz-victim@example.com");
        victim.setPassword("authz-victim-2062");
        identity.saveUser(victim);
        taskAWas = taskA;
        taskAComments = ids(tasks.getTaskComments(taskA.getId()).stream()
                .map(c -> c.getId())
                .toList());
        taskAAttachments = ids(tasks.getTaskAttachments(taskA.getId()).stream()
                .map(a -> a.getId())
                .toList());
        personAWas = identity.createUserQuery().userId("street01").singleResult();
        grantsWere = jdbc.queryForList("select * from act_ru_authorization");
    }

    /** Takes away the user made for the matrix to delete: the context, and its accounts, are shared with other test classes. */
    void dispose() {
        if (identity.createUserQuery().userId(VICTIM_USER).count() > 0) {
            identity.deleteUser(VICTIM_USER);
        }
    }

    private static Set<String> ids(List<String> ids) {
        return new HashSet<>(ids);
    }

    /** A file of SD01's open round that a delete of the matrix may remove; a new one for each cell. */
    String freshEvidence() {
        long id = attach(values.get("taskA"), "待删除.pdf", pdf());
        freshFiles.add(id);
        return String.valueOf(id);
    }

    /** Puts back what an allowed write changed: claims, a fresh file, a meeting, an engine user. */
    void restore() {
        for (String task : List.of(values.get("taskA"), values.get("taskB"))) {
            if (tasks.createTaskQuery().taskId(task).singleResult().getAssignee() != null) {
                tasks.setAssignee(task, null);
            }
        }
        tx.executeWithoutResult(s -> {
            targetTables.deleteEvidence(freshFiles);
            meetings.ofYear(YEAR).stream()
                    .filter(m -> !knownMeetings.contains(m.getId()))
                    .forEach(m -> meetings.cancel(m.getId(), "授权矩阵测试建立的会议"));
        });
        freshFiles.clear();
        knownMeetings.addAll(meetings.ofYear(YEAR).stream().map(Meeting::getId).toList());
        if (identity.createUserQuery().userId(PROBE_USER).count() > 0) {
            identity.deleteUser(PROBE_USER);
        }
        if (taskAWas != null) {
            restoreEngineRestWrites();
        }
    }

    /** What an allowed engine-rest write may have changed: taskA's fields, links, variables, comments and files; accounts; grants. */
    private void restoreEngineRestWrites() {
        String taskId = taskAWas.getId();
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task != null) {
            boolean changed = !Objects.equals(task.getName(), taskAWas.getName())
                    || !Objects.equals(task.getDescription(), taskAWas.getDescription())
                    || task.getPriority() != taskAWas.getPriority()
                    || task.getAssignee() != null
                    || !Objects.equals(task.getOwner(), taskAWas.getOwner())
                    || !Objects.equals(task.getDueDate(), taskAWas.getDueDate())
                    || !Objects.equals(task.getFollowUpDate(), taskAWas.getFollowUpDate())
                    || task.getDelegationState() != null;
            if (changed) {
                task.setName(taskAWas.getName());
                task.setDescription(taskAWas.getDescription());
                task.setPriority(taskAWas.getPriority());
                task.setAssignee(null);
                task.setOwner(taskAWas.getOwner());
                task.setDueDate(taskAWas.getDueDate());
                task.setFollowUpDate(taskAWas.getFollowUpDate());
                task.setDelegationState(null);
                tasks.saveTask(task);
            }
            Set<String> groups = new HashSet<>();
            tasks.getIdentityLinksForTask(taskId).stream()
                    .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null)
                    .forEach(l -> groups.add(l.getGroupId()));
            for (String group : groups) {
                if (!group.equals("SD01")) {
                    tasks.deleteCandidateGroup(taskId, group);
                }
            }
            if (!groups.contains("SD01")) {
                tasks.addCandidateGroup(taskId, "SD01");
            }
            if (tasks.getVariableLocal(taskId, PROBE_VARIABLE) != null) {
                tasks.removeVariableLocal(taskId, PROBE_VARIABLE);
            }
            if (runtime.getVariableLocal(task.getExecutionId(), PROBE_VARIABLE) != null) {
                runtime.removeVariableLocal(task.getExecutionId(), PROBE_VARIABLE);
            }
            if (runtime.getVariable(task.getProcessInstanceId(), PROBE_VARIABLE) != null) {
                runtime.removeVariable(task.getProcessInstanceId(), PROBE_VARIABLE);
            }
            tasks.getTaskComments(taskId).stream()
                    .filter(c -> !taskAComments.contains(c.getId()))
                    .forEach(c -> tasks.deleteTaskComment(taskId, c.getId()));
            tasks.getTaskAttachments(taskId).stream()
                    .filter(a -> !taskAAttachments.contains(a.getId()))
                    .forEach(a -> tasks.deleteTaskAttachment(taskId, a.getId()));
        }
        if (identity.createUserQuery().userId(VICTIM_USER).count() == 0) {
            User victim = identity.newUser(VICTIM_USER);
            victim.setFirstName("授权矩阵");
            victim.setLastName("");
            victim.setEmail("authz-victim@example.com");
            victim.setPassword("authz-victim-2062");
            identity.saveUser(victim);
        }
        User personA = identity.createUserQuery().userId("street01").singleResult();
        if (!Objects.equals(personA.getFirstName(), personAWas.getFirstName())
                || !Objects.equals(personA.getLastName(), personAWas.getLastName())
                || !Objects.equals(personA.getEmail(), personAWas.getEmail())) {
            personA.setFirstName(personAWas.getFirstName());
            personA.setLastName(personAWas.getLastName());
            personA.setEmail(personAWas.getEmail());
            identity.saveUser(personA);
        }
        if (identity.createUserQuery().userId("street01").memberOfGroup("SD01").count() == 0) {
            identity.createMembership("street01", "SD01");
        }
        if (identity.createUserQuery().userId("street01").memberOfGroup("SD02").count() > 0) {
            identity.deleteMembership("street01", "SD02");
        }
        if (identity.createGroupQuery().groupId(PROBE_GROUP).count() > 0) {
            identity.deleteGroup(PROBE_GROUP);
        }
        if (identity.createTenantQuery().tenantId(PROBE_TENANT).count() > 0) {
            identity.deleteTenant(PROBE_TENANT);
        }
        restoreGrants();
    }

    /**
     * The engine's grants as they were when the objects were made: an allowed claim, delegation or
     * new candidate leaves a grant on taskA behind it (the engine never takes one back), which
     * would let another unit see the task in every later row.
     */
    private void restoreGrants() {
        Map<Object, Map<String, Object>> was = new HashMap<>();
        grantsWere.forEach(row -> was.put(row.get("id_"), row));
        Map<Object, Map<String, Object>> now = new HashMap<>();
        jdbc.queryForList("select * from act_ru_authorization").forEach(row -> now.put(row.get("id_"), row));
        now.forEach((id, row) -> {
            if (!was.containsKey(id)) {
                jdbc.update("delete from act_ru_authorization where id_ = ?", id);
            }
        });
        was.forEach((id, row) -> {
            Map<String, Object> current = now.get(id);
            if (current == null) {
                List<String> columns = new ArrayList<>(row.keySet());
                jdbc.update(
                        "insert into act_ru_authorization (" + String.join(", ", columns) + ") values ("
                                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")",
                        columns.stream().map(row::get).toArray());
            } else if (!current.equals(row)) {
                jdbc.update(
                        "update act_ru_authorization set perms_ = ?, rev_ = ? where id_ = ?",
                        row.get("perms_"),
                        row.get("rev_"),
                        id);
            }
        });
    }

    /** The first meeting of the year, with only SD01 invited, held; the second stays planned. */
    private void holdAMeetingWithAnActionItemForSubDistrictOne() {
        List<Meeting> planned = meetings.ofYear(YEAR).stream()
                .sorted(Comparator.comparing(Meeting::getPlannedDate))
                .toList();
        planned.forEach(m -> knownMeetings.add(m.getId()));
        long meetingId = planned.get(0).getId();
        String process = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("meeting-" + meetingId)
                .singleResult()
                .getId();
        tasks.complete(
                task(process, SecretaryMeetingModel.TASK_PREPARE_MEETING).getId(),
                Map.of(
                        "meetingDate",
                        YEAR + "-03-18",
                        "startTime",
                        "09:30",
                        "endTime",
                        "11:30",
                        "place",
                        "区科协三楼会议室",
                        "agenda",
                        "通报第一季度进展",
                        "trainingTopic",
                        "新时代科普工作方法",
                        "trainer",
                        "区科协 王伟",
                        "invitees",
                        List.of("street01")));
        for (int n = 0; n < 10 && task(process, SecretaryMeetingModel.TASK_RECORD_MEETING) == null; n++) {
            for (Task reply : tasks.createTaskQuery()
                    .processInstanceId(process)
                    .taskDefinitionKey(SecretaryMeetingModel.TASK_REPLY_INVITATION)
                    .list()) {
                tasks.complete(reply.getId(), Map.of("reply", "ATTEND"));
            }
            for (Job timer : management
                    .createJobQuery()
                    .processInstanceId(process)
                    .timers()
                    .list()) {
                management.executeJob(timer.getId());
            }
        }
        tasks.complete(
                task(process, SecretaryMeetingModel.TASK_RECORD_MEETING).getId(),
                Map.of(
                        "attendance",
                        List.of(Map.of("username", "street01", "attendance", "PRESENT")),
                        "minutes",
                        "部署画廊更新",
                        "actionItems",
                        List.of(
                                Map.of("unitCode", "SD01", "title", "报送画廊更新照片", "dueDate", YEAR + "-04-10"),
                                Map.of("unitCode", "SD01", "title", "整理科普活动台账", "dueDate", YEAR + "-04-10"))));
        List<Long> items = meetings.actionItemsOf(meetings.find(meetingId)).stream()
                .map(ActionItem::getId)
                .sorted()
                .toList();
        Task withPhoto = tasks
                .createTaskQuery()
                .processInstanceId(process)
                .taskDefinitionKey(SecretaryMeetingModel.TASK_COMPLETE_ACTION_ITEM)
                .list()
                .stream()
                .filter(t -> items.get(0).equals(((Number) tasks.getVariable(t.getId(), "actionItemId")).longValue()))
                .findFirst()
                .orElseThrow();
        attach(withPhoto.getId(), "画廊.png", png());
        values.put("meetingId", String.valueOf(meetingId));
        values.put("meetingPlanned", String.valueOf(planned.get(1).getId()));
        values.put("actionItemA", String.valueOf(items.get(0)));
        values.put("actionItemWithoutFilesA", String.valueOf(items.get(1)));
        OutgoingMail invitation = mails.findByMeetingIdOrderById(meetingId).stream()
                .filter(m -> "street01".equals(m.getRecipientUsername()) && m.hasCalendar())
                .findFirst()
                .orElseThrow();
        values.put("mailA", String.valueOf(invitation.getId()));
    }

    private String unitProcess(String unitCode) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(PlanService.UNIT_PROCESS_KEY)
                .processInstanceBusinessKey(YEAR + "-" + unitCode)
                .singleResult()
                .getId();
    }

    private void confirmAndOpenRound(String process) {
        tasks.complete(task(process, UnitTargetsModel.TASK_CONFIRM_TARGETS).getId(), Map.of("targetsAccepted", true));
        fireTimer(process);
    }

    /** The quarter's end: the one timer the unit process waits for. */
    private void fireTimer(String process) {
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(process)
                .timers()
                .singleResult()
                .getId());
    }

    private Task task(String process, String key) {
        return tasks.createTaskQuery()
                .processInstanceId(process)
                .taskDefinitionKey(key)
                .singleResult();
    }

    /** A file attached as SD01's secretary-general attaches it, through the service the upload uses. */
    private long attach(String taskId, String name, byte[] content) {
        return evidence.attach(evidence.roundOfTask(taskId, "street01", STREET01), name, content, null, "street01")
                .getId();
    }

    static byte[] pdf() {
        return Arrays.copyOf("%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII), 64);
    }

    private static byte[] png() {
        try {
            BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
