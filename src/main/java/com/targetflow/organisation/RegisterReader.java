package com.targetflow.organisation;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads the register's workbook into rows the register understands, checking each cell against the
 * register and the rest of the workbook; every problem is named by sheet, row and column in the
 * reader's language, and any problem refuses the whole workbook ({@link RegisterImport.Refused}).
 */
@Component
class RegisterReader {

    static final int MAX_BYTES = 1024 * 1024;
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");
    private static final Pattern FACILITY_CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,39}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9_-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.][^@\\s]*");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,40}");

    record UnitRow(int row, UnitRequest request) {}

    record PersonRow(int row, PersonRequest request, boolean active) {}

    record FacilityRow(int row, FacilityRequest request) {}

    record Read(List<UnitRow> units, List<PersonRow> people, List<FacilityRow> facilities) {}

    private final UnitRepository units;
    private final PersonRepository people;
    private final MessageSource messages;

    RegisterReader(UnitRepository units, PersonRepository people, MessageSource messages) {
        this.units = units;
        this.people = people;
        this.messages = messages;
    }

    Read read(byte[] content, Locale locale) {
        List<RegisterImport.Problem> problems = new ArrayList<>();
        if (content.length > MAX_BYTES) {
            problems.add(new RegisterImport.Problem(
                    "", 0, null, text(locale, "register.problem.file-large", MAX_BYTES / 1024)));
            throw new RegisterImport.Refused(problems);
        }
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            problems.add(new RegisterImport.Problem("", 0, null, text(locale, "register.problem.not-a-workbook")));
            throw new RegisterImport.Refused(problems);
        }
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet unitSheet = find(book, RegisterSheets.UNITS, 0, problems, locale);
            Sheet personSheet = find(book, RegisterSheets.PEOPLE, 1, problems, locale);
            Sheet facilitySheet = find(book, RegisterSheets.FACILITIES, 2, problems, locale);
            if (!problems.isEmpty()) {
                throw new RegisterImport.Refused(problems);
            }
            RegisterCells check = new RegisterCells(problems, locale, messages);
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
                throw new RegisterImport.Refused(problems);
            }
            return new Read(unitRows, personRows, facilityRows);
        } catch (RegisterImport.Refused refused) {
            throw refused;
        } catch (Exception unreadable) {
            problems.add(new RegisterImport.Problem("", 0, null, text(locale, "register.problem.not-a-workbook")));
            throw new RegisterImport.Refused(problems);
        }
    }

    private List<UnitRow> readUnits(Sheet sheet, RegisterCells check) {
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

    private List<PersonRow> readPeople(Sheet sheet, RegisterCells check, Set<String> unitCodes) {
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
            Language language = blank(cells[6])
                    ? Language.ZH
                    : check.choice(sheet, row, 6, cells[6], Language.class, "register.language.", true);
            Boolean active = active(cells[7]);
            if (active == null) {
                check.problem(sheet, row, 7, "register.problem.active", cells[7]);
            }
            Optional<Person> existing = username == null ? Optional.empty() : people.findByUsername(username);
            if (existing.isPresent() && !existing.get().isActive() && Boolean.TRUE.equals(active)) {
                check.problem(sheet, row, 7, "register.problem.left", username);
            }
            if (username != null
                    && name != null
                    && unit != null
                    && role != null
                    && email != null
                    && language != null
                    && active != null) {
                rows.add(new PersonRow(
                        row, new PersonRequest(username, name, email, phone, language, role, unit, null), active));
            }
        }
        return rows;
    }

    private List<FacilityRow> readFacilities(
            Sheet sheet, RegisterCells check, Set<String> unitCodes, Map<String, UnitKind> kinds) {
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
                check.problem(
                        sheet,
                        row,
                        4,
                        kinds.containsKey(community)
                                ? "register.problem.not-community"
                                : "register.problem.unit-unknown",
                        community);
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
            FacilityStatus status = blank(cells[7])
                    ? FacilityStatus.NOT_INSPECTED
                    : check.choice(sheet, row, 7, cells[7], FacilityStatus.class, "facility.status.", true);
            if (code != null && name != null && kind != null && owner != null && status != null) {
                rows.add(new FacilityRow(
                        row, new FacilityRequest(code, name, kind, owner, community, address, since, status)));
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

    private Sheet find(Workbook book, String key, int index, List<RegisterImport.Problem> problems, Locale locale) {
        for (Locale language : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            Sheet sheet = book.getSheet(messages.getMessage(key, null, language));
            if (sheet != null) {
                return sheet;
            }
        }
        problems.add(new RegisterImport.Problem(
                sheet(key, locale), 0, null, text(locale, "register.problem.sheet-missing", sheet(key, locale))));
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
        return Arrays.stream(args)
                .map(a -> a instanceof Number ? String.valueOf(a) : a)
                .toArray();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
