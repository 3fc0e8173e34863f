package com.targetflow.organisation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as a workbook (组织机构.xlsx): today's units, people and facilities, one sheet each,
 * with Chinese headings (or English), drop-down lists for kinds, roles, languages, units and
 * statuses, the header row frozen and filtered. Edited and imported again, it changes what changed.
 */
@Component
@Transactional(readOnly = true)
class RegisterWorkbook {

    /** Rows with drop-downs below today's, for what is added by hand. */
    static final int SPARE_ROWS = 500;

    private final UnitRepository units;
    private final PersonRepository people;
    private final FacilityRepository facilities;
    private final MessageSource messages;

    RegisterWorkbook(
            UnitRepository units, PersonRepository people, FacilityRepository facilities, MessageSource messages) {
        this.units = units;
        this.people = people;
        this.facilities = facilities;
        this.messages = messages;
    }

    byte[] write(Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            List<Unit> allUnits = units.findAll().stream()
                    .sorted(Comparator.comparing(Unit::getCode))
                    .toList();
            Sheet unitSheet = sheet(book, RegisterSheets.UNITS, RegisterSheets.UNIT_COLUMNS, header, locale);
            int r = 1;
            for (Unit unit : allUnits) {
                row(
                        unitSheet,
                        r++,
                        unit.getCode(),
                        unit.getName(),
                        unit.getNameEn(),
                        label("unit.kind.", unit.getKind(), locale),
                        unit.getParent() == null ? null : unit.getParent().getCode());
            }
            String unitCodes = "'" + unitSheet.getSheetName() + "'!$A$2:$A$" + (allUnits.size() + SPARE_ROWS + 1);
            finish(unitSheet, r, RegisterSheets.UNIT_COLUMNS.size());
            list(unitSheet, 3, RegisterSheets.labels(UnitKind.class, "unit.kind.", messages, locale), r);
            formula(unitSheet, 4, unitCodes, r);

            Sheet personSheet = sheet(book, RegisterSheets.PEOPLE, RegisterSheets.PERSON_COLUMNS, header, locale);
            r = 1;
            for (Person person : people.findAllByOrderByUsername()) {
                row(
                        personSheet,
                        r++,
                        person.getUsername(),
                        person.getName(),
                        person.getUnit().getCode(),
                        label("role.", person.getRole(), locale),
                        person.getPhone(),
                        person.getEmail(),
                        label("register.language.", person.getLanguage(), locale),
                        messages.getMessage(
                                person.isActive() ? "register.active.yes" : "register.active.no", null, locale));
            }
            finish(personSheet, r, RegisterSheets.PERSON_COLUMNS.size());
            formula(personSheet, 2, unitCodes, r);
            list(personSheet, 3, RegisterSheets.labels(PersonRole.class, "role.", messages, locale), r);
            list(personSheet, 6, RegisterSheets.labels(Language.class, "register.language.", messages, locale), r);
            list(
                    personSheet,
                    7,
                    List.of(
                            messages.getMessage("register.active.yes", null, locale),
                            messages.getMessage("register.active.no", null, locale)),
                    r);

            Sheet facilitySheet =
                    sheet(book, RegisterSheets.FACILITIES, RegisterSheets.FACILITY_COLUMNS, header, locale);
            r = 1;
            for (Facility facility : facilities.findAll().stream()
                    .sorted(Comparator.comparing(Facility::getCode))
                    .toList()) {
                Row row = row(
                        facilitySheet,
                        r++,
                        facility.getCode(),
                        facility.getName(),
                        label("facility.kind.", facility.getKind(), locale),
                        facility.getOwner().getCode(),
                        facility.getCommunity() == null
                                ? null
                                : facility.getCommunity().getCode(),
                        facility.getAddress(),
                        null,
                        label("facility.status.", facility.getStatus(), locale));
                if (facility.getSinceYear() != null) {
                    row.getCell(6).setCellValue(facility.getSinceYear());
                }
            }
            finish(facilitySheet, r, RegisterSheets.FACILITY_COLUMNS.size());
            list(facilitySheet, 2, RegisterSheets.labels(FacilityKind.class, "facility.kind.", messages, locale), r);
            formula(facilitySheet, 3, unitCodes, r);
            formula(facilitySheet, 4, unitCodes, r);
            list(
                    facilitySheet,
                    7,
                    RegisterSheets.labels(FacilityStatus.class, "facility.status.", messages, locale),
                    r);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Sheet sheet(XSSFWorkbook book, String nameKey, List<String> columns, CellStyle style, Locale locale) {
        Sheet sheet = book.createSheet(messages.getMessage(nameKey, null, locale));
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            var cell = header.createCell(c);
            cell.setCellValue(messages.getMessage(columns.get(c), null, locale));
            cell.setCellStyle(style);
            sheet.setColumnWidth(c, 18 * 256);
        }
        sheet.setColumnWidth(1, 30 * 256);
        return sheet;
    }

    private static Row row(Sheet sheet, int r, String... values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            var cell = row.createCell(c);
            if (values[c] != null) {
                cell.setCellValue(values[c]);
            }
        }
        return row;
    }

    private static void finish(Sheet sheet, int rows, int columns) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 1), 0, columns - 1));
    }

    private static void list(Sheet sheet, int column, List<String> choices, int rows) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(
                sheet,
                helper.createValidation(
                        helper.createExplicitListConstraint(choices.toArray(String[]::new)),
                        new CellRangeAddressList(1, rows + SPARE_ROWS, column, column)));
    }

    private static void formula(Sheet sheet, int column, String range, int rows) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(
                sheet,
                helper.createValidation(
                        helper.createFormulaListConstraint(range),
                        new CellRangeAddressList(1, rows + SPARE_ROWS, column, column)));
    }

    private static void add(Sheet sheet, DataValidation validation) {
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private <E extends Enum<E>> String label(String prefix, E value, Locale locale) {
        return messages.getMessage(prefix + value.name(), null, value.name(), locale);
    }
}
