package com.targetflow.organisation;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Units of the district: anyone signed in may read them; administrators change them. */
@RestController
@RequestMapping("/api/units")
@Transactional(readOnly = true)
class UnitController {

    private final UnitRepository units;
    private final OrganisationRegister register;

    UnitController(UnitRepository units, OrganisationRegister register) {
        this.units = units;
        this.register = register;
    }

    @GetMapping
    List<UnitView> list(@RequestParam(required = false) UnitKind kind, @RequestParam(required = false) String parent) {
        List<Unit> found = kind == null ? units.findAllByOrderByCode() : units.findByKindOrderByCode(kind);
        return found.stream()
                .filter(u -> parent == null
                        || (u.getParent() != null && u.getParent().getCode().equals(parent)))
                .map(UnitView::of)
                .toList();
    }

    @GetMapping("/{code}")
    UnitView one(@PathVariable String code) {
        return UnitView.of(register.unit(code));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    UnitView create(@Valid @RequestBody UnitRequest request) {
        return UnitView.of(register.createUnit(request));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    UnitView update(@PathVariable String code, @Valid @RequestBody UnitRequest request) {
        return UnitView.of(register.updateUnit(code, request));
    }
}
