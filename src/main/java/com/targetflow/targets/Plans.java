package com.targetflow.targets;

import com.targetflow.domain.Refusal;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The annual plans as other features read them; only targets changes them. */
@Component
public class Plans {

    private final PlanRepository repository;

    Plans(PlanRepository repository) {
        this.repository = repository;
    }

    public Optional<AnnualPlan> findByYear(int year) {
        return repository.findByYear(year);
    }

    /** The plan of the year, or the refusal every page and API gives for a year without one. */
    public AnnualPlan ofYear(int year) {
        return repository.findByYear(year).orElseThrow(() -> Refusal.notFound("error.plan.not-found", year));
    }

    public Optional<AnnualPlan> findById(Long id) {
        return repository.findById(id);
    }

    public List<AnnualPlan> findAll() {
        return repository.findAll();
    }

    public boolean existsByStatus(PlanStatus status) {
        return repository.existsByStatus(status);
    }
}
