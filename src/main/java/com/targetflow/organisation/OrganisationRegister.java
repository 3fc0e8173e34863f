package com.targetflow.organisation;

import com.targetflow.domain.Listed;
import com.targetflow.domain.Refusal;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes units, people and facilities. Each change publishes an event inside its
 * transaction, so that the sign-in identity (Camunda users and groups) changes with it or not at all.
 */
@Service
@Transactional
public class OrganisationRegister {

    private final UnitRepository units;
    private final PersonRepository people;
    private final FacilityRepository facilities;
    private final ApplicationEventPublisher events;

    public OrganisationRegister(
            UnitRepository units,
            PersonRepository people,
            FacilityRepository facilities,
            ApplicationEventPublisher events) {
        this.units = units;
        this.people = people;
        this.facilities = facilities;
        this.events = events;
    }

    public Unit createUnit(UnitRequest request) {
        if (units.findByCode(request.code()).isPresent()) {
            throw Refusal.conflict("code", "error.unit.code.taken", request.code());
        }
        Unit unit = units.save(new Unit(
                request.code(),
                request.name().strip(),
                blankToNull(request.nameEn()),
                request.kind(),
                parentOf(request)));
        events.publishEvent(new UnitChanged(unit.getCode(), unit.getName()));
        return unit;
    }

    public Unit updateUnit(String code, UnitRequest request) {
        Unit unit = unit(code);
        requireSameKey("code", code, request.code());
        Unit parent = parentOf(request);
        for (Unit ancestor = parent; ancestor != null; ancestor = ancestor.getParent()) {
            if (ancestor.getCode().equals(code)) {
                throw Refusal.invalid("parentCode", "error.unit.parent.cycle", request.parentCode());
            }
        }
        unit.rename(request.name().strip(), blankToNull(request.nameEn()));
        unit.moveTo(request.kind(), parent);
        events.publishEvent(new UnitChanged(unit.getCode(), unit.getName()));
        return unit;
    }

    /**
     * Deactivates a merged or dissolved unit: it keeps its history but gets nothing new. Refused while
     * people still work there or units below it are active (hand them over or move them first).
     */
    public Unit deactivateUnit(String code) {
        Unit unit = unit(code);
        List<String> staff = people.findByUnitOrderByUsername(unit).stream()
                .map(Person::getName)
                .toList();
        if (!staff.isEmpty()) {
            throw Refusal.conflict("active", "error.unit.deactivate.people", unit.getName(), Listed.of(staff));
        }
        List<String> below = units.findAllByOrderByCode().stream()
                .filter(u -> u.isActive()
                        && u.getParent() != null
                        && u.getParent().getCode().equals(code))
                .map(Unit::getName)
                .toList();
        if (!below.isEmpty()) {
            throw Refusal.conflict("active", "error.unit.deactivate.children", unit.getName(), Listed.of(below));
        }
        unit.deactivate();
        events.publishEvent(new UnitChanged(unit.getCode(), unit.getName()));
        return unit;
    }

    public Unit reactivateUnit(String code) {
        Unit unit = unit(code);
        unit.reactivate();
        events.publishEvent(new UnitChanged(unit.getCode(), unit.getName()));
        return unit;
    }

    public Person createPerson(PersonRequest request) {
        if (people.existsByUsername(request.username())) {
            throw Refusal.conflict("username", "error.person.username.taken", request.username());
        }
        Unit unit = unitField("unitCode", request.unitCode());
        Person person = people.save(new Person(
                request.username(),
                request.name().strip(),
                request.email().strip(),
                blankToNull(request.phone()),
                request.language(),
                request.role(),
                unit));
        publish(person, request.password());
        if (request.password() == null) {
            events.publishEvent(new PersonNeedsPassword(person.getUsername()));
        }
        return person;
    }

    /** The same from the register's page, with the person's digest chosen in the same transaction. */
    public Person createPerson(PersonRequest request, DigestFrequency digest) {
        Person person = createPerson(request);
        if (digest != null) {
            person.chooseDigest(digest);
        }
        return person;
    }

    public Person updatePerson(String username, PersonRequest request, DigestFrequency digest) {
        Person person = updatePerson(username, request);
        if (digest != null) {
            person.chooseDigest(digest);
        }
        return person;
    }

    public Person updatePerson(String username, PersonRequest request) {
        Person person =
                people.findByUsername(username).orElseThrow(() -> Refusal.notFound("error.person.not-found", username));
        requireSameKey("username", username, request.username());
        Unit unit = unitField("unitCode", request.unitCode());
        person.update(
                request.name().strip(),
                request.email().strip(),
                blankToNull(request.phone()),
                request.language(),
                request.role(),
                unit);
        publish(person, request.password());
        return person;
    }

    /** Deactivates a person without a successor (the register's import, 在岗 否): they cannot sign in any more. */
    public void deactivatePerson(String username, String by, Instant at) {
        Person person =
                people.findByUsername(username).orElseThrow(() -> Refusal.notFound("error.person.not-found", username));
        if (person.isActive()) {
            person.leave(null, at);
            events.publishEvent(new PersonLeft(person.getUsername(), person.getName(), null, null, by));
        }
    }

    public Facility createFacility(FacilityRequest request) {
        if (facilities.existsByCode(request.code())) {
            throw Refusal.conflict("code", "error.facility.code.taken", request.code());
        }
        return facilities.save(new Facility(
                request.code(),
                request.name().strip(),
                request.kind(),
                unitField("ownerCode", request.ownerCode()),
                communityOf(request),
                blankToNull(request.address()),
                request.sinceYear(),
                request.status()));
    }

    public Facility updateFacility(String code, FacilityRequest request) {
        Facility facility =
                facilities.findByCode(code).orElseThrow(() -> Refusal.notFound("error.facility.not-found", code));
        requireSameKey("code", code, request.code());
        facility.update(
                request.name().strip(),
                request.kind(),
                unitField("ownerCode", request.ownerCode()),
                communityOf(request),
                blankToNull(request.address()),
                request.sinceYear(),
                request.status());
        return facility;
    }

    Unit unit(String code) {
        return units.findByCode(code).orElseThrow(() -> Refusal.notFound("error.unit.not-found", code));
    }

    private void publish(Person person, String password) {
        events.publishEvent(new PersonChanged(
                person.getUsername(),
                person.getName(),
                person.getEmail(),
                person.getRole(),
                person.getUnit().getCode(),
                password));
    }

    private Unit parentOf(UnitRequest request) {
        return request.parentCode() == null || request.parentCode().isBlank()
                ? null
                : unitField("parentCode", request.parentCode());
    }

    private Unit communityOf(FacilityRequest request) {
        if (request.communityCode() == null || request.communityCode().isBlank()) {
            return null;
        }
        Unit community = unitField("communityCode", request.communityCode());
        if (community.getKind() != UnitKind.COMMUNITY) {
            throw Refusal.invalid("communityCode", "error.facility.community.kind", request.communityCode());
        }
        return community;
    }

    private Unit unitField(String field, String code) {
        Unit unit = units.findByCode(code).orElseThrow(() -> Refusal.invalid(field, "error.unit.not-found", code));
        if (!unit.isActive()) {
            throw Refusal.invalid(field, "error.unit.inactive", unit.getName(), code);
        }
        return unit;
    }

    private static void requireSameKey(String field, String inPath, String inBody) {
        if (!inPath.equals(inBody)) {
            throw Refusal.invalid(field, "error.key.immutable", inPath, inBody);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
