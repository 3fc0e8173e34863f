package com.targetflow.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

    @EntityGraph(attributePaths = "unit")
    Optional<Person> findByUsername(String username);

    List<Person> findByEmailIgnoreCase(String email);

    @EntityGraph(attributePaths = "unit")
    List<Person> findAllByOrderByUsername();

    @EntityGraph(attributePaths = "unit")
    List<Person> findByUnitOrderByUsername(Unit unit);

    List<Person> findByRoleAndUnitKindInOrderByUnitCodeAscUsernameAsc(PersonRole role, java.util.Collection<UnitKind> kinds);

    List<Person> findByRoleOrderByUsername(PersonRole role);

    boolean existsByUsername(String username);

    boolean existsByRole(PersonRole role);
}
