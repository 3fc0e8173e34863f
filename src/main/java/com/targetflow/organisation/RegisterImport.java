package com.targetflow.organisation;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

    static final int MAX_BYTES = 1024 * 1024;
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");
    private static final Pattern FACILITY_CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,39}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9_-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.][^@\\s]*");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,40}");

    /** A problem: the sheet's name, the row (1 = the header), the column letter (or null), what is wrong. */
    public record Problem(String sheet, int row, String column, String message) {
    }

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
    public record Change(String kind, String sheet, String key, String name, List<String> fields) {
    }

    private record UnitRow(int row, UnitRequest request) {
    }

    private record PersonRow(int row, PersonRequest request, boolean active) {
    }

    private record FacilityRow(int row, FacilityRequest request) {
    }

    private record Read(List<UnitRow> units, List<PersonRow> people, List<FacilityRow> facilities) {
    }

    private final UnitRepository units;
    private final PersonRepository people;
    private final FacilityRepository facilities;
    private final OrganisationRegister register;
    private final MessageSource messages;
    private final Clock clock;

    RegisterImport(UnitRepository units, PersonRepository people, FacilityRepository facilities, OrganisationRegister register,
                   MessageSource messages, Clock clock) {
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
        return changes(read(workbook, locale), locale);
    }

    /** Applies the workbook; returns what changed. */
    public List<Change> apply(byte[] workbook, String by, Locale locale) {
        Read read = read(workbook, locale);
        List<Change> changes = changes(read, locale);
        Set<String> touched = new HashSet<>();
        changes.forEach(c -> touched.add(c.sheet() + "/" + c.key()));
        // Parents before children: a unit whose parent is new in the same sheet waits for it.
        List<UnitRow> pending = new ArrayList<>(read.units().stream()
                .filter(u -> touched.contains(sheet(RegisterSheets.UNITS, locale) + "/" + u.request().code())).toList());
        Set<String> known = new HashSet<>();
        units.findAll().forEach(u -> known.add(u.getCode()));
        while (!pending.isEmpty()) {
            UnitRow next = pending.stream().filter(u -> u.request().parentCode() == null
                    || known.contains(u.request().parentCode())).findFirst().orElse(pending.get(0));
            pending.remove(next);
            if (known.contains(next.request().code())) {
                register.updateUnit(next.request().code(), next.request());
            } else {
                register.createUnit(next.request());
                known.add(next.request().code());
            }
        }
        Instant now = Instant.now(clock);
        for (PersonRow row : read.people()) {
            if (!touched.contains(sheet(RegisterSheets.PEOPLE, locale) + "/" + row.request().username())) {
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
        for (FacilityRow row : read.facilities()) {
            if (!touched.contains(sheet(RegisterSheets.FACILITIES, locale) + "/" + row.request().code())) {
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

    private List<Change> changes(Read read, Locale locale) {
        List<Change> changes = new ArrayList<>();
        String unitSheet = sheet(RegisterSheets.UNITS, locale);
        for (UnitRow row : read.units()) {
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
            differs(fields, "register.unit.parent", now.getParent() == null ? null : now.getParent().getCode(), u.parentCode(), locale);
            if (!fields.isEmpty()) {
                changes.add(new Change("CHANGE", unitSheet, u.code(), u.name(), fields));
            }
        }
        String personSheet = sheet(RegisterSheets.PEOPLE, locale);
        for (PersonRow row : read.people()) {
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
        for (FacilityRow row : read.facilities()) {
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
            differs(fields, "register.facility.community", now.getCommunity() == null ? null : now.getCommunity().getCode(),
                    f.communityCode(), locale);
            differs(fields, "register.facility.address", now.getAddress(), f.address(), locale);
            differs(fields, "register.facility.since", now.getSinceYear(), f.sinceYear(), locale);
            differs(fields, "register.facility.status", now.getStatus(), f.status(), locale);
            if (!fields.isEmpty()) {
                changes.add(new Change(f.status() == FacilityStatus.CLOSED && now.getStatus() != FacilityStatus.CLOSED
                        ? "DEACTIVATE" : "CHANGE", facilitySheet, f.code(), f.name(), fields));
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

    private Read read(byte[] content, Locale locale) {
        List<Problem> problems = new ArrayList<>();
        if (content.length > MAX_BYTES) {
            problems.add(new Problem("", 0, null, text(locale, "register.problem.file-large", MAX_BYTES / 1024)));
            throw new Refused(problems);
        }
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            problems.add(new Problem("", 0, null, text(locale, "register.problem.not-a-workbook")));
            throw new Refused(problems);
        }
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet unitSheet = find(book, RegisterSheets.UNITS, 0, problems, locale);
            Sheet personSheet = find(book, RegisterSheets.PEOPLE, 1, problems, locale);
            Sheet facilitySheet = find(book, RegisterSheets.FACILITIES, 2, problems, locale);
            if (!problems.isEmpty()) {
                throw new Refused(problems);
            }
            Checker check = new Checker(problems, locale);
            List<UnitRow> unitRows = readUnits(unitSheet, check);
            Set<String> unitCodes = new HashSet<>();
            Map<String, UnitKind> kinds = new HashMap<>();
            units.findAll().forEach(u -> {
                unitCodes.add(u.getCode());
                kinds.put(u.getCode(), u.getKind());
            });
            unitRows.forEach(u -> {
                unitCodes.add(u.request().code());
                kinds.put(u.request().code(), u.request().kind());
            });
            for (UnitRow row : unitRows) {
                String parent = row.request().parentCode();
                if (parent != null && !unitCodes.contains(parent)) {
                    check.problem(unitSheet, row.row(), 4, "register.problem.unit-unknown", parent);
                } else if (parent != null && parent.equals(row.request().code())) {
                    check.problem(unitSheet, row.row(), 4, "register.problem.parent-self", parent);
                }
            }
            List<PersonRow> personRows = readPeople(personSheet, check, unitCodes);
            List<FacilityRow> facilityRows = readFacilities(facilitySheet, check, unitCodes, kinds);
            if (!problems.isEmpty()) {
                throw new Refused(problems);
            }
            return new Read(unitRows, personRows, facilityRows);
        } catch (Refused refused) {
            throw refused;
        } catch (Exception unreadable) {
            problems.add(new Problem("", 0, null, text(locale, "register.problem.not-a-workbook")));
            throw new Refused(problems);
        }
    }

    private List<UnitRow> readUnits(Sheet sheet, Checker check) {
        List<UnitRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            String[] cells = check.cells(sheet.getRow(r), RegisterSheets.UNIT_COLUMNS.size());
            if (cells == null) {
                continue;
            }
            int row = r + 1;
            String code = check.required(sheet, row, 0, cells[0]);
            if (code != null && !UNIT_CODE.matcher(code).matches()) {
                check.problem(sheet, row, 0, "register.problem.unit-code", code);
                code = null;
            }
            if (code != null && seen.putIfAbsent(code, row) != null) {
                check.problem(sheet, row, 0, "register.problem.twice", code, seen.get(code));
            }
            String name = check.text(sheet, row, 1, cells[1], true, 200);
            String nameEn = check.text(sheet, row, 2, cells[2], false, 200);
            UnitKind kind = check.choice(sheet, row, 3, cells[3], UnitKind.class, "unit.kind.", true);
            String parent = blank(cells[4]) ? null : cells[4].strip();
            if (code != null && name != null && kind != null) {
                rows.add(new UnitRow(row, new UnitRequest(code, name, nameEn, kind, parent)));
            }
        }
        return rows;
    }

    private List<PersonRow> readPeople(Sheet sheet, Checker check, Set<String> unitCodes) {
        List<PersonRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            String[] cells = check.cells(sheet.getRow(r), RegisterSheets.PERSON_COLUMNS.size());
            if (cells == null) {
                continue;
            }
            int row = r + 1;
            String username = check.required(sheet, row, 0, cells[0]);
            if (username != null && !USERNAME.matcher(username).matches()) {
                check.problem(sheet, row, 0, "register.problem.username", username);
                username = null;
            }
            if (username != null && seen.putIfAbsent(username, row) != null) {
                check.problem(sheet, row, 0, "register.problem.twice", username, seen.get(username));
            }
            String name = check.text(sheet, row, 1, cells[1], true, 100);
            String unit = check.required(sheet, row, 2, cells[2]);
            if (unit != null && !unitCodes.contains(unit)) {
                check.problem(sheet, row, 2, "register.problem.unit-unknown", unit);
                unit = null;
            }
            PersonRole role = check.choice(sheet, row, 3, cells[3], PersonRole.class, "role.", true);
            String phone = blank(cells[4]) ? null : cells[4].strip();
            if (phone != null && !PHONE.matcher(phone).matches()) {
                check.problem(sheet, row, 4, "register.problem.phone", phone);
            }
            String email = check.text(sheet, row, 5, cells[5], true, 200);
            if (email != null && !EMAIL.matcher(email).matches()) {
                check.problem(sheet, row, 5, "register.problem.email", email);
                email = null;
            }
            Language language = blank(cells[6]) ? Language.ZH
                    : check.choice(sheet, row, 6, cells[6], Language.class, "register.language.", true);
            Boolean active = active(cells[7]);
            if (active == null) {
                check.problem(sheet, row, 7, "register.problem.active", cells[7]);
            }
            Optional<Person> existing = username == null ? Optional.empty() : people.findByUsername(username);
            if (existing.isPresent() && !existing.get().isActive() && Boolean.TRUE.equals(active)) {
                check.problem(sheet, row, 7, "register.problem.left", username);
            }
            if (username != null && name != null && unit != null && role != null && email != null && language != null && active != null) {
                rows.add(new PersonRow(row, new PersonRequest(username, name, email, phone, language, role, unit, null), active));
            }
        }
        return rows;
    }

    private List<FacilityRow> readFacilities(Sheet sheet, Checker check, Set<String> unitCodes, Map<String, UnitKind> kinds) {
        List<FacilityRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            String[] cells = check.cells(sheet.getRow(r), RegisterSheets.FACILITY_COLUMNS.size());
            if (cells == null) {
                continue;
            }
            int row = r + 1;
            String code = check.required(sheet, row, 0, cells[0]);
            if (code != null && !FACILITY_CODE.matcher(code).matches()) {
                check.problem(sheet, row, 0, "register.problem.facility-code", code);
                code = null;
            }
            if (code != null && seen.putIfAbsent(code, row) != null) {
                check.problem(sheet, row, 0, "register.problem.twice", code, seen.get(code));
            }
            String name = check.text(sheet, row, 1, cells[1], true, 200);
            FacilityKind kind = check.choice(sheet, row, 2, cells[2], FacilityKind.class, "facility.kind.", true);
            String owner = check.required(sheet, row, 3, cells[3]);
            if (owner != null && !unitCodes.contains(owner)) {
                check.problem(sheet, row, 3, "register.problem.unit-unknown", owner);
                owner = null;
            }
            String community = blank(cells[4]) ? null : cells[4].strip();
            if (community != null && kinds.get(community) != UnitKind.COMMUNITY) {
                check.problem(sheet, row, 4, kinds.containsKey(community) ? "register.problem.not-community"
                        : "register.problem.unit-unknown", community);
            }
            String address = check.text(sheet, row, 5, cells[5], false, 300);
            Integer since = null;
            if (!blank(cells[6])) {
                try {
                    since = Integer.valueOf(cells[6].strip().replaceAll("\\.0$", ""));
                    if (since < 1949 || since > 2100) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException notAYear) {
                    check.problem(sheet, row, 6, "register.problem.year", cells[6]);
                }
            }
            FacilityStatus status = blank(cells[7]) ? FacilityStatus.NOT_INSPECTED
                    : check.choice(sheet, row, 7, cells[7], FacilityStatus.class, "facility.status.", true);
            if (code != null && name != null && kind != null && owner != null && status != null) {
                rows.add(new FacilityRow(row, new FacilityRequest(code, name, kind, owner, community, address, since, status)));
            }
        }
        return rows;
    }

    private static Boolean active(String cell) {
        if (blank(cell)) {
            return true;
        }
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "是", "在岗", "yes", "y", "true", "active" -> true;
            case "否", "离任", "停用", "no", "n", "false", "left" -> false;
            default -> null;
        };
    }

    private Sheet find(Workbook book, String key, int index, List<Problem> problems, Locale locale) {
        for (Locale language : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            Sheet sheet = book.getSheet(messages.getMessage(key, null, language));
            if (sheet != null) {
                return sheet;
            }
        }
        problems.add(new Problem(sheet(key, locale), 0, null, text(locale, "register.problem.sheet-missing", sheet(key, locale))));
        return null;
    }

    private String sheet(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, plain(args), locale);
    }

    /** Numbers as written (a row 1234, not "1,234"). */
    private static Object[] plain(Object[] args) {
        return java.util.Arrays.stream(args).map(a -> a instanceof Number ? String.valueOf(a) : a).toArray();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Reads cells as text and collects problems with where they are. */
    private final class Checker {

        private final List<Problem> problems;
        private final Locale locale;
        private final DataFormatter format = new DataFormatter(Locale.ROOT);

        Checker(List<Problem> problems, Locale locale) {
            this.problems = problems;
            this.locale = locale;
        }

        /** The row's cells as text, or null when the row is empty. */
        String[] cells(Row row, int count) {
            if (row == null) {
                return null;
            }
            String[] cells = new String[count];
            boolean any = false;
            for (int c = 0; c < count; c++) {
                Cell cell = row.getCell(c);
                String value = cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                        ? format.formatCellValue(cell) : format.formatCellValue(cell).strip();
                cells[c] = value;
                any |= !value.isBlank();
            }
            return any ? cells : null;
        }

        void problem(Sheet sheet, int row, int column, String key, Object... args) {
            if (problems.size() < 200) {
                problems.add(new Problem(sheet.getSheetName(), row, RegisterSheets.column(column), messages.getMessage(key, plain(args), locale)));
            }
        }

        String required(Sheet sheet, int row, int column, String value) {
            if (blank(value)) {
                problem(sheet, row, column, "register.problem.required",
                        sheet.getRow(0) == null ? "" : format.formatCellValue(sheet.getRow(0).getCell(column)));
                return null;
            }
            return value.strip();
        }

        String text(Sheet sheet, int row, int column, String value, boolean required, int max) {
            if (blank(value)) {
                return required ? required(sheet, row, column, value) : null;
            }
            if (value.strip().length() > max) {
                problem(sheet, row, column, "register.problem.long", max);
                return null;
            }
            return value.strip();
        }

        <E extends Enum<E>> E choice(Sheet sheet, int row, int column, String value, Class<E> type, String prefix, boolean required) {
            if (blank(value)) {
                return required ? (E) (Object) requiredChoice(sheet, row, column) : null;
            }
            Optional<E> found = RegisterSheets.parse(type, prefix, value, messages);
            if (found.isEmpty()) {
                problem(sheet, row, column, "register.problem.choice", value,
                        String.join("、", RegisterSheets.labels(type, prefix, messages, locale)));
                return null;
            }
            return found.get();
        }

        private Object requiredChoice(Sheet sheet, int row, int column) {
            required(sheet, row, column, null);
            return null;
        }
    }
}
