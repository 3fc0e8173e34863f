package com.targetflow.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's workbook read back: every row checked against the register and the rest of the
 * workbook, all or nothing — each problem named by sheet, row and column in the reader's language —
 * and then what it would add, change and deactivate, keyed by unit and facility code and username.
 * Applying reads the same bytes again and changes exactly that, in one transaction; a workbook that
 * matches the register changes nothing.
 */
@Service
@Transactional
public class RegisterImport {

    /** A problem: the sheet's name, the row (1 = the header), the column letter (or null), what is wrong. */
    public record Problem(String sheet, int row, String column, String message) {}

    public static class Refused extends RuntimeException {
        private final List<Problem> problems;

        Refused(List<Problem> problems) {
            super(problems.size() + " problems in the register workbook");
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** One change the import would make: ADD, CHANGE or DEACTIVATE, of what, and (for a change) which columns. */
    public record Change(String kind, String sheet, String key, String name, List<String> fields) {}

    private final RegisterReader reader;
    private final UnitRepository units;
    private final PersonRepository people;
    private final FacilityRepository facilities;
    private final OrganisationRegister register;
    private final MessageSource messages;
    private final Clock clock;

    RegisterImport(
            RegisterReader reader,
            UnitRepository units,
            PersonRepository people,
            FacilityRepository facilities,
            OrganisationRegister register,
            MessageSource messages,
            Clock clock) {
        this.reader = reader;
        this.units = units;
        this.people = people;
        this.facilities = facilities;
        this.register = register;
        this.messages = messages;
        this.clock = clock;
    }

    /** What the workbook would change; nothing is saved. */
    @Transactional(readOnly = true)
    public List<Change> preview(byte[] workbook, Locale locale) {
        return changes(reader.read(workbook, locale), locale);
    }

    /** Applies the workbook; returns what changed. */
    public List<Change> apply(byte[] workbook, String by, Locale locale) {
        RegisterReader.Read read = reader.read(workbook, locale);
        List<Change> changes = changes(read, locale);
        Set<String> touched = new HashSet<>();
        changes.forEach(c -> touched.add(c.sheet() + "/" + c.key()));
        // Parents before children: a unit whose parent is new in the same sheet waits for it.
        List<RegisterReader.UnitRow> pending = new ArrayList<>(read.units().stream()
                .filter(u -> touched.contains(
                        sheet(RegisterSheets.UNITS, locale) + "/" + u.request().code()))
                .toList());
        Set<String> known = new HashSet<>();
        units.findAll().forEach(u -> known.add(u.getCode()));
        while (!pending.isEmpty()) {
            RegisterReader.UnitRow next = pending.stream()
                    .filter(u -> u.request().parentCode() == null
                            || known.contains(u.request().parentCode()))
                    .findFirst()
                    .orElse(pending.get(0));
            pending.remove(next);
            if (known.contains(next.request().code())) {
                register.updateUnit(next.request().code(), next.request());
            } else {
                register.createUnit(next.request());
                known.add(next.request().code());
            }
        }
        Instant now = Instant.now(clock);
        for (RegisterReader.PersonRow row : read.people()) {
            if (!touched.contains(
                    sheet(RegisterSheets.PEOPLE, locale) + "/" + row.request().username())) {
                continue;
            }
            Optional<Person> existing = people.findByUsername(row.request().username());
            if (existing.isEmpty()) {
                register.createPerson(row.request());
            } else if (!row.active()) {
                register.deactivatePerson(row.request().username(), by, now);
            } else {
                register.updatePerson(row.request().username(), row.request());
            }
        }
        for (RegisterReader.FacilityRow row : read.facilities()) {
            if (!touched.contains(sheet(RegisterSheets.FACILITIES, locale) + "/"
                    + row.request().code())) {
                continue;
            }
            if (facilities.existsByCode(row.request().code())) {
                register.updateFacility(row.request().code(), row.request());
            } else {
                register.createFacility(row.request());
            }
        }
        return changes;
    }

    private List<Change> changes(RegisterReader.Read read, Locale locale) {
        List<Change> changes = new ArrayList<>();
        String unitSheet = sheet(RegisterSheets.UNITS, locale);
        for (RegisterReader.UnitRow row : read.units()) {
            UnitRequest u = row.request();
            Optional<Unit> existing = units.findByCode(u.code());
            if (existing.isEmpty()) {
                changes.add(new Change("ADD", unitSheet, u.code(), u.name(), List.of()));
                continue;
            }
            Unit now = existing.get();
            List<String> fields = new ArrayList<>();
            differs(fields, "register.unit.name", now.getName(), u.name(), locale);
            differs(fields, "register.unit.name-en", now.getNameEn(), u.nameEn(), locale);
            differs(fields, "register.unit.kind", now.getKind(), u.kind(), locale);
            differs(
                    fields,
                    "register.unit.parent",
                    now.getParent() == null ? null : now.getParent().getCode(),
                    u.parentCode(),
                    locale);
            if (!fields.isEmpty()) {
                changes.add(new Change("CHANGE", unitSheet, u.code(), u.name(), fields));
            }
        }
        String personSheet = sheet(RegisterSheets.PEOPLE, locale);
        for (RegisterReader.PersonRow row : read.people()) {
            PersonRequest p = row.request();
            Optional<Person> existing = people.findByUsername(p.username());
            if (existing.isEmpty()) {
                // Someone new who has already left is not added (nobody would invite them).
                if (row.active()) {
                    changes.add(new Change("ADD", personSheet, p.username(), p.name(), List.of()));
                }
                continue;
            }
            Person now = existing.get();
            if (now.isActive() && !row.active()) {
                changes.add(new Change("DEACTIVATE", personSheet, p.username(), p.name(), List.of()));
                continue;
            }
            if (!now.isActive()) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            differs(fields, "register.person.name", now.getName(), p.name(), locale);
            differs(fields, "register.person.unit", now.getUnit().getCode(), p.unitCode(), locale);
            differs(fields, "register.person.role", now.getRole(), p.role(), locale);
            differs(fields, "register.person.phone", now.getPhone(), p.phone(), locale);
            differs(fields, "register.person.email", now.getEmail(), p.email(), locale);
            differs(fields, "register.person.language", now.getLanguage(), p.language(), locale);
            if (!fields.isEmpty()) {
                changes.add(new Change("CHANGE", personSheet, p.username(), p.name(), fields));
            }
        }
        String facilitySheet = sheet(RegisterSheets.FACILITIES, locale);
        for (RegisterReader.FacilityRow row : read.facilities()) {
            FacilityRequest f = row.request();
            Optional<Facility> existing = facilities.findByCode(f.code());
            if (existing.isEmpty()) {
                changes.add(new Change("ADD", facilitySheet, f.code(), f.name(), List.of()));
                continue;
            }
            Facility now = existing.get();
            List<String> fields = new ArrayList<>();
            differs(fields, "register.facility.name", now.getName(), f.name(), locale);
            differs(fields, "register.facility.kind", now.getKind(), f.kind(), locale);
            differs(fields, "register.facility.owner", now.getOwner().getCode(), f.ownerCode(), locale);
            differs(
                    fields,
                    "register.facility.community",
                    now.getCommunity() == null ? null : now.getCommunity().getCode(),
                    f.communityCode(),
                    locale);
            differs(fields, "register.facility.address", now.getAddress(), f.address(), locale);
            differs(fields, "register.facility.since", now.getSinceYear(), f.sinceYear(), locale);
            differs(fields, "register.facility.status", now.getStatus(), f.status(), locale);
            if (!fields.isEmpty()) {
                changes.add(new Change(
                        f.status() == FacilityStatus.CLOSED && now.getStatus() != FacilityStatus.CLOSED
                                ? "DEACTIVATE"
                                : "CHANGE",
                        facilitySheet,
                        f.code(),
                        f.name(),
                        fields));
            }
        }
        return changes;
    }

    private void differs(List<String> fields, String key, Object now, Object then, Locale locale) {
        Object a = now instanceof String s && s.isBlank() ? null : now;
        Object b = then instanceof String s && s.isBlank() ? null : then;
        if (!Objects.equals(a, b)) {
            fields.add(messages.getMessage(key, null, locale));
        }
    }

    private String sheet(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
