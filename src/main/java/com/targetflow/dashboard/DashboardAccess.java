package com.targetflow.dashboard;

import com.targetflow.calendar.DistrictZone;
import com.targetflow.domain.Refusal;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Person;
import com.targetflow.organisation.Unit;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.Plans;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Whose dashboard: the district's for district staff, one unit's for the unit's people; and which year. */
@Component
@Transactional(readOnly = true)
class DashboardAccess {

    private final People people;
    private final Plans plans;
    private final DashboardViews dashboards;
    private final Clock clock;

    DashboardAccess(People people, Plans plans, DashboardViews dashboards, Clock clock) {
        this.people = people;
        this.plans = plans;
        this.dashboards = dashboards;
        this.clock = clock;
    }

    DashboardView dashboard(Integer year, Principal principal, Locale locale) {
        Person me = people.findByUsername(principal.getName()).orElseThrow(Refusal::forbidden);
        Unit only = me.getRole().seesWholeDistrict() ? null : me.getUnit();
        return dashboards.build(
                plan(year), unit -> only == null || only.getCode().equals(unit), only, locale);
    }

    boolean seesWholeDistrict(Principal principal) {
        return people.findByUsername(principal.getName())
                .map(p -> p.getRole().seesWholeDistrict())
                .orElse(false);
    }

    /** The year asked for; else this year's plan, or the latest there is. */
    AnnualPlan plan(Integer year) {
        if (year != null) {
            return plans.ofYear(year);
        }
        int thisYear = LocalDate.now(clock.withZone(DistrictZone.ZONE)).getYear();
        return plans.findByYear(thisYear)
                .orElseGet(() -> plans.findAll().stream()
                        .filter(p -> p.getYear() <= thisYear)
                        .max(Comparator.comparing(AnnualPlan::getYear))
                        .orElseThrow(() -> Refusal.notFound("error.plan.not-found", thisYear)));
    }
}
