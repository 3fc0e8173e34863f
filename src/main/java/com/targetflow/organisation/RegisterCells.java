package com.targetflow.organisation;

import com.targetflow.domain.Listed;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.context.MessageSource;

/** Reads a register sheet's cells as text and collects each problem with its sheet, row and column. */
/** Reads cells as text and collects problems with where they are. */
final class RegisterCells {

    private final List<RegisterImport.Problem> problems;
    private final Locale locale;
    private final MessageSource messages;
    private final DataFormatter format = new DataFormatter(Locale.ROOT);

    RegisterCells(List<RegisterImport.Problem> problems, Locale locale, MessageSource messages) {
        this.problems = problems;
        this.locale = locale;
        this.messages = messages;
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
            String value = cell == null
                    ? ""
                    : cell.getCellType() == CellType.NUMERIC
                            ? format.formatCellValue(cell)
                            : format.formatCellValue(cell).strip();
            cells[c] = value;
            any |= !value.isBlank();
        }
        return any ? cells : null;
    }

    void problem(Sheet sheet, int row, int column, String key, Object... args) {
        if (problems.size() < 200) {
            problems.add(new RegisterImport.Problem(
                    sheet.getSheetName(),
                    row,
                    RegisterSheets.column(column),
                    messages.getMessage(
                            key,
                            Arrays.stream(args)
                                    .map(a -> a instanceof Number ? String.valueOf(a) : a)
                                    .toArray(),
                            locale)));
        }
    }

    String required(Sheet sheet, int row, int column, String value) {
        if (blank(value)) {
            problem(
                    sheet,
                    row,
                    column,
                    "register.problem.required",
                    sheet.getRow(0) == null
                            ? ""
                            : format.formatCellValue(sheet.getRow(0).getCell(column)));
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

    <E extends Enum<E>> E choice(
            Sheet sheet, int row, int column, String value, Class<E> type, String prefix, boolean required) {
        if (blank(value)) {
            return required ? (E) (Object) requiredChoice(sheet, row, column) : null;
        }
        Optional<E> found = RegisterSheets.parse(type, prefix, value, messages);
        if (found.isEmpty()) {
            problem(
                    sheet,
                    row,
                    column,
                    "register.problem.choice",
                    value,
                    Listed.of(RegisterSheets.labels(type, prefix, messages, locale)));
            return null;
        }
        return found.get();
    }

    private Object requiredChoice(Sheet sheet, int row, int column) {
        required(sheet, row, column, null);
        return null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
