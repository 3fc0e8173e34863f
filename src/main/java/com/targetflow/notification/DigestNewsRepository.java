package com.targetflow.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DigestNewsRepository extends JpaRepository<DigestNews, Long> {

    /** What a person's next digest tells, oldest first. */
    List<DigestNews> findByUsernameAndToldAtIsNullOrderById(String username);

    boolean existsByUsernameAndToldAtIsNull(String username);
}
