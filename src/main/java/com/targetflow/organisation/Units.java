package com.targetflow.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The district's units as other features read them; only organisation changes them. */
@Component
public class Units {

    private final UnitRepository repository;

    Units(UnitRepository repository) {
        this.repository = repository;
    }

    public Optional<Unit> findByCode(String code) {
        return repository.findByCode(code);
    }

    public Optional<Unit> findByCodeWithoutFlush(String code) {
        return repository.findByCodeWithoutFlush(code);
    }

    public List<Unit> findByKindOrderByCode(UnitKind kind) {
        return repository.findByKindOrderByCode(kind);
    }

    public List<Unit> findAllByOrderByCode() {
        return repository.findAllByOrderByCode();
    }

    public List<Unit> findAll() {
        return repository.findAll();
    }

    public long countByKind(UnitKind kind) {
        return repository.countByKind(kind);
    }
}
