package com.targetflow.organisation;

import com.targetflow.domain.Refusal;
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

/** Science facilities (科普阵地): anyone signed in may read them; administrators change them. */
@RestController
@RequestMapping("/api/facilities")
@Transactional(readOnly = true)
class FacilityController {

    private final FacilityRepository facilities;
    private final OrganisationRegister register;

    FacilityController(FacilityRepository facilities, OrganisationRegister register) {
        this.facilities = facilities;
        this.register = register;
    }

    @GetMapping
    List<FacilityView> list(
            @RequestParam(required = false) FacilityKind kind, @RequestParam(required = false) String owner) {
        List<Facility> found =
                kind == null ? facilities.findAllByOrderByCode() : facilities.findByKindOrderByCode(kind);
        return found.stream()
                .filter(f -> owner == null || f.getOwner().getCode().equals(owner))
                .map(FacilityView::of)
                .toList();
    }

    @GetMapping("/{code}")
    FacilityView one(@PathVariable String code) {
        return facilities
                .findByCode(code)
                .map(FacilityView::of)
                .orElseThrow(() -> Refusal.notFound("error.facility.not-found", code));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    FacilityView create(@Valid @RequestBody FacilityRequest request) {
        return FacilityView.of(register.createFacility(request));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    FacilityView update(@PathVariable String code, @Valid @RequestBody FacilityRequest request) {
        return FacilityView.of(register.updateFacility(code, request));
    }
}
