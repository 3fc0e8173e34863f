package com.targetflow.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The district's people as other features read them; only organisation changes them (its repository is its own). */
@Component
public class People {

    private final PersonRepository repository;

    People(PersonRepository repository) {
        this.repository = repository;
    }

    public Optional<Person> findByUsername(String username) {
        return repository.findByUsername(username);
    }

    public List<Person> findByEmailIgnoreCase(String email) {
        return repository.findByEmailIgnoreCase(email);
    }

    public List<Person> findAllByOrderByUsername() {
        return repository.findAllByOrderByUsername();
    }

    public List<Person> findByUnitOrderByUsername(Unit unit) {
        return repository.findByUnitOrderByUsername(unit);
    }

    public List<Person> findByRoleAndUnitKindInOrderByUnitCodeAscUsernameAsc(
            PersonRole role, Collection<UnitKind> kinds) {
        return repository.findByRoleAndUnitKindInOrderByUnitCodeAscUsernameAsc(role, kinds);
    }

    public List<Person> findByRoleOrderByUsername(PersonRole role) {
        return repository.findByRoleOrderByUsername(role);
    }

    public boolean existsByRole(PersonRole role) {
        return repository.existsByRole(role);
    }

    public long count() {
        return repository.count();
    }
}
