package com.targetflow.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<Person, Long> {

    @EntityGraph(attributePaths = "unit")
    Optional<Person> findByUsername(String username);

    List<Person> findByEmailIgnoreCase(String email);

    @EntityGraph(attributePaths = "unit")
    List<Person> findAllByOrderByUsername();

    // The people of a unit or a role are those who still work there: mail, invitations and the ladder
    // address them; someone who left stays in the register (and in history) but is not among them.

    @EntityGraph(attributePaths = "unit")
    @Query("select p from Person p where p.unit = :unit and p.active = true order by p.username")
    List<Person> findByUnitOrderByUsername(@Param("unit") Unit unit);

    @Query("select p from Person p where p.role = :role and p.unit.kind in :kinds and p.active = true "
            + "order by p.unit.code, p.username")
    List<Person> findByRoleAndUnitKindInOrderByUnitCodeAscUsernameAsc(
            @Param("role") PersonRole role, @Param("kinds") Collection<UnitKind> kinds);

    @Query("select p from Person p where p.role = :role and p.active = true order by p.username")
    List<Person> findByRoleOrderByUsername(@Param("role") PersonRole role);

    boolean existsByUsername(String username);

    boolean existsByRole(PersonRole role);
}
