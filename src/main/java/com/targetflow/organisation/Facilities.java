package com.targetflow.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The science galleries and citizen science schools as other features read them; only organisation changes them. */
@Component
public class Facilities {

    private final FacilityRepository repository;

    Facilities(FacilityRepository repository) {
        this.repository = repository;
    }

    public List<Facility> findAllByOrderByCode() {
        return repository.findAllByOrderByCode();
    }

    public List<Facility> findByKindOrderByCode(FacilityKind kind) {
        return repository.findByKindOrderByCode(kind);
    }

    public List<Facility> findByOwnerOrderByCode(Unit owner) {
        return repository.findByOwnerOrderByCode(owner);
    }

    public Optional<Facility> findById(Long id) {
        return repository.findById(id);
    }

    public Optional<Facility> findByCode(String code) {
        return repository.findByCode(code);
    }

    public long countByKind(FacilityKind kind) {
        return repository.countByKind(kind);
    }
}
