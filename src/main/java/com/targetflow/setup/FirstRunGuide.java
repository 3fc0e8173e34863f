package com.targetflow.setup;

import com.targetflow.calendar.WorkingDays;
import com.targetflow.organisation.People;
import com.targetflow.organisation.Unit;
import com.targetflow.organisation.UnitKind;
import com.targetflow.organisation.Units;
import com.targetflow.targets.PlanStatus;
import com.targetflow.targets.Plans;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 首次使用向导: what an empty production installation still lacks before its first plan goes out —
 * the association's own name, the register, next year's working days, next year's plan, its issue —
 * each step done or not, read from the data (nothing is ticked by hand).
 */
@Service
@Transactional(readOnly = true)
public class FirstRunGuide {

    /** The district's name until someone gives the real one (the first start's default). */
    static final String PLACEHOLDER_NAME = "区科学技术协会";

    /** One step: its key (setup.step.{key}), whether it is done, what stands now, and where to do it. */
    public record Step(String key, boolean done, String now, String link) {}

    private final Units units;
    private final People people;
    private final WorkingDays workingDays;
    private final Plans plans;
    private final Clock clock;

    FirstRunGuide(Units units, People people, WorkingDays workingDays, Plans plans, Clock clock) {
        this.units = units;
        this.people = people;
        this.workingDays = workingDays;
        this.plans = plans;
        this.clock = clock;
    }

    /** The guide is over once a plan has been issued. */
    public boolean finished() {
        return plans.existsByStatus(PlanStatus.ISSUED);
    }

    public int nextYear() {
        return LocalDate.now(clock).getYear() + 1;
    }

    public List<Step> steps() {
        int next = nextYear();
        String name = units.findByKindOrderByCode(UnitKind.DISTRICT_ASSOCIATION).stream()
                .findFirst()
                .map(Unit::getName)
                .orElse("");
        int subdistricts =
                units.findByKindOrderByCode(UnitKind.SUBDISTRICT_ASSOCIATION).size();
        long staff = people.count();
        boolean planned = plans.findByYear(next).isPresent();
        return List.of(
                new Step("name", !name.isBlank() && !PLACEHOLDER_NAME.equals(name), name, "/register"),
                new Step("register", subdistricts > 0 && staff > 1, subdistricts + " / " + staff, "/register"),
                new Step("calendar", workingDays.knows(next), String.valueOf(next), "/calendar/" + next),
                new Step("plan", planned, String.valueOf(next), "/plans/import?year=" + next),
                new Step(
                        finished() ? "issued" : "issue",
                        finished(),
                        String.valueOf(next),
                        planned ? "/plans/" + next : "/plans"));
    }
}
