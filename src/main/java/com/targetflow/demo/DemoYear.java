package com.targetflow.demo;

import com.targetflow.calendar.DistrictZone;
import com.targetflow.domain.Refusal;
import com.targetflow.inspections.InspectionScope;
import com.targetflow.inspections.InspectionService;
import com.targetflow.meetings.Meeting;
import com.targetflow.meetings.MeetingService;
import com.targetflow.meetings.MeetingStatus;
import com.targetflow.models.SecretaryMeetingModel;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.organisation.FacilityKind;
import com.targetflow.security.AsSystem;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.PlanService;
import com.targetflow.targets.Plans;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plays a demo year through to the audit, so that the year's end can be shown without waiting a
 * year: every planned meeting is prepared, held with everyone present and recorded; every gallery,
 * board, school and education base is inspected (and passes); every unit confirms its targets,
 * reports four quarters that the district approves, and assesses itself. What is left is the
 * managers' 考核评分, one task per unit. The units reach their quotas, except every third one,
 * which falls a little short on a few targets, so that the ranking has something to show.
 */
@Component
@Profile("demo")
public class DemoYear {

    /** What playing the year did. */
    public record Played(int meetingsHeld, int facilitiesInspected, int unitsAwaitingAudit) {}

    private final Plans plans;
    private final PlanService planService;
    private final MeetingService meetings;
    private final InspectionService inspections;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final AsSystem asSystem;
    private final Clock clock;

    DemoYear(
            Plans plans,
            PlanService planService,
            MeetingService meetings,
            InspectionService inspections,
            RuntimeService runtime,
            TaskService tasks,
            ManagementService management,
            AsSystem asSystem,
            Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.planService = planService;
        this.meetings = meetings;
        this.inspections = inspections;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.asSystem = asSystem;
    }

    @Transactional
    public Played play(int year) {
        AnnualPlan plan = plans.ofYear(year);
        if (plan.isDraft()) {
            throw Refusal.conflict("status", "error.plan.not-issued", year);
        }
        return asSystem.call(() -> new Played(holdMeetings(year), inspectEverything(year), reportTheYear(plan)));
    }

    private int holdMeetings(int year) {
        int held = 0;
        for (Meeting meeting : meetings.ofYear(year)) {
            ProcessInstance process = runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(MeetingService.businessKey(meeting.getId()))
                    .active()
                    .singleResult();
            if (process == null || meeting.getStatus() == MeetingStatus.CANCELLED) {
                continue;
            }
            Task prepare = task(process, SecretaryMeetingModel.TASK_PREPARE_MEETING);
            if (prepare != null) {
                // A meeting cannot be called for a day gone by: the fast-forward holds a past one in the coming days.
                LocalDate earliest =
                        LocalDate.now(clock.withZone(DistrictZone.ZONE)).plusDays(1 + held);
                LocalDate date = meeting.getPlannedDate().isBefore(earliest) ? earliest : meeting.getPlannedDate();
                tasks.complete(
                        prepare.getId(),
                        Map.of(
                                "meetingDate",
                                date.toString(),
                                "startTime",
                                "09:30",
                                "endTime",
                                "11:30",
                                "place",
                                "区科协三楼会议室",
                                "agenda",
                                "通报目标任务进展，部署下一阶段工作",
                                "trainingTopic",
                                "科普工作业务培训",
                                "trainer",
                                "区科协",
                                "invitees",
                                meetings.defaultInvitees(meeting.getType()).stream()
                                        .map(p -> p.getUsername())
                                        .toList()));
            }
            // Replies come as the meeting nears; then its reminders' and its start's timers.
            for (int n = 0; n < 10 && task(process, SecretaryMeetingModel.TASK_RECORD_MEETING) == null; n++) {
                for (Task reply : tasks.createTaskQuery()
                        .processInstanceId(process.getId())
                        .taskDefinitionKey(SecretaryMeetingModel.TASK_REPLY_INVITATION)
                        .list()) {
                    tasks.complete(reply.getId(), Map.of("reply", "ATTEND"));
                }
                for (Job timer : management
                        .createJobQuery()
                        .processInstanceId(process.getId())
                        .timers()
                        .list()) {
                    management.executeJob(timer.getId());
                }
            }
            Task record = task(process, SecretaryMeetingModel.TASK_RECORD_MEETING);
            if (record == null) {
                continue;
            }
            List<Map<String, Object>> attendance = DemoDays.rows(tasks.getVariableLocal(record.getId(), "attendance"));
            attendance.forEach(row -> row.put("attendance", "PRESENT"));
            tasks.complete(
                    record.getId(),
                    Map.of(
                            "attendance",
                            attendance,
                            "minutes",
                            "会议通报了目标任务进展，部署了下一阶段工作，并开展了业务培训。",
                            "trainingDelivered",
                            true,
                            "decisions",
                            "各单位按计划推进目标任务。",
                            "actionItems",
                            List.of()));
            held++;
        }
        return held;
    }

    private int inspectEverything(int year) {
        int inspected = 0;
        for (FacilityKind kind :
                List.of(FacilityKind.GALLERY, FacilityKind.CITIZEN_SCIENCE_SCHOOL, FacilityKind.EDUCATION_BASE)) {
            var round = inspections.start(
                    new InspectionService.RoundRequest(
                            kind, InspectionScope.ALL, null, null, "inspector", LocalDate.of(year, 12, 31)),
                    "manager");
            ProcessInstance process = runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey("inspection-round-" + round.getId())
                    .singleResult();
            // Every item is prefilled as met, but a school's lectures are counted: each visit passes.
            for (Task visit :
                    tasks.createTaskQuery().processInstanceId(process.getId()).list()) {
                tasks.complete(
                        visit.getId(),
                        kind == FacilityKind.CITIZEN_SCIENCE_SCHOOL ? Map.of("lecturesHeld", 4) : Map.of());
                inspected++;
            }
        }
        return inspected;
    }

    private int reportTheYear(AnnualPlan plan) {
        int waiting = 0;
        for (ProcessInstance unit : runtime.createProcessInstanceQuery()
                .processDefinitionKey(PlanService.UNIT_PROCESS_KEY)
                .variableValueEquals("planId", plan.getId())
                .active()
                .list()) {
            String unitCode = (String) runtime.getVariable(unit.getId(), "unitCode");
            String digits = unitCode.replaceAll("\\D", "");
            int n = digits.isEmpty() ? 0 : Integer.parseInt(digits);
            for (int step = 0; step < 40; step++) {
                Task task =
                        tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult();
                if (task == null) {
                    if (runtime.createEventSubscriptionQuery()
                                    .processInstanceId(unit.getId())
                                    .eventName(UnitTargetsModel.MESSAGE_REPORTING_ROUND_OPENED)
                                    .count()
                            == 0) {
                        break;
                    }
                    runtime.createMessageCorrelation(UnitTargetsModel.MESSAGE_REPORTING_ROUND_OPENED)
                            .processInstanceId(unit.getId())
                            .correlate();
                    continue;
                }
                switch (task.getTaskDefinitionKey()) {
                    case UnitTargetsModel.TASK_CONFIRM_TARGETS, UnitTargetsModel.TASK_RECONFIRM_TARGETS ->
                        tasks.complete(task.getId(), Map.of("targetsAccepted", true));
                    case UnitTargetsModel.TASK_RESOLVE_OBJECTION ->
                        tasks.complete(task.getId(), Map.of("resolutions", List.of()));
                    case UnitTargetsModel.TASK_REPORT_PROGRESS, UnitTargetsModel.TASK_SELF_ASSESSMENT ->
                        tasks.complete(
                                task.getId(),
                                Map.of(
                                        "values",
                                        reached(DemoDays.rows(tasks.getVariableLocal(task.getId(), "values")), n),
                                        "narrative",
                                        "按计划推进"));
                    case UnitTargetsModel.TASK_REVIEW_REPORT ->
                        tasks.complete(task.getId(), Map.of("reportApproved", true));
                    default -> step = 40;
                }
            }
            if (tasks.createTaskQuery()
                            .processInstanceId(unit.getId())
                            .taskDefinitionKey(UnitTargetsModel.TASK_AUDIT_SCORE)
                            .count()
                    > 0) {
                waiting++;
            }
        }
        return waiting;
    }

    /** What a unit reached: the quota, or a little less on some targets for every third unit. */
    private static List<Map<String, Object>> reached(List<Map<String, Object>> rows, int unitNumber) {
        List<Map<String, Object>> values = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            BigDecimal quota = new BigDecimal(String.valueOf(row.get("quota")).replaceAll("[^0-9.]", ""));
            BigDecimal value = quota;
            String code = String.valueOf(row.get("indicatorCode"));
            if (unitNumber % 3 == 0 && (code.equals("ORG-2") || code.equals("SCH-2") || code.equals("VOL-1"))) {
                value = quota.multiply(BigDecimal.valueOf(0.8)).setScale(0, RoundingMode.DOWN);
            } else if (code.equals("ORG-2")) {
                value = quota.add(BigDecimal.valueOf(2)).min(BigDecimal.valueOf(100));
            }
            Map<String, Object> v = new HashMap<>();
            v.put("indicatorCode", code);
            v.put("value", value.stripTrailingZeros().toPlainString());
            values.add(v);
        }
        return values;
    }

    private Task task(ProcessInstance process, String key) {
        return tasks.createTaskQuery()
                .processInstanceId(process.getId())
                .taskDefinitionKey(key)
                .singleResult();
    }
}
