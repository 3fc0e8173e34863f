package com.targetflow.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DigestNewsRepository extends JpaRepository<DigestNews, Long> {

    /** What a person's next digest tells, oldest first. */
    List<DigestNews> findByUsernameAndToldAtIsNullOrderById(String username);

    boolean existsByUsernameAndToldAtIsNull(String username);

    /** Everything not yet told counts as told at this time (the demo's weeks whose digests it does not keep). */
    @Modifying
    @Query("update DigestNews n set n.toldAt = ?1 where n.toldAt is null")
    int markAllTold(Instant when);
}
