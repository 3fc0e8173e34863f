package com.targetflow.report;

import com.targetflow.organisation.Unit;
import com.targetflow.organisation.Units;
import com.targetflow.targets.Indicator;
import com.targetflow.targets.IndicatorKind;
import com.targetflow.targets.Indicators;
import com.targetflow.targets.PlanService;
import com.targetflow.targets.TargetRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an uploaded plan sheet and checks every row: unit and indicator known, quota a number
 * that fits the indicator, due date in the year, no formulas, no row twice, nothing required left
 * empty. All problems are listed at once by row and column; only a sheet without any becomes the
 * year's draft plan.
 */
@Component
class PlanImport {

    /** What the upload came to: the rows read, or the problems found. */
    record Result(List<ImportProblem> problems, List<TargetRequest> rows) {

        boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Units units;
    private final Indicators indicators;
    private final PlanService plans;
    private final MessageSource messages;

    PlanImport(Units units, Indicators indicators, PlanService plans, MessageSource messages) {
        this.units = units;
        this.indicators = indicators;
        this.plans = plans;
        this.messages = messages;
    }

    /** Checks the file; when it is good, the year's draft plan gets its targets. */
    @Transactional
    Result importDraft(int year, byte[] file, Locale locale) {
        Result result = read(year, file, locale);
        if (result.ok()) {
            plans.importDraft(year, result.rows());
            return new Result(List.of(), result.rows());
        }
        return result;
    }

    @Transactional(readOnly = true)
    Result read(int year, byte[] file, Locale locale) {
        Problems problems = new Problems(messages, locale);
        Workbook book = open(file);
        if (book == null) {
            problems.file("excel.import.not-xlsx");
            return new Result(problems.list, List.of());
        }
        try (book) {
            Sheet sheet = book.getSheetAt(0);
            if (!headingsMatch(sheet, locale)) {
                problems.file("excel.import.headings", PlanSheet.sheetName(messages, locale));
                return new Result(problems.list, List.of());
            }
            Map<String, Unit> unitsByCode = new HashMap<>();
            units.findAll().forEach(u -> unitsByCode.put(u.getCode(), u));
            Map<String, Indicator> indicatorsByCode = new HashMap<>();
            indicators.findAll().forEach(i -> indicatorsByCode.put(i.getCode(), i));
            Map<String, Integer> seen = new HashMap<>();
            List<TargetRequest> rows = new ArrayList<>();
            for (int r = PlanSheet.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (blank(row)) {
                    continue;
                }
                int excelRow = r + 1;
                int before = problems.list.size();
                for (PlanSheet column : PlanSheet.values()) {
                    Cell cell = row.getCell(column.index());
                    if (cell != null && cell.getCellType() == CellType.FORMULA) {
                        problems.at(excelRow, column, "excel.import.formula");
                    }
                }
                if (problems.list.size() > before) {
                    continue;
                }
                String unitCode = text(row.getCell(PlanSheet.UNIT_CODE.index()));
                String indicatorCode = text(row.getCell(PlanSheet.INDICATOR_CODE.index()));
                Unit unit = null;
                Indicator indicator = null;
                if (unitCode.isEmpty()) {
                    problems.at(excelRow, PlanSheet.UNIT_CODE, "excel.import.required");
                } else if ((unit = unitsByCode.get(unitCode)) == null) {
                    problems.at(excelRow, PlanSheet.UNIT_CODE, "excel.import.unit.unknown", unitCode);
                } else if (!unit.isActive()) {
                    problems.at(excelRow, PlanSheet.UNIT_CODE, "excel.import.unit.inactive", unitCode, unit.getName());
                    unit = null;
                }
                if (indicatorCode.isEmpty()) {
                    problems.at(excelRow, PlanSheet.INDICATOR_CODE, "excel.import.required");
                } else if ((indicator = indicatorsByCode.get(indicatorCode)) == null) {
                    problems.at(excelRow, PlanSheet.INDICATOR_CODE, "excel.import.indicator.unknown", indicatorCode);
                }
                BigDecimal quota = quota(row.getCell(PlanSheet.QUOTA.index()), indicator, excelRow, problems);
                LocalDate due = dueDate(row.getCell(PlanSheet.DUE_DATE.index()), year, excelRow, problems);
                if (unit != null && indicator != null) {
                    Integer first = seen.putIfAbsent(unitCode + "/" + indicatorCode, excelRow);
                    if (first != null) {
                        problems.at(
                                excelRow,
                                null,
                                "excel.import.duplicate",
                                unitCode,
                                indicatorCode,
                                String.valueOf(first));
                    }
                }
                if (problems.list.size() == before) {
                    rows.add(new TargetRequest(unitCode, indicatorCode, quota, due));
                }
            }
            if (rows.isEmpty() && problems.list.isEmpty()) {
                problems.file("excel.import.empty");
            }
            return new Result(problems.list, rows);
        } catch (IOException e) {
            problems.file("excel.import.not-xlsx");
            return new Result(problems.list, List.of());
        }
    }

    private BigDecimal quota(Cell cell, Indicator indicator, int row, Problems problems) {
        BigDecimal quota;
        if (cell == null
                || cell.getCellType() == CellType.BLANK
                || cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().isBlank()) {
            problems.at(row, PlanSheet.QUOTA, "excel.import.required");
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            quota = BigDecimal.valueOf(cell.getNumericCellValue());
            // 80% typed into Excel is 0.8 shown as a percentage.
            if (cell.getCellStyle().getDataFormatString().contains("%")) {
                quota = quota.multiply(HUNDRED);
            }
        } else if (cell.getCellType() == CellType.STRING) {
            String text = cell.getStringCellValue().strip().replace("%", "").replace("％", "");
            try {
                quota = new BigDecimal(text);
            } catch (NumberFormatException e) {
                problems.at(row, PlanSheet.QUOTA, "excel.import.quota.number", cell.getStringCellValue());
                return null;
            }
        } else {
            problems.at(row, PlanSheet.QUOTA, "excel.import.quota.number", text(cell));
            return null;
        }
        quota = quota.stripTrailingZeros();
        if (quota.scale() < 0) {
            quota = quota.setScale(0);
        }
        if (quota.signum() < 0) {
            problems.at(row, PlanSheet.QUOTA, "excel.import.quota.negative", quota.toPlainString());
        } else if (quota.precision() - quota.scale() > 10 || quota.scale() > 2) {
            // As TargetRequest allows: the database keeps 10 digits before the point and 2 after.
            problems.at(row, PlanSheet.QUOTA, "excel.import.quota.range", quota.toString());
        } else if (indicator != null && indicator.getKind() == IndicatorKind.COVERAGE && quota.compareTo(HUNDRED) > 0) {
            problems.at(
                    row, PlanSheet.QUOTA, "excel.import.quota.coverage", quota.toPlainString(), indicator.getCode());
        } else if (indicator != null
                && indicator.getKind() == IndicatorKind.MILESTONE
                && quota.compareTo(BigDecimal.ONE) != 0) {
            problems.at(
                    row, PlanSheet.QUOTA, "excel.import.quota.milestone", quota.toPlainString(), indicator.getCode());
        }
        return quota;
    }

    private LocalDate dueDate(Cell cell, int year, int row, Problems problems) {
        LocalDate due;
        if (cell == null
                || cell.getCellType() == CellType.BLANK
                || cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().isBlank()) {
            problems.at(row, PlanSheet.DUE_DATE, "excel.import.required");
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            due = cell.getLocalDateTimeCellValue().toLocalDate();
        } else if (cell.getCellType() == CellType.STRING) {
            String text = cell.getStringCellValue().strip();
            try {
                due = text.contains("/") ? LocalDate.parse(text, SLASHED) : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problems.at(row, PlanSheet.DUE_DATE, "excel.import.date", text);
                return null;
            }
        } else {
            problems.at(row, PlanSheet.DUE_DATE, "excel.import.date", text(cell));
            return null;
        }
        if (due.getYear() != year) {
            problems.at(row, PlanSheet.DUE_DATE, "excel.import.date.year", due.toString(), String.valueOf(year));
        }
        return due;
    }

    private boolean headingsMatch(Sheet sheet, Locale locale) {
        Row header = sheet.getRow(PlanSheet.HEADER_ROW);
        if (header == null) {
            return false;
        }
        for (PlanSheet column : PlanSheet.values()) {
            if (!column.read()) {
                continue;
            }
            String found = text(header.getCell(column.index()));
            // Either language's heading will do: a sheet made in English can be imported in Chinese.
            if (!found.equals(column.heading(messages, Locale.SIMPLIFIED_CHINESE))
                    && !found.equals(column.heading(messages, Locale.ENGLISH))) {
                return false;
            }
        }
        return true;
    }

    private static Workbook open(byte[] file) {
        // An .xlsx is a zip: anything else (an old .xls, a CSV, a picture) is refused before POI reads it.
        if (file.length < 4 || file[0] != 'P' || file[1] != 'K' || file[2] != 3 || file[3] != 4) {
            return null;
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(file));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean blank(Row row) {
        if (row == null) {
            return true;
        }
        for (PlanSheet column : PlanSheet.values()) {
            Cell cell = row.getCell(column.index());
            if (cell != null
                    && cell.getCellType() != CellType.BLANK
                    && !(cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC ->
                BigDecimal.valueOf(cell.getNumericCellValue())
                        .stripTrailingZeros()
                        .toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case FORMULA -> cell.getCellFormula();
            default -> "";
        };
    }

    /** Problems collected in the reader's language, each naming its row and column. */
    private static final class Problems {
        final List<ImportProblem> list = new ArrayList<>();
        final MessageSource messages;
        final Locale locale;

        Problems(MessageSource messages, Locale locale) {
            this.messages = messages;
            this.locale = locale;
        }

        void at(int row, PlanSheet column, String key, Object... args) {
            String what = messages.getMessage(key, args, locale);
            String where = column == null
                    ? messages.getMessage("excel.import.at.row", new Object[] {String.valueOf(row)}, locale)
                    : messages.getMessage(
                            "excel.import.at",
                            new Object[] {String.valueOf(row), column.letter(), column.heading(messages, locale)},
                            locale);
            list.add(new ImportProblem(row, column == null ? null : column.letter(), where + what));
        }

        void file(String key, Object... args) {
            list.add(new ImportProblem(0, null, messages.getMessage(key, args, locale)));
        }
    }
}
