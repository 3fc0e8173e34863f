package com.targetflow.report;

import com.targetflow.domain.Refusal;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.organisation.Unit;
import com.targetflow.organisation.Units;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.Plans;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work summary a reader asks for, written in one transaction: the district's (no unit) or one
 * unit's for district staff; a unit's people always get their own unit's, whatever they ask.
 */
@Service
@Transactional(readOnly = true)
class ScopedSummaries {

    /** The summary, and the unit it is of (null for the district's). */
    record Scoped(WorkSummary summary, String unitCode) {}

    private final SummaryWriter writer;
    private final Plans plans;
    private final People people;
    private final Units units;

    ScopedSummaries(SummaryWriter writer, Plans plans, People people, Units units) {
        this.writer = writer;
        this.plans = plans;
        this.people = people;
        this.units = units;
    }

    Scoped write(int year, String unitCode, String reader, Locale locale) {
        AnnualPlan plan = plans.ofYear(year);
        Unit scope = scope(unitCode, reader);
        return new Scoped(writer.write(plan, scope, locale), scope == null ? null : scope.getCode());
    }

    private Unit scope(String unitCode, String reader) {
        Person me = people.findByUsername(reader).orElseThrow(Refusal::forbidden);
        if (!me.getRole().seesWholeDistrict()) {
            return me.getUnit();
        }
        if (unitCode == null || unitCode.isBlank()) {
            return null;
        }
        return units.findByCode(unitCode).orElseThrow(() -> Refusal.invalid("unit", "error.unit.not-found", unitCode));
    }
}
