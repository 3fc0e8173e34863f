package com.targetflow.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.targetflow.inspections.InspectionScope;
import com.targetflow.inspections.InspectionService;
import com.targetflow.meetings.Meeting;
import com.targetflow.meetings.MeetingService;
import com.targetflow.meetings.MeetingStatus;
import com.targetflow.meetings.MeetingType;
import com.targetflow.organisation.FacilityKind;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.PlanService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's year from January up to today, played on its first start so that every page shows a year
 * under way rather than one that has not happened. The engine's clock is moved through the year (see
 * {@link DemoClock}) and each thing is done on its day, by the person who does it, with the timers that
 * fall due in between run as the job executor would run them — so the histories, the mails, the ladder's
 * 提醒, 催办 and 督办 all carry their real dates. What it plays:
 * <ul>
 * <li>each sub-district confirms its targets in the first days of January;</li>
 * <li>each quarter that has ended is reported and reviewed: units 1, 2 and 6 report early and are ahead,
 * units 11 and 13 report late (the ladder reminds and presses them) and are behind; unit 4's second
 * report is sent back and corrected; in the latest round unit 9's report is sent back and not corrected
 * yet, and the late units have not reported yet;</li>
 * <li>each meeting whose day has come is prepared, answered (one absent, one sending a deputy, one not
 * answering), held and recorded, with training where its type asks for it;</li>
 * <li>in the six weeks before today a fifth of the galleries are inspected: most pass; one is rectified
 * and passes its re-inspection; four others wait for their rectification, one on each step of the
 * ladder;</li>
 * <li>from December, the district opens the fourth quarter's reporting early for the year's summary: the
 * units that report are approved and assess their own year.</li>
 * </ul>
 */
@Component
@Profile("demo")
class DemoYearSoFar {

    /** What playing the year so far did. */
    record Played(int confirmed, int reportsApproved, int reportsReturned, int meetingsHeld, int visits, int rectifications) {
    }

    private static final Logger log = LoggerFactory.getLogger(DemoYearSoFar.class);
    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int UNITS = 13;
    private static final Set<Integer> AHEAD = Set.of(1, 2, 6);
    private static final Set<Integer> BEHIND = Set.of(11, 13);
    private static final int CORRECTED_IN_SECOND_ROUND = 4;
    private static final int RETURNED_IN_LATEST_ROUND = 9;
    private static final int ABSENT = 7;
    private static final int DEPUTY = 10;
    private static final int SILENT = 12;

    private final PlanService plans;
    private final MeetingService meetings;
    private final InspectionService inspections;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final TransactionTemplate tx;

    DemoYearSoFar(PlanService plans, MeetingService meetings, InspectionService inspections, RuntimeService runtime,
                  TaskService tasks, ManagementService management, PlatformTransactionManager transactions) {
        this.plans = plans;
        this.meetings = meetings;
        this.inspections = inspections;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.tx = new TransactionTemplate(transactions);
    }

    /** One thing done on its day. */
    private record Act(LocalDateTime at, Runnable work) {
    }

    /** What was done, counted as it happens. */
    private static final class Tally {
        int confirmed;
        int approved;
        int returned;
        int held;
        int visits;
        int rectifications;
    }

    /** Plays the plan's year up to until (district time), then gives the engine its own clock back. */
    Played play(AnnualPlan plan, LocalDateTime until) {
        int year = plan.getYear();
        Tally tally = new Tally();
        List<Act> acts = new ArrayList<>();
        for (int n = 1; n <= UNITS; n++) {
            int unit = n;
            acts.add(new Act(workingDays(LocalDate.of(year, 1, 4), 1 + (n - 1) / 4).atTime(10, n), () -> {
                if (complete(unit, "Task_ConfirmTargets", secretary(unit), Map.of("targetsAccepted", true), year)) {
                    tally.confirmed++;
                }
            }));
        }
        int latest = latestRound(plan, until.toLocalDate());
        for (int round = 1; round <= latest; round++) {
            LocalDate opens = round == 4 ? LocalDate.of(year, 12, 1) : plan.quarterEnd(round);
            if (round == 4 && !until.toLocalDate().isBefore(plan.quarterEnd(4))) {
                opens = plan.quarterEnd(4);
            } else if (round == 4) {
                // The district asks for the fourth quarter early, for the year's summary.
                acts.add(new Act(opens.atTime(9, 5), () -> plans.openReportingRound(plan)));
            }
            for (int n = 1; n <= UNITS; n++) {
                reportAndReview(acts, tally, year, n, round, opens, round == latest);
            }
            if (round == 4) {
                for (int n : AHEAD) {
                    int unit = n;
                    acts.add(new Act(workingDays(opens, 8).atTime(15, n), () -> selfAssess(unit, year)));
                }
            }
        }
        for (Meeting meeting : meetings.ofYear(year)) {
            hold(acts, tally, meeting);
        }
        inspect(acts, tally, year, until);

        acts.sort(Comparator.comparing(Act::at));
        try {
            for (Act act : acts) {
                if (act.at().isAfter(until)) {
                    break;
                }
                moveTo(act.at());
                runDueJobs();
                tx.executeWithoutResult(status -> act.work().run());
            }
            moveTo(until);
            runDueJobs();
        } finally {
            ClockUtil.reset();
        }
        Played played = new Played(tally.confirmed, tally.approved, tally.returned, tally.held, tally.visits, tally.rectifications);
        log.info("Demo year {} played up to {}: {}", year, until.toLocalDate(), played);
        return played;
    }

    /** The last round that has opened by the day: the quarters that have ended, and the fourth from December. */
    private static int latestRound(AnnualPlan plan, LocalDate day) {
        if (!day.isBefore(LocalDate.of(plan.getYear(), 12, 1))) {
            return 4;
        }
        int latest = 0;
        for (int round = 1; round <= 3; round++) {
            if (!day.isBefore(plan.quarterEnd(round))) {
                latest = round;
            }
        }
        return latest;
    }

    private void reportAndReview(List<Act> acts, Tally tally, int year, int unit, int round, LocalDate opens, boolean latest) {
        if (latest && BEHIND.contains(unit)) {
            return; // not reported yet: the ladder is after them
        }
        int after = AHEAD.contains(unit) ? 2 : BEHIND.contains(unit) ? 13 : 3 + unit % 4;
        LocalDate submitted = workingDays(opens, after);
        LocalDate reviewed = workingDays(submitted, 2);
        boolean sentBack = (round == 2 && unit == CORRECTED_IN_SECOND_ROUND) || (latest && unit == RETURNED_IN_LATEST_ROUND);
        acts.add(new Act(submitted.atTime(14, unit), () -> report(unit, round, year)));
        acts.add(new Act(reviewed.atTime(10, unit), () -> {
            if (review(unit, year, !sentBack)) {
                if (sentBack) {
                    tally.returned++;
                } else {
                    tally.approved++;
                }
            }
        }));
        if (sentBack && !latest) {
            LocalDate corrected = workingDays(reviewed, 2);
            acts.add(new Act(corrected.atTime(16, unit), () -> report(unit, round, year)));
            acts.add(new Act(workingDays(corrected, 1).atTime(11, unit), () -> {
                if (review(unit, year, true)) {
                    tally.approved++;
                }
            }));
        }
    }

    private void report(int unit, int round, int year) {
        Task task = unitTask(unit, "Task_ReportProgress", year);
        if (task == null) {
            return;
        }
        List<Map<String, Object>> rows = rows(tasks.getVariableLocal(task.getId(), "values"));
        tasks.claim(task.getId(), secretary(unit));
        tasks.complete(task.getId(), Map.of("values", values(rows, unit, round),
                "narrative", round == 4 ? "全年目标任务基本完成，年终总结正在撰写。" : "本季度按计划推进，社区科普活动正常开展。"));
    }

    private boolean review(int unit, int year, boolean approve) {
        Task task = unitTask(unit, "Task_ReviewReport", year);
        if (task == null) {
            return false;
        }
        tasks.claim(task.getId(), "manager");
        if (approve) {
            tasks.complete(task.getId(), Map.of("reportApproved", true));
        } else {
            List<Map<String, Object>> shown = rows(tasks.getVariableLocal(task.getId(), "comments"));
            Map<String, Object> comment = new HashMap<>();
            comment.put("indicatorCode", shown.get(0).get("indicatorCode"));
            comment.put("comment", "完成值与上报的活动记录对不上，请核对后补充佐证材料。");
            tasks.complete(task.getId(), Map.of("reportApproved", false, "comments", List.of(comment)));
        }
        return true;
    }

    private void selfAssess(int unit, int year) {
        Task task = unitTask(unit, "Task_SelfAssessment", year);
        if (task != null) {
            List<Map<String, Object>> rows = rows(tasks.getVariableLocal(task.getId(), "values"));
            tasks.claim(task.getId(), secretary(unit));
            tasks.complete(task.getId(), Map.of("values", values(rows, unit, 4)));
        }
    }

    private void hold(List<Act> acts, Tally tally, Meeting meeting) {
        LocalDate day = meeting.getPlannedDate();
        String key = "meeting-" + meeting.getId();
        acts.add(new Act(workingDays(day.minusDays(16), 0).atTime(10, 0), () -> {
            Task prepare = meetingTask(key, "Task_PrepareMeeting");
            if (prepare == null || meeting.getStatus() == MeetingStatus.CANCELLED) {
                return;
            }
            boolean training = meeting.getType() == MeetingType.SUBDISTRICT_SECRETARIES;
            tasks.claim(prepare.getId(), "manager");
            tasks.complete(prepare.getId(), Map.of("meetingDate", day.toString(), "startTime", "09:30", "endTime", "11:30",
                    "place", "区科协三楼会议室", "agenda", "通报各街道目标任务进展；部署下一阶段工作" + (training ? "；业务培训" : ""),
                    "trainingTopic", training ? "社区科普活动组织与宣传" : "", "trainer", training ? "区科协科普部" : "",
                    "invitees", meetings.defaultInvitees(meeting.getType()).stream().map(p -> p.getUsername()).toList()));
        }));
        acts.add(new Act(day.minusDays(6).atTime(11, 0), () -> {
            for (Task reply : tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey("Task_ReplyInvitation").list()) {
                int unit = unitNumber(reply.getAssignee());
                if (unit == SILENT) {
                    continue;
                }
                tasks.complete(reply.getId(), unit == ABSENT ? Map.of("reply", "ABSENT", "reason", "同日街道有防汛值班，无法参会")
                        : unit == DEPUTY ? Map.of("reply", "DEPUTY", "deputyName", "副秘书长 李华") : Map.of("reply", "ATTEND"));
            }
        }));
        acts.add(new Act(day.atTime(16, 0), () -> {
            Task record = meetingTask(key, "Task_RecordMeeting");
            if (record == null) {
                return;
            }
            List<Map<String, Object>> attendance = rows(tasks.getVariableLocal(record.getId(), "attendance"));
            for (Map<String, Object> row : attendance) {
                int unit = unitNumber(String.valueOf(row.get("username")));
                row.put("attendance", unit == ABSENT || unit == SILENT ? "ABSENT" : unit == DEPUTY ? "DEPUTY" : "PRESENT");
            }
            boolean training = meeting.getType() == MeetingType.SUBDISTRICT_SECRETARIES;
            tasks.claim(record.getId(), "manager");
            tasks.complete(record.getId(), Map.of("attendance", attendance,
                    "minutes", "会议通报了各街道目标任务完成情况，对进度滞后的街道提出督促要求，部署了下一阶段工作。"
                            + (training ? "区科协科普部作社区科普活动组织与宣传培训。" : ""),
                    "trainingDelivered", training, "decisions", "各街道对照目标任务查漏补缺，按时报送季度进展。",
                    "actionItems", List.of()));
            tally.held++;
        }));
    }

    /**
     * A round of a fifth of the galleries over the six weeks before today: most pass; one fails early on and
     * is rectified and passes its re-inspection; four fail on days chosen so that today their rectification
     * stands on each step of the ladder — about to be due (提醒), just overdue (催办), overdue long enough for
     * 督办, and long enough for the district's leaders to be told.
     */
    private void inspect(List<Act> acts, Tally tally, int year, LocalDateTime until) {
        LocalDate today = until.toLocalDate();
        LocalDate start = workingDays(today.minusDays(45), 0);
        if (start.isBefore(LocalDate.of(year, 3, 1))) {
            return;
        }
        long[] roundId = {0};
        acts.add(new Act(start.atTime(9, 30), () -> roundId[0] = inspections.start(new InspectionService.RoundRequest(
                FacilityKind.GALLERY, InspectionScope.SAMPLE, null, 20, "inspector", today.plusDays(20)), "manager").getId()));
        Map<String, Object> pass = Map.of();
        Map<String, Object> broken = Map.of("boardIntact", false, "remark", "展板破损两块，需更换");
        Map<String, Object> stale = Map.of("contentUpdated", false, "remark", "展示内容仍为上一季度的，须更新");
        List<Map.Entry<LocalDate, Map<String, Object>>> visits = new ArrayList<>();
        visits.add(Map.entry(workingDays(start, 1), broken));
        for (LocalDate failed : List.of(today.minusDays(28), today.minusDays(14), today.minusDays(10), today.minusDays(5))) {
            visits.add(Map.entry(workingDays(failed, 0), stale));
        }
        for (int n = 0; n < 17; n++) {
            visits.add(Map.entry(workingDays(start, 2 + n), pass));
        }
        for (Map.Entry<LocalDate, Map<String, Object>> visit : visits) {
            acts.add(new Act(visit.getKey().atTime(10, visits.indexOf(visit) % 60), () -> {
                List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey("inspection-round-" + roundId[0])
                        .taskDefinitionKey("Task_InspectFacility").orderByTaskId().asc().list();
                if (!open.isEmpty()) {
                    tasks.claim(open.get(0).getId(), "inspector");
                    tasks.complete(open.get(0).getId(), visit.getValue());
                    tally.visits++;
                }
            }));
        }
        LocalDate rectified = workingDays(start, 4);
        acts.add(new Act(rectified.atTime(15, 0), () -> {
            List<Task> rectify = tasks.createTaskQuery().processInstanceBusinessKey("inspection-round-" + roundId[0])
                    .taskDefinitionKey("Task_Rectify").orderByTaskCreateTime().asc().listPage(0, 1);
            for (Task task : rectify) {
                tasks.complete(task.getId(), Map.of("rectification", "已更换破损展板两块，并补充了本季度科普内容。"));
                tally.rectifications++;
            }
        }));
        acts.add(new Act(workingDays(rectified, 2).atTime(10, 30), () -> {
            for (Task task : tasks.createTaskQuery().processInstanceBusinessKey("inspection-round-" + roundId[0])
                    .taskDefinitionKey("Task_Reinspect").list()) {
                tasks.claim(task.getId(), "inspector");
                tasks.complete(task.getId(), Map.of("boardIntact", true, "contentUpdated", true, "remark", "整改到位"));
            }
        }));
    }

    /** What a unit reports by the end of a round: its share of the year so far, more for those ahead, less for those behind. */
    private static List<Map<String, Object>> values(List<Map<String, Object>> rows, int unit, int round) {
        double pace = round == 4 ? 0.95 : round / 4.0;
        double factor = AHEAD.contains(unit) ? 1.2 : BEHIND.contains(unit) ? 0.65 : unit % 3 == 0 ? 0.9 : 1.0;
        List<Map<String, Object>> values = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            BigDecimal quota = new BigDecimal(String.valueOf(row.get("quota")).replaceAll("[^0-9.]", ""));
            BigDecimal reached = quota.multiply(BigDecimal.valueOf(Math.min(1.0, pace * factor)));
            BigDecimal value = quota.compareTo(BigDecimal.ONE) <= 0
                    ? (pace * factor >= 0.5 ? BigDecimal.ONE : BigDecimal.ZERO)
                    : reached.setScale(0, RoundingMode.HALF_UP);
            Map<String, Object> line = new HashMap<>();
            line.put("indicatorCode", row.get("indicatorCode"));
            line.put("value", value.toPlainString());
            values.add(line);
        }
        return values;
    }

    private boolean complete(int unit, String key, String who, Map<String, Object> variables, int year) {
        Task task = unitTask(unit, key, year);
        if (task == null) {
            return false;
        }
        tasks.claim(task.getId(), who);
        tasks.complete(task.getId(), variables);
        return true;
    }

    private Task unitTask(int unit, String key, int year) {
        ProcessInstance process = runtime.createProcessInstanceQuery().processDefinitionKey(PlanService.UNIT_PROCESS_KEY)
                .variableValueEquals("unitCode", "SD%02d".formatted(unit)).variableValueEquals("year", year).active().singleResult();
        return process == null ? null
                : tasks.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey(key).singleResult();
    }

    private Task meetingTask(String businessKey, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key).singleResult();
    }

    /** Runs the jobs that have fallen due by the engine's clock — timers, mails — as the job executor would. */
    private void runDueJobs() {
        for (int pass = 0; pass < 20; pass++) {
            List<Job> due = management.createJobQuery().executable().listPage(0, 500);
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException failed) {
                    log.debug("Demo job {} failed: {}", job.getId(), failed.getMessage());
                }
            }
        }
    }

    static void moveTo(LocalDateTime at) {
        ClockUtil.setCurrentTime(Date.from(at.atZone(DISTRICT).toInstant()));
    }

    /** The day n working days (Monday to Friday) after a day; 0: the day itself, or the next working day. */
    static LocalDate workingDays(LocalDate from, int n) {
        LocalDate day = from;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }

    private static String secretary(int unit) {
        return "street%02d".formatted(unit);
    }

    private static int unitNumber(String username) {
        String digits = username == null ? "" : username.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits.substring(0, Math.min(2, digits.length())));
    }

    private static List<Map<String, Object>> rows(Object variable) {
        try {
            return JSON.readValue(variable.toString(), new TypeReference<List<Map<String, Object>>>() { });
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable form rows", e);
        }
    }
}
