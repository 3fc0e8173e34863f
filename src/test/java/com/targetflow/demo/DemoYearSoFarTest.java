package com.targetflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DemoDistrictTest;
import com.targetflow.models.FacilityInspectionModel;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.targets.AnnualPlan;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's year up to a day, as a newcomer finds it: played in a context of its own (its engine's
 * clock moves through years no other test uses) on two days — 20 May, in the second quarter, and
 * 21 December, at the year's end — and read back from the app's tables and the engine: confirmations,
 * reports approved with some units ahead and some behind, one sent back, meetings held with who came,
 * an inspection round with passes and rectifications, late work on every step of the ladder, and at the
 * year's end the fourth quarter reported early and self-assessments under way.
 */
@DemoDistrictTest
@TestPropertySource(properties = "camunda.bpm.process-engine-name=demoyear")
class DemoYearSoFarTest {

    @Autowired
    DemoPlanLoader loader;

    @Autowired
    DemoYearSoFar yearSoFar;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService tasks;

    @AfterEach
    void theEnginesOwnClock() {
        ClockUtil.reset();
    }

    @Test
    void inMayTheFirstQuarterIsReportedAndTheYearIsUnderWay() {
        DemoYearSoFar.Played played = play(2150, LocalDateTime.of(2150, 5, 20, 10, 0));
        long plan = planId(2150);

        assertThat(played.confirmed()).isEqualTo(13);
        // The first quarter: ten approved, unit 9's sent back and waiting for its correction, units 11 and 13 not in
        // yet.
        assertThat(reports(plan, "APPROVED")).isEqualTo(10);
        assertThat(played.reportsReturned()).isOne();
        assertThat(openTasks(2150, UnitTargetsModel.TASK_REPORT_PROGRESS))
                .containsExactlyInAnyOrder("SD09", "SD11", "SD13");
        // Ahead and behind: unit 1's first quarter is more than unit 5's.
        assertThat(reported(plan, "SD01", "ORG-2")).isGreaterThan(reported(plan, "SD05", "ORG-2"));
        // Units 11 and 13 are late by weeks: pressed (催办), supervised (督办), the leaders told.
        assertThat(steps("SD11")).contains("REMINDER", "OVERDUE", "SUPERVISION", "DISTRICT_LEADER");

        // The meetings of February, April and May held: who came, who sent a deputy, who stayed away; the rest planned.
        assertThat(meetings(2150, "HELD")).isEqualTo(3);
        assertThat(meetings(2150, "PLANNED") + meetings(2150, "INVITED")).isEqualTo(3);
        assertThat(jdbc.queryForList(
                        "select i.attendance from tf_meeting_invitee i join tf_meeting m on m.id = i.meeting_id"
                                + " where m.meeting_year = 2150 and m.status = 'HELD'",
                        String.class))
                .contains("PRESENT", "DEPUTY", "ABSENT");
        assertThat(jdbc.queryForObject(
                        "select count(*) from tf_meeting where meeting_year = 2150 and status = 'HELD'"
                                + " and minutes is not null and planned_date < ?",
                        Long.class,
                        LocalDate.of(2150, 5, 20)))
                .isEqualTo(3);

        // The inspection round of the six weeks before: passes, one rectified and passed, four waiting on the ladder.
        assertThat(played.visits()).isEqualTo(22);
        assertThat(inspections(2150, "PASS")).isGreaterThanOrEqualTo(17);
        assertThat(jdbc.queryForObject(
                        "select count(*) from tf_inspection i join tf_inspection_round r on r.id = i.round_id"
                                + " where i.outcome = 'RECTIFY' and i.rectification is null and extract(year from r.started_at) = 2150",
                        Long.class))
                .isEqualTo(4);
        assertThat(lights(2150, FacilityInspectionModel.TASK_RECTIFY))
                .containsExactlyInAnyOrder("GREEN", "YELLOW", "RED", "RED");
    }

    @Test
    void inDecemberTheFourthQuarterIsAskedForEarlyAndTheYearEndIsUnderWay() {
        play(2151, LocalDateTime.of(2151, 12, 21, 10, 0));
        long plan = planId(2151);
        assertThat(jdbc.queryForObject(
                        "select count(*) from tf_report where plan_id = ? and round = 3 and status = 'APPROVED'",
                        Long.class,
                        plan))
                .isEqualTo(13);
        assertThat(jdbc.queryForObject(
                        "select count(*) from tf_report where plan_id = ? and round = 4 and status = 'APPROVED'",
                        Long.class,
                        plan))
                .isEqualTo(10);
        // The units ahead have assessed their year: the managers score them; the others assess theirs.
        assertThat(openTasks(2151, UnitTargetsModel.TASK_AUDIT_SCORE))
                .containsExactlyInAnyOrder("SD01", "SD02", "SD06");
        assertThat(openTasks(2151, UnitTargetsModel.TASK_SELF_ASSESSMENT)).hasSize(7);
        assertThat(meetings(2151, "HELD")).isEqualTo(6);
        // The last two Mondays' digests are in the mailboxes, the district's decisions of those weeks at their
        // top (street01's fourth quarter approved); nothing older waits untold for a digest.
        assertThat(jdbc.queryForList(
                        "select body_text from tf_mail where kind = 'DIGEST' and recipient_username = 'street01'"
                                + " and subject like '%2151-12-%'",
                        String.class))
                .anyMatch(body -> body.contains("自上次汇总以来区科协的处理结果") && body.contains("进展填报已审核通过：2151 年第 4 季度"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from tf_digest_news where told_at is null and created_at < ?",
                        Long.class,
                        Timestamp.valueOf(LocalDateTime.of(2151, 12, 7, 0, 0))))
                .isZero();
    }

    private DemoYearSoFar.Played play(int year, LocalDateTime until) {
        LocalDate issued = DemoDays.workingDays(LocalDate.of(year, 1, 4), 0);
        DemoDays.moveTo(issued.atTime(9, 0));
        AnnualPlan plan = tx.execute(status -> loader.issue(year, issued));
        return yearSoFar.play(plan, until);
    }

    private long planId(int year) {
        return jdbc.queryForObject("select id from tf_plan where plan_year = ?", Long.class, year);
    }

    private long reports(long plan, String status) {
        return jdbc.queryForObject(
                "select count(*) from tf_report where plan_id = ? and status = ?", Long.class, plan, status);
    }

    private double reported(long plan, String unit, String indicator) {
        return jdbc.queryForObject(
                "select max(l.reported) from tf_report_line l join tf_report r on r.id = l.report_id"
                        + " join tf_unit u on u.id = r.unit_id join tf_target t on t.id = l.target_id join tf_indicator i on i.id = t.indicator_id"
                        + " where r.plan_id = ? and u.code = ? and i.code = ?",
                Double.class,
                plan,
                unit,
                indicator);
    }

    private List<String> openTasks(int year, String key) {
        return tasks.createTaskQuery().taskDefinitionKey(key).processVariableValueEquals("year", year).list().stream()
                .map(t -> {
                    Object unit = tasks.getVariable(t.getId(), "unitCode");
                    return unit == null ? t.getName() : unit.toString();
                })
                .toList();
    }

    private List<String> steps(String unit) {
        return jdbc.queryForList(
                "select s.step from tf_escalation_step s join tf_watched_task w on w.id = s.watched_task_id"
                        + " join tf_unit u on u.id = w.unit_id where u.code = ? and w.status = 'OPEN' and w.task_key = 'Task_ReportProgress'",
                String.class,
                unit);
    }

    private List<String> lights(int year, String key) {
        return jdbc.queryForList(
                "select light from tf_watched_task where task_key = ? and status = 'OPEN'"
                        + " and extract(year from created_at) = ?",
                String.class,
                key,
                year);
    }

    private long meetings(int year, String status) {
        return jdbc.queryForObject(
                "select count(*) from tf_meeting where meeting_year = ? and status = ?", Long.class, year, status);
    }

    private long inspections(int year, String outcome) {
        return jdbc.queryForObject(
                "select count(*) from tf_inspection i join tf_inspection_round r on r.id = i.round_id"
                        + " where i.outcome = ? and extract(year from r.started_at) = ?",
                Long.class,
                outcome,
                year);
    }
}
