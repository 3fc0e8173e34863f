package com.targetflow.targets;

import com.targetflow.domain.Refusal;
import com.targetflow.organisation.Language;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Targets with their progress as the pages and the API show them, read in one transaction each. */
@Service
@Transactional(readOnly = true)
class TargetPages {

    /** One target as its page shows it, with its plan's year. */
    record OneTarget(TargetProgress target, String year) {}

    private final Plans plans;
    private final TargetRepository targets;
    private final ProgressService progress;

    TargetPages(Plans plans, TargetRepository targets, ProgressService progress) {
        this.plans = plans;
        this.targets = targets;
        this.progress = progress;
    }

    /** The year's plan with the progress of the targets of the units the reader may see. */
    PlanView plan(int year, Predicate<String> visibleUnit, Language language) {
        return progress.view(plans.ofYear(year), visibleUnit, language);
    }

    /** A unit's targets in the year's plan. */
    List<TargetProgress> unitTargets(int year, String unitCode, Language language) {
        return progress.view(plans.ofYear(year), unitCode::equals, language).targets();
    }

    /** One target; not found, like a missing one, when its unit is not one the reader may see. */
    OneTarget target(long id, Predicate<String> visibleUnit, Language language) {
        Target target = targets.findById(id).orElseThrow(() -> Refusal.notFound("error.target.not-found", id));
        String unit = target.getUnit().getCode();
        if (!visibleUnit.test(unit)) {
            throw Refusal.notFound("error.target.not-found", id);
        }
        TargetProgress shown = progress.view(target.getPlan(), unit::equals, language).targets().stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow();
        return new OneTarget(shown, String.valueOf(target.getPlan().getYear()));
    }
}
