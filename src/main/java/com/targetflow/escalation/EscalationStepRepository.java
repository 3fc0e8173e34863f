package com.targetflow.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EscalationStepRepository extends JpaRepository<EscalationStep, Long> {

    List<EscalationStep> findByWatchedTaskOrderByTakenAtAscIdAsc(WatchedTask task);

    long countByWatchedTaskAndStep(WatchedTask task, EscalationStep.Kind step);
}
