package com.targetflow.escalation;

import com.targetflow.organisation.Unit;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EscalationStepRepository extends JpaRepository<EscalationStep, Long> {

    List<EscalationStep> findByWatchedTaskOrderByTakenAtAscIdAsc(WatchedTask task);

    long countByWatchedTaskAndStep(WatchedTask task, EscalationStep.Kind step);

    /** A unit's tasks created between two instants that were escalated (督办). */
    @Query("select count(distinct s.watchedTask) from EscalationStep s"
            + " where s.step = com.targetflow.escalation.EscalationStep.Kind.SUPERVISION and s.watchedTask.unit = ?1"
            + " and s.watchedTask.createdAt >= ?2 and s.watchedTask.createdAt < ?3")
    long countEscalated(Unit unit, Instant from, Instant to);

    @Query("select count(distinct s.watchedTask) from EscalationStep s"
            + " where s.step = com.targetflow.escalation.EscalationStep.Kind.SUPERVISION"
            + " and s.watchedTask.createdAt >= ?1 and s.watchedTask.createdAt < ?2")
    long countEscalated(Instant from, Instant to);
}
