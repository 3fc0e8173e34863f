package com.targetflow.report;

import com.targetflow.escalation.EscalationService;
import com.targetflow.inspections.Inspection;
import com.targetflow.inspections.InspectionOutcome;
import com.targetflow.inspections.InspectionService;
import com.targetflow.meetings.Attendance;
import com.targetflow.meetings.Meeting;
import com.targetflow.meetings.MeetingService;
import com.targetflow.meetings.MeetingStatus;
import com.targetflow.meetings.MeetingType;
import com.targetflow.organisation.Facilities;
import com.targetflow.organisation.FacilityKind;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.Unit;
import com.targetflow.organisation.UnitKind;
import com.targetflow.organisation.Units;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.ProgressService;
import com.targetflow.targets.TargetProgress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of a year that the annual work summary quotes, for the district or one unit: from
 * approved progress, the meetings held, and the register. A figure that the year's data does not
 * hold is empty, never zero, so that the summary can say it is missing.
 */
@Component
@Transactional(readOnly = true)
class YearFigures {

    private final ProgressService progress;
    private final MeetingService meetings;
    private final Units units;
    private final Facilities facilities;
    private final InspectionService inspections;
    private final EscalationService escalation;

    YearFigures(
            ProgressService progress,
            MeetingService meetings,
            Units units,
            Facilities facilities,
            InspectionService inspections,
            EscalationService escalation) {
        this.inspections = inspections;
        this.escalation = escalation;
        this.progress = progress;
        this.meetings = meetings;
        this.units = units;
        this.facilities = facilities;
    }

    /** The figures for one scope: the whole district (unit null) or one unit. */
    Scope of(AnnualPlan plan, Unit unit) {
        List<TargetProgress> targets = progress.view(
                        plan, code -> unit == null || unit.getCode().equals(code), Language.ZH)
                .targets();
        return new Scope(plan, unit, targets);
    }

    final class Scope {
        private final AnnualPlan plan;
        private final Unit unit;
        private final List<TargetProgress> targets;

        Scope(AnnualPlan plan, Unit unit, List<TargetProgress> targets) {
            this.plan = plan;
            this.unit = unit;
            this.targets = targets;
        }

        int year() {
            return plan.getYear();
        }

        Unit unit() {
            return unit;
        }

        /** A counted indicator: the sum of the approved values, if any unit has one. */
        Optional<BigDecimal> sum(String indicator) {
            List<BigDecimal> values = approved(indicator);
            return values.isEmpty()
                    ? Optional.empty()
                    : Optional.of(plain(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
        }

        /** A coverage rate: the mean of the approved values, if any unit has one. */
        Optional<BigDecimal> mean(String indicator) {
            List<BigDecimal> values = approved(indicator);
            return values.isEmpty()
                    ? Optional.empty()
                    : Optional.of(plain(values.stream()
                            .reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(values.size()), 0, RoundingMode.HALF_UP)));
        }

        /** A milestone: reached or not, if reported at all. */
        Optional<Boolean> reached(String indicator) {
            return targets.stream()
                    .filter(t -> t.indicatorCode().equals(indicator) && t.approvedValue() != null)
                    .findFirst()
                    .map(t -> t.approvedValue().compareTo(t.quota()) >= 0);
        }

        long meetingsHeld(MeetingType type) {
            return meetings.ofYear(plan.getYear()).stream()
                    .filter(m -> m.getType() == type && m.getStatus() == MeetingStatus.HELD)
                    .filter(this::attendedByScope)
                    .count();
        }

        long meetingsWithTraining(MeetingType type) {
            return meetings.ofYear(plan.getYear()).stream()
                    .filter(m -> m.getType() == type
                            && m.getStatus() == MeetingStatus.HELD
                            && Boolean.TRUE.equals(m.getTrainingDelivered()))
                    .filter(this::attendedByScope)
                    .count();
        }

        long units(UnitKind kind) {
            return units.countByKind(kind);
        }

        long facilities(FacilityKind... kinds) {
            long n = 0;
            for (FacilityKind kind : kinds) {
                n += unit == null
                        ? facilities.countByKind(kind)
                        : facilities.findByOwnerOrderByCode(unit).stream()
                                .filter(f -> f.getKind() == kind)
                                .count();
            }
            return n;
        }

        /** Education bases visited (inspected) in the year: what BASE-1 counts, held whether or not the plan has the target. */
        long basesVisited() {
            return inspections.decidedIn(plan.getYear()).stream()
                    .filter(i -> i.getFacility().getKind() == FacilityKind.EDUCATION_BASE)
                    .filter(i ->
                            unit == null || i.getFacility().getOwner().getId().equals(unit.getId()))
                    .map(i -> i.getFacility().getId())
                    .distinct()
                    .count();
        }

        /** What the summary may claim of the year: its targets, the facilities that did not pass, the 督办. */
        SummaryClaims claims() {
            List<Inspection> decided = inspections.decidedIn(plan.getYear()).stream()
                    .filter(i ->
                            unit == null || i.getFacility().getOwner().getId().equals(unit.getId()))
                    .toList();
            long notPassed = decided.stream()
                    .filter(i -> i.getOutcome() != InspectionOutcome.PASS)
                    .map(i -> i.getFacility().getId())
                    .distinct()
                    .count();
            // A facility's last inspection of the year decides whether it still has not passed.
            Map<Long, Inspection> last = new LinkedHashMap<>();
            decided.stream()
                    .sorted(Comparator.comparing(Inspection::getVisit))
                    .forEach(i -> last.put(i.getFacility().getId(), i));
            List<String> still = last.values().stream()
                    .filter(i -> i.getOutcome() != InspectionOutcome.PASS)
                    .map(i -> i.getFacility().getName())
                    .sorted()
                    .toList();
            return new SummaryClaims(targets, notPassed, still, escalation.escalatedIn(unit, plan.getYear()));
        }

        private boolean attendedByScope(Meeting meeting) {
            return unit == null
                    || meetings.inviteesOf(meeting).stream()
                            .anyMatch(i -> i.getUnit().getId().equals(unit.getId())
                                    && i.getAttendance() != null
                                    && i.getAttendance() != Attendance.ABSENT);
        }

        private List<BigDecimal> approved(String indicator) {
            return targets.stream()
                    .filter(t -> t.indicatorCode().equals(indicator) && t.approvedValue() != null)
                    .map(TargetProgress::approvedValue)
                    .toList();
        }
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal p = value.stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }
}
