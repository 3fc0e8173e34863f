package com.targetflow.targets;

import com.targetflow.calendar.DistrictZone;
import com.targetflow.domain.Refusal;
import com.targetflow.models.AnnualPlanModel;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.Unit;
import com.targetflow.organisation.Units;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafts, copies and issues annual plans. Issuing starts the year's processes, in the same transaction. */
@Service
@Transactional
public class PlanService {

    public static final String PROCESS_KEY = AnnualPlanModel.KEY;
    public static final String UNIT_PROCESS_KEY = UnitTargetsModel.KEY;

    private final PlanRepository plans;
    private final TargetRepository targets;
    private final IndicatorRepository indicators;
    private final Units units;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ProgressService progress;
    private final EntityManager entityManager;

    PlanService(
            PlanRepository plans,
            TargetRepository targets,
            IndicatorRepository indicators,
            Units units,
            RuntimeService runtime,
            HistoryService history,
            Clock clock,
            ApplicationEventPublisher events,
            ProgressService progress,
            EntityManager entityManager) {
        this.progress = progress;
        this.entityManager = entityManager;
        this.events = events;
        this.plans = plans;
        this.targets = targets;
        this.indicators = indicators;
        this.units = units;
        this.runtime = runtime;
        this.history = history;
        this.clock = clock;
    }

    /** A draft from a request: empty, copied from another year, or with the targets given; all or nothing. */
    public AnnualPlan create(PlanRequest request) {
        AnnualPlan plan = createDraft(request.year());
        if (request.quarterEnds() != null) {
            for (int n = 0; n < 4; n++) {
                LocalDate end = request.quarterEnds().get(n);
                if (end.getYear() != request.year()
                        || (n > 0 && !end.isAfter(request.quarterEnds().get(n - 1)))) {
                    throw Refusal.invalid("quarterEnds[" + n + "]", "error.plan.quarter-end", end, request.year());
                }
            }
            plan.reschedule(request.quarterEnds());
        }
        if (request.copyFromYear() != null) {
            AnnualPlan source = plans.findByYear(request.copyFromYear())
                    .orElseThrow(() -> Refusal.invalid("copyFromYear", "error.plan.not-found", request.copyFromYear()));
            Map<Long, BigDecimal> reached = new HashMap<>();
            if (request.copyQuotas() == CopyBasis.ACTUALS) {
                progress.view(source, unit -> true, Language.ZH)
                        .targets()
                        .forEach(t ->
                                reached.put(t.id(), t.auditedValue() != null ? t.auditedValue() : t.approvedValue()));
            }
            for (Target t : targets.findByPlanOrderByUnitCodeAscIndicatorIdAsc(source)) {
                if (!t.getUnit().isActive()) {
                    continue; // merged or dissolved since: no targets for next year
                }
                LocalDate due = sameDayIn(t.getDueDate(), request.year());
                BigDecimal quota = t.getQuota();
                BigDecimal actual = reached.get(t.getId());
                // A milestone stays 1; a target nobody reported keeps its quota.
                if (actual != null && t.getIndicator().getKind() != IndicatorKind.MILESTONE) {
                    quota = actual;
                }
                Target copy = targets.save(new Target(plan, t.getIndicator(), t.getUnit(), quota, due));
                copy.weigh(t.getWeight(), t.isVeto());
            }
        }
        List<TargetRequest> given = request.targets() == null ? List.of() : request.targets();
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < given.size(); n++) {
            TargetRequest t = given.get(n);
            if (!seen.add(t.unitCode() + "/" + t.indicatorCode())) {
                throw Refusal.invalid("targets[" + n + "]", "error.target.duplicate", t.unitCode(), t.indicatorCode());
            }
            addTarget(plan, "targets[" + n + "].", t);
        }
        return plan;
    }

    /**
     * Adds a target to a plan. In an issued plan the unit is told at once and asked to confirm
     * again; a unit that had no targets yet gets its own unit-targets process.
     */
    public Target addTargetAndTell(AnnualPlan plan, TargetRequest request) {
        // The one way to add to a plan that may already have the unit's target (a new plan's rows are checked
        // among themselves): named here rather than left to the database's unique key.
        if (targets.existsByPlanAndUnitCodeAndIndicatorCode(plan, request.unitCode(), request.indicatorCode())) {
            throw Refusal.conflict("unitCode", "error.target.duplicate", request.unitCode(), request.indicatorCode());
        }
        Target target = addTarget(plan, "", request);
        if (!plan.isDraft() && target.getIndicator().getSource() == IndicatorSource.REPORTED) {
            tellUnit(plan, target.getUnit());
        }
        return target;
    }

    /** Changes a target's quota and due date; in an issued plan the unit confirms again. */
    public Target changeTarget(AnnualPlan plan, long targetId, BigDecimal quota, LocalDate dueDate, Long readVersion) {
        Target target = targets.findById(targetId)
                .filter(t -> t.getPlan().getId().equals(plan.getId()))
                .orElseThrow(() -> Refusal.notFound("error.target.not-found", targetId));
        if (readVersion != null && readVersion != target.getVersion()) {
            // Someone changed it after this manager read it: their change would silently undo the other's.
            throw Refusal.conflict(
                    "version",
                    "error.target.changed",
                    target.getUnit().getCode(),
                    target.getIndicator().getCode(),
                    target.getQuota().toPlainString());
        }
        checkQuota("", target.getIndicator(), quota);
        if (dueDate.getYear() != plan.getYear()) {
            throw Refusal.invalid("dueDate", "error.target.due.year", dueDate, plan.getYear());
        }
        target.change(quota, dueDate);
        if (!plan.isDraft() && target.getIndicator().getSource() == IndicatorSource.REPORTED) {
            tellUnit(plan, target.getUnit());
        }
        return target;
    }

    private void tellUnit(AnnualPlan plan, Unit unit) {
        targets.findByPlanAndUnitOrderByIndicatorId(plan, unit).forEach(Target::awaitConfirmation);
        String businessKey = plan.getYear() + "-" + unit.getCode();
        ProcessInstance running = runtime.createProcessInstanceQuery()
                .processDefinitionKey(UNIT_PROCESS_KEY)
                .processInstanceBusinessKey(businessKey)
                .active()
                .singleResult();
        if (running != null) {
            runtime.createMessageCorrelation(UnitTargetsModel.MESSAGE_TARGETS_CHANGED)
                    .processInstanceId(running.getId())
                    .correlate();
        } else if (history.createHistoricProcessInstanceQuery()
                        .processDefinitionKey(UNIT_PROCESS_KEY)
                        .processInstanceBusinessKey(businessKey)
                        .count()
                > 0) {
            throw Refusal.conflict("status", "error.plan.unit.suspended", unit.getCode());
        } else {
            runtime.startProcessInstanceByKey(
                    UNIT_PROCESS_KEY,
                    businessKey,
                    Map.of("year", plan.getYear(), "planId", plan.getId(), "unitCode", unit.getCode(), "round", 0));
        }
    }

    private static void checkQuota(String fieldPrefix, Indicator indicator, BigDecimal quota) {
        if (quota.signum() < 0) {
            throw Refusal.invalid(fieldPrefix + "quota", "task.input.negative", quota);
        }
        if (indicator.getKind() == IndicatorKind.COVERAGE && quota.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw Refusal.invalid(fieldPrefix + "quota", "error.quota.coverage", quota);
        }
        if (indicator.getKind() == IndicatorKind.MILESTONE && quota.compareTo(BigDecimal.ONE) != 0) {
            throw Refusal.invalid(fieldPrefix + "quota", "error.quota.milestone", quota);
        }
    }

    /** Adds one target, checking it against its indicator and the plan's year. */
    public Target addTarget(AnnualPlan plan, String fieldPrefix, TargetRequest t) {
        Indicator indicator = indicators
                .findByCode(t.indicatorCode())
                .orElseThrow(() ->
                        Refusal.invalid(fieldPrefix + "indicatorCode", "error.indicator.not-found", t.indicatorCode()));
        checkQuota(fieldPrefix, indicator, t.quota());
        Unit unit = units.findByCode(t.unitCode())
                .orElseThrow(() -> Refusal.invalid(fieldPrefix + "unitCode", "error.unit.not-found", t.unitCode()));
        if (!unit.isActive()) {
            throw Refusal.invalid(fieldPrefix + "unitCode", "error.unit.inactive", unit.getName(), t.unitCode());
        }
        if (t.dueDate().getYear() != plan.getYear()) {
            throw Refusal.invalid(fieldPrefix + "dueDate", "error.target.due.year", t.dueDate(), plan.getYear());
        }
        return targets.save(new Target(plan, indicator, unit, t.quota(), t.dueDate()));
    }

    /** Opens a reporting round now for every unit of the plan that is waiting for one. */
    public int openReportingRound(AnnualPlan plan) {
        if (plan.isDraft()) {
            throw Refusal.conflict("status", "error.plan.not-issued", plan.getYear());
        }
        return runtime.createMessageCorrelation(UnitTargetsModel.MESSAGE_REPORTING_ROUND_OPENED)
                .processInstanceVariableEquals("planId", plan.getId())
                .correlateAllWithResult()
                .size();
    }

    private static LocalDate sameDayIn(LocalDate date, int year) {
        return date.withYear(year);
    }

    /**
     * A draft plan from rows already checked one by one (an Excel import): the year's draft gets
     * exactly these targets, or a new draft is made. An issued plan is never replaced.
     */
    public AnnualPlan importDraft(int year, List<TargetRequest> rows) {
        AnnualPlan plan = plans.findByYear(year).orElseGet(() -> plans.save(new AnnualPlan(year)));
        if (!plan.isDraft()) {
            throw Refusal.conflict("year", "error.plan.issued", year);
        }
        targets.deleteAll(targets.findByPlanOrderByUnitCodeAscIndicatorIdAsc(plan));
        targets.flush();
        Map<String, Indicator> byCode = new HashMap<>();
        indicators.findAll().forEach(i -> byCode.put(i.getCode(), i));
        Map<String, Unit> unitsByCode = new HashMap<>();
        units.findAll().forEach(u -> unitsByCode.put(u.getCode(), u));
        List<Target> made = new ArrayList<>(rows.size());
        for (int n = 0; n < rows.size(); n++) {
            TargetRequest row = rows.get(n);
            Indicator indicator = byCode.get(row.indicatorCode());
            Unit unit = unitsByCode.get(row.unitCode());
            if (indicator == null
                    || unit == null
                    || !unit.isActive()
                    || row.dueDate().getYear() != year) {
                throw Refusal.invalid("targets[" + n + "]", "error.plan.import.row", n + 1);
            }
            checkQuota("targets[" + n + "].", indicator, row.quota());
            made.add(new Target(plan, indicator, unit, row.quota(), row.dueDate()));
        }
        targets.saveAll(made);
        return plan;
    }

    /** The years that have a plan, latest first: what a new plan can be copied from. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return plans.findAll().stream()
                .map(AnnualPlan::getYear)
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    public AnnualPlan createDraft(int year) {
        if (plans.findByYear(year).isPresent()) {
            throw Refusal.conflict("year", "error.plan.year.taken", year);
        }
        return plans.save(new AnnualPlan(year));
    }

    public Target addTarget(
            AnnualPlan plan, String indicatorCode, String unitCode, BigDecimal quota, LocalDate dueDate) {
        return addTarget(plan, "", new TargetRequest(unitCode, indicatorCode, quota, dueDate));
    }

    /** Issues the plan of this year; see {@link #issue(AnnualPlan)}. */
    public String issue(int year) {
        return issue(plans.findByYear(year).orElseThrow(() -> Refusal.notFound("error.plan.not-found", year)));
    }

    /**
     * Starts annual-plan, which calls unit-targets once for every unit that reports on a target of
     * its own, and announces the issued plan (the meetings schedule its meetings from it).
     */
    public String issue(AnnualPlan plan) {
        return issue(plan, LocalDate.now(clock.withZone(DistrictZone.ZONE)));
    }

    /** The same, counting the plan as issued on asOf (see {@link PlanIssued}). */
    public String issue(AnnualPlan plan, LocalDate asOf) {
        if (!plan.isDraft()) {
            throw Refusal.conflict("status", "error.plan.issued", plan.getYear());
        }
        List<String> unitCodes = targets.reportingUnitCodesOf(plan);
        if (targets.countByPlan(plan) == 0) {
            throw Refusal.invalid("targets", "error.plan.empty", plan.getYear());
        }
        plan.markIssued(Instant.now(clock));
        // Issuing runs listeners for every unit in this one transaction, each with its queries, and before each
        // query Hibernate would look through every entity the transaction holds for changes to write first —
        // a quarter of the time of issuing a thousand units, growing with the square of them. The changes so far
        // are written once here; while the processes start, what the listeners add is inserted at once (the
        // database gives the ids) and what they read is not changed by another unit's listeners.
        entityManager.flush();
        FlushModeType before = entityManager.getFlushMode();
        entityManager.setFlushMode(FlushModeType.COMMIT);
        try {
            events.publishEvent(new PlanIssued(plan.getId(), plan.getYear(), asOf));
            return runtime.startProcessInstanceByKey(
                            PROCESS_KEY,
                            "plan-" + plan.getYear(),
                            Map.of(
                                    "year", plan.getYear(),
                                    "planId", plan.getId(),
                                    "unitCodes",
                                            Variables.objectValue(new ArrayList<>(unitCodes))
                                                    .serializationDataFormat("application/json")
                                                    .create()))
                    .getId();
        } finally {
            entityManager.setFlushMode(before);
        }
    }
}
