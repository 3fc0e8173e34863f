package com.targetflow.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

    @EntityGraph(attributePaths = "unit")
    Optional<Person> findByUsername(String username);

    @EntityGraph(attributePaths = "unit")
    List<Person> findAllByOrderByUsername();

    @EntityGraph(attributePaths = "unit")
    List<Person> findByUnitOrderByUsername(Unit unit);

    boolean existsByUsername(String username);
}
