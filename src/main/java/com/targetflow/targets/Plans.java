package com.targetflow.targets;

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
