package com.targetflow.escalation;

import com.targetflow.organisation.Unit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WatchedTaskRepository extends JpaRepository<WatchedTask, Long> {

    Optional<WatchedTask> findByTaskId(String taskId);

    List<WatchedTask> findByTaskIdIn(Collection<String> taskIds);

    List<WatchedTask> findByStatusOrderByDueAt(WatchedTask.Status status);

    List<WatchedTask> findByStatusAndUnitOrderByDueAt(WatchedTask.Status status, Unit unit);
}
