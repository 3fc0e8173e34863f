package com.targetflow.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills a downloaded template as a manager would in a spreadsheet program: one row per target. */
public final class PlanSheets {

    /** One row as typed: a quota or due date may be a number, a date, text or a formula ("=…"). */
    public record Line(String unit, String indicator, Object quota, Object due) {}

    private PlanSheets() {}

    public static byte[] fill(byte[] template, List<Line> lines) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = sheet.getLastRowNum(); r >= 1; r--) {
                if (sheet.getRow(r) != null) {
                    sheet.removeRow(sheet.getRow(r));
                }
            }
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0%"));
            int r = 1;
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.unit());
                row.createCell(2).setCellValue(line.indicator());
                set(row, 4, line.quota(), date, percent);
                set(row, 5, line.due(), date, percent);
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void set(Row row, int column, Object value, CellStyle date, CellStyle percent) {
        var cell = row.createCell(column);
        if (value == null) {
            return;
        }
        if (value instanceof String text && text.startsWith("=")) {
            cell.setCellFormula(text.substring(1));
        } else if (value instanceof String text
                && text.endsWith("%")
                && text.length() > 1
                && Character.isDigit(text.charAt(0))) {
            cell.setCellValue(Double.parseDouble(text.substring(0, text.length() - 1)) / 100);
            cell.setCellStyle(percent);
        } else if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        }
    }
}
