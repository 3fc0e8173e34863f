package com.targetflow.dashboard;

import com.targetflow.targets.IndicatorKind;
import com.targetflow.targets.PlanStatus;
import com.targetflow.targets.WarningLight;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The year at a glance, as the dashboard page draws it and the API returns it: the same numbers
 * for both. Rates are percent, one decimal. yearElapsed: how much of the year has gone by (percent),
 * the pace against which the rates are read — a rate of 20 % in February is on course.
 */
public record DashboardView(
        int year,
        PlanStatus planStatus,
        BigDecimal yearElapsed,
        Map<WarningLight, Long> lights,
        List<Column> indicators,
        List<Row> units,
        List<Total> totals,
        List<Rank> ranking,
        List<LateTask> lateWork,
        List<MeetingLine> meetings,
        List<InspectionLine> inspections) {

    /** An indicator that has targets in the plan. */
    public record Column(String code, String name, IndicatorKind kind, String measure) {

        /** The name without its note in brackets, short enough for a column's heading. */
        public String shortName() {
            int note = name.indexOf('（');
            return note > 0 ? name.substring(0, note) : name;
        }

        public boolean percent() {
            return kind == IndicatorKind.COVERAGE;
        }
    }

    /** A unit's targets, one cell per indicator it has a target for; completion is the mean of its targets' rates. */
    public record Row(String unitCode, String unitName, BigDecimal completion, Map<String, Cell> cells) {}

    public record Cell(long targetId, BigDecimal quota, BigDecimal approved, BigDecimal rate, WarningLight light) {}

    /**
     * The district's figure for an indicator: counts add up; coverage rates are the mean of the
     * units'; milestones count the units that reached theirs.
     */
    public record Total(
            String code,
            String name,
            IndicatorKind kind,
            String measure,
            BigDecimal quota,
            BigDecimal approved,
            BigDecimal rate,
            int targets) {}

    /** A unit's place among the units of its kind (the district itself is not among them); tied: shares its place. */
    public record Rank(int rank, boolean tied, String unitCode, String unitName, BigDecimal completion, long red) {}

    /** Overdue or escalated work (督办事项) and the ladder's step reached. */
    public record LateTask(
            String taskId,
            String taskName,
            String unitName,
            String due,
            WarningLight light,
            String step,
            int workingDaysLate) {}

    public record MeetingLine(
            long id,
            String date,
            String typeName,
            String status,
            long invited,
            long present,
            long deputy,
            long absent) {}

    public record InspectionLine(String unitCode, String unitName, long inspected, long passed, BigDecimal passRate) {}
}
