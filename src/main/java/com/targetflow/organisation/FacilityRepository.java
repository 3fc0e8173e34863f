package com.targetflow.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface FacilityRepository extends JpaRepository<Facility, Long> {

    @EntityGraph(attributePaths = {"owner", "community"})
    List<Facility> findAllByOrderByCode();

    @EntityGraph(attributePaths = {"owner", "community"})
    List<Facility> findByKindOrderByCode(FacilityKind kind);

    @EntityGraph(attributePaths = {"owner", "community"})
    List<Facility> findByOwnerOrderByCode(Unit owner);

    @EntityGraph(attributePaths = {"owner", "community"})
    Optional<Facility> findByCode(String code);

    long countByKind(FacilityKind kind);

    boolean existsByCode(String code);
}
