package com.targetflow.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EscalationStepRepository extends JpaRepository<EscalationStep, Long> {

    List<EscalationStep> findByWatchedTaskOrderByTakenAtAscIdAsc(WatchedTask task);

    long countByWatchedTaskAndStep(WatchedTask task, EscalationStep.Kind step);

    /** A unit's tasks created between two instants that were escalated (督办). */
    @org.springframework.data.jpa.repository.Query("select count(distinct s.watchedTask) from EscalationStep s"
            + " where s.step = com.targetflow.escalation.EscalationStep.Kind.SUPERVISION and s.watchedTask.unit = ?1"
            + " and s.watchedTask.createdAt >= ?2 and s.watchedTask.createdAt < ?3")
    long countEscalated(com.targetflow.organisation.Unit unit, java.time.Instant from, java.time.Instant to);

    @org.springframework.data.jpa.repository.Query("select count(distinct s.watchedTask) from EscalationStep s"
            + " where s.step = com.targetflow.escalation.EscalationStep.Kind.SUPERVISION"
            + " and s.watchedTask.createdAt >= ?1 and s.watchedTask.createdAt < ?2")
    long countEscalated(java.time.Instant from, java.time.Instant to);
}
