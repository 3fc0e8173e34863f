package com.targetflow.demo;

import com.targetflow.meetings.Meeting;
import com.targetflow.meetings.MeetingService;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.EvidenceService;
import com.targetflow.targets.PlanService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
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
    record Played(
            int confirmed,
            int reportsApproved,
            int reportsReturned,
            int meetingsHeld,
            int visits,
            int rectifications) {}

    private static final Logger log = LoggerFactory.getLogger(DemoYearSoFar.class);
    private static final int UNITS = 13;
    private static final Set<Integer> AHEAD = Set.of(1, 2, 6);
    private static final Set<Integer> BEHIND = Set.of(11, 13);
    private static final int CORRECTED_IN_SECOND_ROUND = 4;
    private static final int RETURNED_IN_LATEST_ROUND = 9;

    private final PlanService plans;
    private final MeetingService meetings;
    private final DemoMeetingsSoFar meetingsSoFar;
    private final DemoInspectionSoFar inspectionSoFar;
    private final DemoDigestsSoFar digestsSoFar;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final TransactionTemplate tx;
    private final EvidenceService evidence;

    DemoYearSoFar(
            PlanService plans,
            MeetingService meetings,
            DemoMeetingsSoFar meetingsSoFar,
            DemoInspectionSoFar inspectionSoFar,
            RuntimeService runtime,
            TaskService tasks,
            ManagementService management,
            PlatformTransactionManager transactions,
            EvidenceService evidence,
            DemoDigestsSoFar digestsSoFar) {
        this.digestsSoFar = digestsSoFar;
        this.evidence = evidence;
        this.plans = plans;
        this.meetings = meetings;
        this.meetingsSoFar = meetingsSoFar;
        this.inspectionSoFar = inspectionSoFar;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Plays the plan's year up to until (district time), then gives the engine its own clock back. */
    Played play(AnnualPlan plan, LocalDateTime until) {
        int year = plan.getYear();
        DemoTally tally = new DemoTally();
        List<DemoAct> acts = new ArrayList<>();
        for (int n = 1; n <= UNITS; n++) {
            int unit = n;
            acts.add(new DemoAct(
                    DemoDays.workingDays(LocalDate.of(year, 1, 4), 1 + (n - 1) / 4)
                            .atTime(10, n),
                    () -> {
                        if (complete(
                                unit,
                                UnitTargetsModel.TASK_CONFIRM_TARGETS,
                                DemoDays.secretary(unit),
                                Map.of("targetsAccepted", true),
                                year)) {
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
                acts.add(new DemoAct(opens.atTime(9, 5), () -> plans.openReportingRound(plan)));
            }
            for (int n = 1; n <= UNITS; n++) {
                reportAndReview(acts, tally, year, n, round, opens, round == latest);
            }
            if (round == 4) {
                for (int n : AHEAD) {
                    int unit = n;
                    acts.add(new DemoAct(DemoDays.workingDays(opens, 8).atTime(15, n), () -> selfAssess(unit, year)));
                }
            }
        }
        for (Meeting meeting : meetings.ofYear(year)) {
            meetingsSoFar.hold(acts, tally, meeting);
        }
        inspectionSoFar.inspect(acts, tally, year, until);
        digestsSoFar.send(acts, year, until);

        acts.sort(Comparator.comparing(DemoAct::at));
        try {
            for (DemoAct act : acts) {
                if (act.at().isAfter(until)) {
                    break;
                }
                DemoDays.moveTo(act.at());
                runDueJobs();
                tx.executeWithoutResult(status -> act.work().run());
            }
            DemoDays.moveTo(until);
            runDueJobs();
        } finally {
            ClockUtil.reset();
        }
        Played played = new Played(
                tally.confirmed, tally.approved, tally.returned, tally.held, tally.visits, tally.rectifications);
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

    private void reportAndReview(
            List<DemoAct> acts, DemoTally tally, int year, int unit, int round, LocalDate opens, boolean latest) {
        if (latest && BEHIND.contains(unit)) {
            return; // not reported yet: the ladder is after them
        }
        int after = AHEAD.contains(unit) ? 2 : BEHIND.contains(unit) ? 13 : 3 + unit % 4;
        LocalDate submitted = DemoDays.workingDays(opens, after);
        LocalDate reviewed = DemoDays.workingDays(submitted, 2);
        boolean sentBack =
                (round == 2 && unit == CORRECTED_IN_SECOND_ROUND) || (latest && unit == RETURNED_IN_LATEST_ROUND);
        acts.add(new DemoAct(submitted.atTime(14, unit), () -> report(unit, round, year)));
        acts.add(new DemoAct(reviewed.atTime(10, unit), () -> {
            if (review(unit, year, !sentBack)) {
                if (sentBack) {
                    tally.returned++;
                } else {
                    tally.approved++;
                }
            }
        }));
        if (sentBack && !latest) {
            LocalDate corrected = DemoDays.workingDays(reviewed, 2);
            acts.add(new DemoAct(corrected.atTime(16, unit), () -> report(unit, round, year)));
            acts.add(new DemoAct(DemoDays.workingDays(corrected, 1).atTime(11, unit), () -> {
                if (review(unit, year, true)) {
                    tally.approved++;
                }
            }));
        }
    }

    private void report(int unit, int round, int year) {
        Task task = unitTask(unit, UnitTargetsModel.TASK_REPORT_PROGRESS, year);
        if (task == null) {
            return;
        }
        List<Map<String, Object>> rows = DemoDays.rows(tasks.getVariableLocal(task.getId(), "values"));
        tasks.claim(task.getId(), DemoDays.secretary(unit));
        attachPhoto(task, unit, round, rows);
        tasks.complete(
                task.getId(),
                Map.of(
                        "values",
                        values(rows, unit, round),
                        "narrative",
                        round == 4 ? "全年目标任务基本完成，年终总结正在撰写。" : "本季度按计划推进，社区科普活动正常开展。"));
    }

    /** A photo of the unit's gallery with the report: for its first gallery target if it has one, else the whole report. */
    private void attachPhoto(Task task, int unit, int round, List<Map<String, Object>> rows) {
        String secretary = DemoDays.secretary(unit);
        String target = rows.stream()
                .map(r -> String.valueOf(r.get("indicatorCode")))
                .filter(code -> code.startsWith("FAC-"))
                .findFirst()
                .orElse(null);
        EvidenceService.Round folder = evidence.roundOfTask(task.getId(), secretary, List.of("SD%02d".formatted(unit)));
        if (evidence.of(folder).isEmpty()) {
            evidence.attach(
                    folder, "画廊照片-第%d季度.png".formatted(round), DemoPhotos.gallery(unit, round), target, secretary);
        }
    }

    private boolean review(int unit, int year, boolean approve) {
        Task task = unitTask(unit, UnitTargetsModel.TASK_REVIEW_REPORT, year);
        if (task == null) {
            return false;
        }
        tasks.claim(task.getId(), "manager");
        if (approve) {
            tasks.complete(task.getId(), Map.of("reportApproved", true));
        } else {
            List<Map<String, Object>> shown = DemoDays.rows(tasks.getVariableLocal(task.getId(), "comments"));
            Map<String, Object> comment = new HashMap<>();
            comment.put("indicatorCode", shown.get(0).get("indicatorCode"));
            comment.put("comment", "完成值与上报的活动记录对不上，请核对后补充佐证材料。");
            tasks.complete(task.getId(), Map.of("reportApproved", false, "comments", List.of(comment)));
        }
        return true;
    }

    private void selfAssess(int unit, int year) {
        Task task = unitTask(unit, UnitTargetsModel.TASK_SELF_ASSESSMENT, year);
        if (task != null) {
            List<Map<String, Object>> rows = DemoDays.rows(tasks.getVariableLocal(task.getId(), "values"));
            tasks.claim(task.getId(), DemoDays.secretary(unit));
            tasks.complete(task.getId(), Map.of("values", values(rows, unit, 4)));
        }
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
        ProcessInstance process = runtime.createProcessInstanceQuery()
                .processDefinitionKey(PlanService.UNIT_PROCESS_KEY)
                .variableValueEquals("unitCode", "SD%02d".formatted(unit))
                .variableValueEquals("year", year)
                .active()
                .singleResult();
        return process == null
                ? null
                : tasks.createTaskQuery()
                        .processInstanceId(process.getId())
                        .taskDefinitionKey(key)
                        .singleResult();
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
}
