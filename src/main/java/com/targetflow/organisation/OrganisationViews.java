package com.targetflow.organisation;

import com.targetflow.domain.Refusal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as the API shows it: units, facilities and people as views, read in one transaction
 * each (their units and owners are loaded lazily), and the views of what the register has just
 * changed. Who may see whom is decided here too: a unit's staff see their own unit's people.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationViews {

    private final UnitRepository units;
    private final FacilityRepository facilities;
    private final PersonRepository people;
    private final OrganisationRegister register;

    OrganisationViews(
            UnitRepository units,
            FacilityRepository facilities,
            PersonRepository people,
            OrganisationRegister register) {
        this.units = units;
        this.facilities = facilities;
        this.people = people;
        this.register = register;
    }

    public List<UnitView> units(UnitKind kind, String parent) {
        List<Unit> found = kind == null ? units.findAllByOrderByCode() : units.findByKindOrderByCode(kind);
        return found.stream()
                .filter(u -> parent == null
                        || (u.getParent() != null && u.getParent().getCode().equals(parent)))
                .map(UnitView::of)
                .toList();
    }

    public UnitView unit(String code) {
        return UnitView.of(register.unit(code));
    }

    @Transactional
    public UnitView createUnit(UnitRequest request) {
        return UnitView.of(register.createUnit(request));
    }

    @Transactional
    public UnitView updateUnit(String code, UnitRequest request) {
        return UnitView.of(register.updateUnit(code, request));
    }

    public List<FacilityView> facilities(FacilityKind kind, String owner) {
        List<Facility> found =
                kind == null ? facilities.findAllByOrderByCode() : facilities.findByKindOrderByCode(kind);
        return found.stream()
                .filter(f -> owner == null || f.getOwner().getCode().equals(owner))
                .map(FacilityView::of)
                .toList();
    }

    public FacilityView facility(String code) {
        return facilities
                .findByCode(code)
                .map(FacilityView::of)
                .orElseThrow(() -> Refusal.notFound("error.facility.not-found", code));
    }

    @Transactional
    public FacilityView createFacility(FacilityRequest request) {
        return FacilityView.of(register.createFacility(request));
    }

    @Transactional
    public FacilityView updateFacility(String code, FacilityRequest request) {
        return FacilityView.of(register.updateFacility(code, request));
    }

    /** The people the asker may see: everyone for the district, their own unit's for a unit's staff. */
    public List<PersonView> people(String asker) {
        Person me = me(asker);
        List<Person> visible = me.getRole().seesWholeDistrict()
                ? people.findAllByOrderByUsername()
                : people.findByUnitOrderByUsername(me.getUnit());
        return visible.stream().map(PersonView::of).toList();
    }

    public PersonView myself(String asker) {
        return PersonView.of(me(asker));
    }

    public PersonView person(String username, String asker) {
        Person me = me(asker);
        Person person =
                people.findByUsername(username).orElseThrow(() -> Refusal.notFound("error.person.not-found", username));
        if (!me.getRole().seesWholeDistrict()
                && !person.getUnit().getId().equals(me.getUnit().getId())) {
            // Same answer as for a missing person, so that names of other units cannot be probed.
            throw Refusal.notFound("error.person.not-found", username);
        }
        return PersonView.of(person);
    }

    @Transactional
    public PersonView createPerson(PersonRequest request) {
        return PersonView.of(register.createPerson(request));
    }

    @Transactional
    public PersonView updatePerson(String username, PersonRequest request) {
        return PersonView.of(register.updatePerson(username, request));
    }

    /** The asker's own choice of digest (待办汇总), saved. */
    @Transactional
    public PersonView chooseDigest(String asker, DigestFrequency digest) {
        Person me = me(asker);
        me.chooseDigest(digest);
        return PersonView.of(me);
    }

    private Person me(String username) {
        return people.findByUsername(username).orElseThrow(Refusal::forbidden);
    }
}
