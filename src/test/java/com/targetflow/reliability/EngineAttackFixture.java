package com.targetflow.reliability;

import com.targetflow.inspections.InspectionScope;
import com.targetflow.inspections.InspectionService;
import com.targetflow.meetings.Meeting;
import com.targetflow.meetings.MeetingService;
import com.targetflow.models.FacilityInspectionModel;
import com.targetflow.models.SecretaryMeetingModel;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.organisation.FacilityKind;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.PlanService;
import com.targetflow.targets.Plans;
import com.targetflow.targets.TargetsForTests;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work that {@link EngineAttackCorpusTest} attacks: one open task of every kind a unit (or the
 * inspector) does, all for sub-district 1 (SD01), made in plan years 2053–2055 (no other test uses
 * them) the way the app makes them, earlier tasks completed through the Java API as the app:
 * <ul>
 * <li>2053: SD01's and SD02's Task_ConfirmTargets (SD02's is "another unit's" data); the year's
 * first meeting held with an action item for SD01 (Task_CompleteActionItem), its second prepared
 * with street01 invited (Task_ReplyInvitation);</li>
 * <li>2054: SD01 confirmed, reporting its first quarter (Task_ReportProgress), and a target
 * changed by the district afterwards (Task_ReconfirmTargets, beside the report);</li>
 * <li>2055: SD01's four quarters approved (Task_SelfAssessment);</li>
 * <li>a gallery inspection round over SD01: one visit open (Task_InspectFacility), one failed and
 * waiting for the unit (Task_Rectify), one rectified and waiting for the inspector
 * (Task_Reinspect).</li>
 * </ul>
 * The fixture also remembers every task's state and the accounts, and puts back what a request
 * that should have been refused changed anyway, so that one hole in the guard does not turn the
 * cases after it into failures of their own.
 */
final class EngineAttackFixture {

    static final int CONFIRM_YEAR = 2053;
    static final int REPORT_YEAR = 2054;
    static final int ASSESS_YEAR = 2055;
    static final List<Integer> YEARS = List.of(CONFIRM_YEAR, REPORT_YEAR, ASSESS_YEAR);

    /** Who does a kind of task: its unit's staff (candidate group SD01), its invitee, or the inspector. */
    enum Doers {
        UNIT,
        INVITEE,
        INSPECTOR
    }

    /** The unit-facing kinds of task, named as the corpus names them: "{report}". */
    enum Kind {
        confirm(UnitTargetsModel.TASK_CONFIRM_TARGETS, Doers.UNIT),
        reconfirm(UnitTargetsModel.TASK_RECONFIRM_TARGETS, Doers.UNIT),
        report(UnitTargetsModel.TASK_REPORT_PROGRESS, Doers.UNIT),
        selfAssessment(UnitTargetsModel.TASK_SELF_ASSESSMENT, Doers.UNIT),
        meetingReply(SecretaryMeetingModel.TASK_REPLY_INVITATION, Doers.INVITEE),
        actionItem(SecretaryMeetingModel.TASK_COMPLETE_ACTION_ITEM, Doers.UNIT),
        rectification(FacilityInspectionModel.TASK_RECTIFY, Doers.UNIT),
        inspection(FacilityInspectionModel.TASK_INSPECT_FACILITY, Doers.INSPECTOR),
        reinspection(FacilityInspectionModel.TASK_REINSPECT, Doers.INSPECTOR);

        final String activity;
        final Doers doers;

        Kind(String activity, Doers doers) {
            this.activity = activity;
            this.doers = doers;
        }
    }

    /** A task as the app left it: what a refused request must not change. */
    record TaskState(
            String id,
            String name,
            String description,
            int priority,
            String assignee,
            String owner,
            Date due,
            Date followUp,
            DelegationState delegation,
            Set<String> candidateGroups,
            Set<String> candidateUsers,
            Map<String, String> local,
            Map<String, String> executionLocal,
            Map<String, String> visible,
            Set<String> comments,
            Set<String> attachments) {

        /** What differs from another state, in words, or "" when nothing does. */
        String differences(TaskState now) {
            if (now == null) {
                return "the task is no longer open";
            }
            List<String> d = new ArrayList<>();
            compare(d, "name", name, now.name);
            compare(d, "description", description, now.description);
            compare(d, "priority", priority, now.priority);
            compare(d, "assignee", assignee, now.assignee);
            compare(d, "owner", owner, now.owner);
            compare(d, "due", due == null ? null : due.getTime(), now.due == null ? null : now.due.getTime());
            compare(
                    d,
                    "followUp",
                    followUp == null ? null : followUp.getTime(),
                    now.followUp == null ? null : now.followUp.getTime());
            compare(d, "delegation", delegation, now.delegation);
            compare(d, "candidate groups", candidateGroups, now.candidateGroups);
            compare(d, "candidate users", candidateUsers, now.candidateUsers);
            compare(d, "task variables", local, now.local);
            compare(d, "execution variables", executionLocal, now.executionLocal);
            compare(d, "process variables", visible, now.visible);
            compare(d, "comments", comments, now.comments);
            compare(d, "attachments", attachments, now.attachments);
            return String.join("; ", d);
        }

        private static void compare(List<String> d, String what, Object was, Object is) {
            if (!Objects.equals(was, is)) {
                d.add(what + " " + was + " → " + is);
            }
        }
    }

    private final TransactionTemplate tx;
    private final PlanService plans;
    private final Plans planRepository;
    private final TargetsForTests targetTables;
    private final MeetingService meetings;
    private final InspectionService inspections;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final JdbcTemplate jdbc;

    private final Map<Kind, String> ids = new EnumMap<>(Kind.class);
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, TaskState> original = new LinkedHashMap<>();
    private final Map<String, Saved> saved = new LinkedHashMap<>();
    private Map<String, Object> originalIdentity;
    /** The identity tables and the grants, row by row, and the columns that name a row. */
    private final Map<String, List<Map<String, Object>>> originalTables = new LinkedHashMap<>();

    private static final Map<String, List<String>> KEYS = Map.of(
            "act_id_user",
            List.of("id_"),
            "act_id_group",
            List.of("id_"),
            "act_id_membership",
            List.of("user_id_", "group_id_"),
            "act_id_tenant",
            List.of("id_"),
            "act_id_tenant_member",
            List.of("id_"),
            "act_id_info",
            List.of("id_"),
            "act_ru_authorization",
            List.of("id_"));

    /** The typed values behind a task's state, to put back what a request changed. */
    private record Saved(
            String executionId,
            Map<String, TypedValue> local,
            Map<String, TypedValue> executionLocal,
            Map<String, TypedValue> visible) {}

    EngineAttackFixture(ApplicationContext beans) {
        this.tx = beans.getBean(TransactionTemplate.class);
        this.plans = beans.getBean(PlanService.class);
        this.planRepository = beans.getBean(Plans.class);
        this.targetTables = beans.getBean(TargetsForTests.class);
        this.meetings = beans.getBean(MeetingService.class);
        this.inspections = beans.getBean(InspectionService.class);
        this.runtime = beans.getBean(RuntimeService.class);
        this.tasks = beans.getBean(TaskService.class);
        this.management = beans.getBean(ManagementService.class);
        this.jdbc = beans.getBean(JdbcTemplate.class);
    }

    /** Makes the work and answers the placeholders: {report} → the task's id, {report.process}, {report.execution}. */
    Map<String, String> build() {
        tx.executeWithoutResult(s -> {
            AnnualPlan confirm = plans.createDraft(CONFIRM_YEAR);
            plans.addTarget(confirm, "FAC-1", "SD01", BigDecimal.valueOf(4), LocalDate.of(CONFIRM_YEAR, 12, 31));
            plans.addTarget(confirm, "ORG-2", "SD01", BigDecimal.valueOf(80), LocalDate.of(CONFIRM_YEAR, 12, 31));
            plans.addTarget(confirm, "FAC-1", "SD02", BigDecimal.valueOf(5), LocalDate.of(CONFIRM_YEAR, 12, 31));
            plans.addTarget(confirm, "ORG-2", "SD02", BigDecimal.valueOf(70), LocalDate.of(CONFIRM_YEAR, 12, 31));
            plans.addTarget(confirm, "MTG-1", "DIST", BigDecimal.valueOf(4), LocalDate.of(CONFIRM_YEAR, 12, 31));
            plans.issue(confirm);
            AnnualPlan report = plans.createDraft(REPORT_YEAR);
            plans.addTarget(report, "FAC-1", "SD01", BigDecimal.valueOf(4), LocalDate.of(REPORT_YEAR, 12, 31));
            plans.issue(report);
            AnnualPlan assess = plans.createDraft(ASSESS_YEAR);
            plans.addTarget(assess, "FAC-1", "SD01", BigDecimal.valueOf(4), LocalDate.of(ASSESS_YEAR, 12, 31));
            plans.issue(assess);
        });

        String confirmSd01 = unitProcess(CONFIRM_YEAR, "SD01");
        ids.put(Kind.confirm, task(confirmSd01, Kind.confirm.activity).getId());
        String confirmSd02 = unitProcess(CONFIRM_YEAR, "SD02");
        values.put(
                "{sd02confirm}",
                task(confirmSd02, UnitTargetsModel.TASK_CONFIRM_TARGETS).getId());

        String reporting = unitProcess(REPORT_YEAR, "SD01");
        tasks.complete(task(reporting, UnitTargetsModel.TASK_CONFIRM_TARGETS).getId(), Map.of("targetsAccepted", true));
        fireTimer(reporting);
        ids.put(Kind.report, task(reporting, Kind.report.activity).getId());
        tx.executeWithoutResult(s -> {
            AnnualPlan plan = planRepository.findByYear(REPORT_YEAR).orElseThrow();
            long fac1 = targetTables.targetsOf(plan).get(0).getId();
            plans.changeTarget(plan, fac1, BigDecimal.valueOf(5), LocalDate.of(REPORT_YEAR, 11, 30), null);
        });
        ids.put(Kind.reconfirm, task(reporting, Kind.reconfirm.activity).getId());

        String assessing = unitProcess(ASSESS_YEAR, "SD01");
        tasks.complete(task(assessing, UnitTargetsModel.TASK_CONFIRM_TARGETS).getId(), Map.of("targetsAccepted", true));
        for (int quarter = 1; quarter <= 4; quarter++) {
            fireTimer(assessing);
            tasks.complete(
                    task(assessing, UnitTargetsModel.TASK_REPORT_PROGRESS).getId(),
                    Map.of(
                            "values",
                            List.of(Map.of("indicatorCode", "FAC-1", "value", String.valueOf(quarter))),
                            "narrative",
                            "第 " + quarter + " 季度新建画廊一处"));
            tasks.complete(
                    task(assessing, UnitTargetsModel.TASK_REVIEW_REPORT).getId(), Map.of("reportApproved", "true"));
        }
        ids.put(
                Kind.selfAssessment,
                task(assessing, Kind.selfAssessment.activity).getId());

        meetingsOfTheConfirmYear();
        inspectionRoundOverSubDistrictOne();

        for (Kind kind : Kind.values()) {
            Task task = tasks.createTaskQuery().taskId(ids.get(kind)).singleResult();
            values.put("{" + kind + "}", task.getId());
            values.put("{" + kind + ".process}", task.getProcessInstanceId());
            values.put("{" + kind + ".execution}", task.getExecutionId());
        }
        for (String id : taskIds()) {
            original.put(id, state(id));
            saved.put(id, save(id));
        }
        originalIdentity = identityNow();
        for (String table : List.of(
                "act_id_user",
                "act_id_group",
                "act_id_membership",
                "act_id_tenant",
                "act_id_tenant_member",
                "act_id_info",
                "act_ru_authorization")) {
            originalTables.put(table, jdbc.queryForList("select * from " + table));
        }
        return values;
    }

    /** The first meeting held with an action item for SD01; the second prepared with street01 invited. */
    private void meetingsOfTheConfirmYear() {
        List<Meeting> planned = meetings.ofYear(CONFIRM_YEAR).stream()
                .sorted(Comparator.comparing(Meeting::getPlannedDate))
                .toList();
        long heldId = planned.get(0).getId();
        String held = meetingProcess(heldId);
        prepare(held, CONFIRM_YEAR + "-03-18");
        for (int n = 0; n < 10 && task(held, SecretaryMeetingModel.TASK_RECORD_MEETING) == null; n++) {
            for (Task reply : tasks.createTaskQuery()
                    .processInstanceId(held)
                    .taskDefinitionKey(SecretaryMeetingModel.TASK_REPLY_INVITATION)
                    .list()) {
                tasks.complete(reply.getId(), Map.of("reply", "ATTEND"));
            }
            for (Job timer :
                    management.createJobQuery().processInstanceId(held).timers().list()) {
                management.executeJob(timer.getId());
            }
        }
        tasks.complete(
                task(held, SecretaryMeetingModel.TASK_RECORD_MEETING).getId(),
                Map.of(
                        "attendance",
                        List.of(Map.of("username", "street01", "attendance", "PRESENT")),
                        "minutes",
                        "部署画廊更新",
                        "actionItems",
                        List.of(Map.of("unitCode", "SD01", "title", "报送画廊更新照片", "dueDate", CONFIRM_YEAR + "-04-10"))));
        ids.put(Kind.actionItem, task(held, Kind.actionItem.activity).getId());

        String next = meetingProcess(planned.get(1).getId());
        prepare(next, CONFIRM_YEAR + "-05-20");
        ids.put(
                Kind.meetingReply,
                tasks.createTaskQuery()
                        .processInstanceId(next)
                        .taskDefinitionKey(Kind.meetingReply.activity)
                        .taskAssignee("street01")
                        .singleResult()
                        .getId());
    }

    private void prepare(String process, String date) {
        tasks.complete(
                task(process, SecretaryMeetingModel.TASK_PREPARE_MEETING).getId(),
                Map.of(
                        "meetingDate",
                        date,
                        "startTime",
                        "09:30",
                        "endTime",
                        "11:30",
                        "place",
                        "区科协三楼会议室",
                        "agenda",
                        "通报进展",
                        "trainingTopic",
                        "新时代科普工作方法",
                        "trainer",
                        "区科协 王伟",
                        "invitees",
                        List.of("street01")));
    }

    /** Three of SD01's galleries: one still to visit, one failed (to rectify), one rectified (to re-inspect). */
    private void inspectionRoundOverSubDistrictOne() {
        long roundId = tx.execute(s -> inspections.start(
                        new InspectionService.RoundRequest(
                                FacilityKind.GALLERY,
                                InspectionScope.SUBDISTRICT,
                                "SD01",
                                null,
                                "inspector",
                                LocalDate.now().plusDays(10)),
                        "manager"))
                .getId();
        String round = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("inspection-round-" + roundId)
                .singleResult()
                .getId();
        List<Task> visits = tasks.createTaskQuery()
                .processInstanceId(round)
                .taskDefinitionKey(Kind.inspection.activity)
                .taskAssignee("inspector")
                .orderByTaskId()
                .asc()
                .list();
        if (visits.size() < 3) {
            throw new IllegalStateException("SD01 has " + visits.size() + " galleries, the fixture needs three");
        }
        ids.put(Kind.inspection, visits.get(0).getId());
        tasks.complete(visits.get(1).getId(), Map.of("boardIntact", false, "remark", "面板玻璃破裂"));
        tasks.complete(visits.get(2).getId(), Map.of("clean", false, "remark", "积灰"));
        List<Task> rectify = tasks.createTaskQuery()
                .processInstanceId(round)
                .taskDefinitionKey(Kind.rectification.activity)
                .orderByTaskId()
                .asc()
                .list();
        tasks.complete(rectify.get(1).getId(), Map.of("rectification", "已清洁"));
        ids.put(Kind.rectification, rectify.get(0).getId());
        ids.put(
                Kind.reinspection,
                tasks.createTaskQuery()
                        .processInstanceId(round)
                        .taskDefinitionKey(Kind.reinspection.activity)
                        .singleResult()
                        .getId());
    }

    String id(Kind kind) {
        return ids.get(kind);
    }

    String sd02Confirm() {
        return values.get("{sd02confirm}");
    }

    /** Every task the fixture watches: the nine kinds and SD02's own. */
    List<String> taskIds() {
        List<String> all = new ArrayList<>(ids.values());
        all.add(sd02Confirm());
        return all;
    }

    TaskState original(String taskId) {
        return original.get(taskId);
    }

    // ------------------------------------------------------------------ what is there now

    TaskState state(String taskId) {
        try {
            return stateOf(taskId);
        } catch (NullValueException gone) {
            // The task's execution ended under it (a BPMN error that got through): the task is not open.
            return null;
        }
    }

    private TaskState stateOf(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return null;
        }
        Set<String> groups = new TreeSet<>();
        Set<String> users = new TreeSet<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                if (link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                } else {
                    users.add(link.getUserId());
                }
            } else if (!IdentityLinkType.ASSIGNEE.equals(link.getType())
                    && !IdentityLinkType.OWNER.equals(link.getType())) {
                groups.add(link.getType() + ":" + link.getGroupId() + "/" + link.getUserId());
            }
        }
        return new TaskState(
                task.getId(),
                task.getName(),
                task.getDescription(),
                task.getPriority(),
                task.getAssignee(),
                task.getOwner(),
                task.getDueDate(),
                task.getFollowUpDate(),
                task.getDelegationState(),
                groups,
                users,
                describe(tasks.getVariablesLocalTyped(taskId, false)),
                describe(runtime.getVariablesLocalTyped(task.getExecutionId(), false)),
                describe(runtime.getVariablesTyped(task.getExecutionId(), false)),
                tasks.getTaskComments(taskId).stream()
                        .map(Comment::getId)
                        .collect(Collectors.toCollection(TreeSet::new)),
                tasks.getTaskAttachments(taskId).stream()
                        .map(a -> a.getId())
                        .collect(Collectors.toCollection(TreeSet::new)));
    }

    private Saved save(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return new Saved(
                task.getExecutionId(),
                typed(tasks.getVariablesLocalTyped(taskId, false)),
                typed(runtime.getVariablesLocalTyped(task.getExecutionId(), false)),
                typed(runtime.getVariablesTyped(task.getExecutionId(), false)));
    }

    private static Map<String, TypedValue> typed(Map<String, Object> variables) {
        Map<String, TypedValue> out = new TreeMap<>();
        VariableMap map = (VariableMap) variables;
        for (String name : map.keySet()) {
            out.put(name, map.getValueTyped(name));
        }
        return out;
    }

    private static Map<String, String> describe(Map<String, Object> variables) {
        Map<String, String> out = new TreeMap<>();
        typed(variables).forEach((name, value) -> out.put(name, describe(value)));
        return out;
    }

    private static String describe(TypedValue value) {
        String type = value.getType() == null ? "?" : value.getType().getName();
        if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            return type + ":" + serializable.getValueSerialized();
        }
        return type + ":" + value.getValue();
    }

    /** The statuses of SD01's and SD02's targets in the fixture's years, one line each. */
    String targetsNow() {
        return jdbc
                .queryForList(
                        "select p.plan_year, u.code, i.code as indicator, t.status, t.quota from tf_target t"
                                + " join tf_unit u on u.id = t.unit_id join tf_plan p on p.id = t.plan_id"
                                + " join tf_indicator i on i.id = t.indicator_id"
                                + " where p.plan_year in (?, ?, ?) and u.code in ('SD01', 'SD02') order by p.plan_year, u.code, i.code",
                        CONFIRM_YEAR,
                        REPORT_YEAR,
                        ASSESS_YEAR)
                .stream()
                .map(r -> r.get("plan_year") + " " + r.get("code") + " " + r.get("indicator") + " " + r.get("status")
                        + " "
                        + new BigDecimal(r.get("quota").toString())
                                .stripTrailingZeros()
                                .toPlainString())
                .collect(Collectors.joining("\n"));
    }

    /** The statuses of one unit's targets in the year of the confirmations. */
    List<String> statusesOf(String unitCode) {
        return jdbc.queryForList(
                "select t.status from tf_target t join tf_unit u on u.id = t.unit_id"
                        + " join tf_plan p on p.id = t.plan_id where p.plan_year = ? and u.code = ? order by t.id",
                String.class,
                CONFIRM_YEAR,
                unitCode);
    }

    /** Accounts, groups, memberships, tenants and grants as the engine holds them (passwords too: a change shows). */
    Map<String, Object> identityNow() {
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("users", jdbc.queryForList("select id_, first_, last_, email_, pwd_ from act_id_user order by id_"));
        now.put("groups", jdbc.queryForList("select id_, name_, type_ from act_id_group order by id_"));
        now.put(
                "memberships",
                jdbc.queryForList("select user_id_, group_id_ from act_id_membership order by user_id_, group_id_"));
        now.put("tenants", jdbc.queryForList("select id_, name_ from act_id_tenant order by id_"));
        // Grants: their number, and sums that change when one is widened or moved to another resource.
        now.put(
                "grants",
                jdbc.queryForList(
                        "select count(*) as n, coalesce(sum(perms_), 0) as perms,"
                                + " coalesce(sum(resource_type_), 0) as types, coalesce(sum(type_), 0) as kinds from act_ru_authorization"));
        return now;
    }

    Map<String, Object> originalIdentity() {
        return originalIdentity;
    }

    // ------------------------------------------------------------------ putting back

    /**
     * Puts every watched task and account back as the fixture made it, as the app (no one signed
     * in to the engine). A task that is gone cannot be brought back: the cases on it report that.
     * Answers what had to be put back, or "" when nothing had.
     */
    String restore() {
        List<String> repaired = new ArrayList<>();
        for (String id : taskIds()) {
            TaskState was = original.get(id);
            TaskState now = state(id);
            if (now == null || was.differences(now).isEmpty()) {
                continue;
            }
            repaired.add(id + ": " + was.differences(now));
            putBack(id, was, now);
        }
        if (!repaired.isEmpty() || !identityNow().equals(originalIdentity)) {
            if (!identityNow().equals(originalIdentity)) {
                repaired.add("accounts or grants");
            }
            putBackAccounts();
        }
        return String.join(" | ", repaired);
    }

    private void putBack(String id, TaskState was, TaskState now) {
        Task task = tasks.createTaskQuery().taskId(id).singleResult();
        task.setName(was.name());
        task.setDescription(was.description());
        task.setPriority(was.priority());
        task.setAssignee(was.assignee());
        task.setOwner(was.owner());
        task.setDueDate(was.due());
        task.setFollowUpDate(was.followUp());
        task.setDelegationState(was.delegation());
        tasks.saveTask(task);
        for (String group : now.candidateGroups()) {
            if (!was.candidateGroups().contains(group) && !group.contains(":")) {
                tasks.deleteCandidateGroup(id, group);
            }
        }
        for (String group : was.candidateGroups()) {
            if (!now.candidateGroups().contains(group) && !group.contains(":")) {
                tasks.addCandidateGroup(id, group);
            }
        }
        for (String user : now.candidateUsers()) {
            if (!was.candidateUsers().contains(user)) {
                tasks.deleteCandidateUser(id, user);
            }
        }
        for (String user : was.candidateUsers()) {
            if (!now.candidateUsers().contains(user)) {
                tasks.addCandidateUser(id, user);
            }
        }
        Saved values = saved.get(id);
        TaskState current = state(id);
        for (String name : current.local().keySet()) {
            if (!values.local().containsKey(name)) {
                tasks.removeVariableLocal(id, name);
            }
        }
        values.local().forEach((name, value) -> {
            if (!was.local().get(name).equals(current.local().get(name))) {
                tasks.setVariableLocal(id, name, value);
            }
        });
        for (String name : current.executionLocal().keySet()) {
            if (!values.executionLocal().containsKey(name)) {
                runtime.removeVariableLocal(values.executionId(), name);
            }
        }
        values.executionLocal().forEach((name, value) -> {
            if (!was.executionLocal().get(name).equals(current.executionLocal().get(name))) {
                runtime.setVariableLocal(values.executionId(), name, value);
            }
        });
        TaskState inner = state(id);
        for (String name : inner.visible().keySet()) {
            if (!values.visible().containsKey(name)) {
                runtime.removeVariable(values.executionId(), name);
            }
        }
        values.visible().forEach((name, value) -> {
            if (!was.visible().get(name).equals(state(id).visible().get(name))) {
                runtime.setVariable(values.executionId(), name, value);
            }
        });
        for (String comment : now.comments()) {
            if (!was.comments().contains(comment)) {
                tasks.deleteTaskComment(id, comment);
            }
        }
        for (String attachment : now.attachments()) {
            if (!was.attachments().contains(attachment)) {
                tasks.deleteTaskAttachment(id, attachment);
            }
        }
    }

    /**
     * The accounts and the grants, row by row as they were: users (with their password hashes),
     * groups, memberships, tenants and Camunda's authorizations. Written back with SQL, because
     * through the engine a user put back would get a new password hash and new grants.
     */
    private void putBackAccounts() {
        Map<String, Map<List<Object>, Map<String, Object>>> was = new LinkedHashMap<>();
        Map<String, Map<List<Object>, Map<String, Object>>> now = new LinkedHashMap<>();
        originalTables.forEach((name, rows) -> {
            was.put(name, byKey(rows, KEYS.get(name)));
            now.put(name, byKey(jdbc.queryForList("select * from " + name), KEYS.get(name)));
        });
        // Rows that are not to be there go, those that refer to others first; missing ones come back the other way
        // round.
        List<String> order = new ArrayList<>(originalTables.keySet());
        Collections.reverse(order);
        for (String name : order) {
            String where = KEYS.get(name).stream().map(k -> k + " = ?").collect(Collectors.joining(" and "));
            now.get(name).keySet().stream()
                    .filter(key -> !was.get(name).containsKey(key))
                    .forEach(key -> jdbc.update("delete from " + name + " where " + where, key.toArray()));
        }
        for (String name : originalTables.keySet()) {
            String where = KEYS.get(name).stream().map(k -> k + " = ?").collect(Collectors.joining(" and "));
            was.get(name).forEach((key, row) -> {
                Map<String, Object> current = now.get(name).get(key);
                List<String> columns = new ArrayList<>(row.keySet());
                if (current == null) {
                    jdbc.update(
                            "insert into " + name + " (" + String.join(", ", columns) + ") values ("
                                    + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")",
                            columns.stream().map(row::get).toArray());
                } else if (!same(row, current)) {
                    List<Object> arguments =
                            new ArrayList<>(columns.stream().map(row::get).toList());
                    arguments.addAll(key);
                    jdbc.update(
                            "update " + name + " set "
                                    + columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
                                    + " where " + where,
                            arguments.toArray());
                }
            });
        }
    }

    private static boolean same(Map<String, Object> a, Map<String, Object> b) {
        if (b == null || a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<String, Object> e : a.entrySet()) {
            Object other = b.get(e.getKey());
            if (e.getValue() instanceof byte[] bytes
                    ? !(other instanceof byte[] o && Arrays.equals(bytes, o))
                    : !Objects.equals(e.getValue(), other)) {
                return false;
            }
        }
        return true;
    }

    private static Map<List<Object>, Map<String, Object>> byKey(List<Map<String, Object>> rows, List<String> key) {
        Map<List<Object>, Map<String, Object>> out = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            out.put(key.stream().map(row::get).toList(), row);
        }
        return out;
    }

    // ------------------------------------------------------------------ helpers

    private String unitProcess(int year, String unitCode) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(PlanService.UNIT_PROCESS_KEY)
                .processInstanceBusinessKey(year + "-" + unitCode)
                .singleResult()
                .getId();
    }

    private String meetingProcess(long meetingId) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("meeting-" + meetingId)
                .singleResult()
                .getId();
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
}
