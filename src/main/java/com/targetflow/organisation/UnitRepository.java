package com.targetflow.organisation;

import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    /**
     * The same, without first writing the transaction's pending changes — for which Hibernate checks
     * every entity it holds — for a listener that runs once per unit in one transaction, as when a
     * plan of a thousand units is issued. The answer is the same: a unit's code never changes, and a
     * new unit is written at once (the database gives it its id).
     */
    @QueryHints(@QueryHint(name = "org.hibernate.flushMode", value = "COMMIT"))
    @Query("select u from Unit u where u.code = ?1")
    Optional<Unit> findByCodeWithoutFlush(String code);

    List<Unit> findByKindOrderByCode(UnitKind kind);

    List<Unit> findAllByOrderByCode();

    long countByKind(UnitKind kind);
}
