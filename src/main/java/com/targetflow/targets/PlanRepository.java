package com.targetflow.targets;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<AnnualPlan, Long> {

    Optional<AnnualPlan> findByYear(int year);

    boolean existsByStatus(PlanStatus status);
}
