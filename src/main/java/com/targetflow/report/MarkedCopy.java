package com.targetflow.report;

import com.targetflow.domain.Listed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The uploaded sheet given back with what is wrong marked: each bad cell filled red with the
 * problem as its comment, and every problem of a row written in a column after the data.
 */
@Component
class MarkedCopy {

    private final MessageSource messages;

    MarkedCopy(MessageSource messages) {
        this.messages = messages;
    }

    /** The marked workbook, or empty when the file cannot be read as a workbook at all. */
    Optional<byte[]> mark(byte[] file, List<ImportProblem> problems, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            CellStyle bad = book.createCellStyle();
            bad.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            bad.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            Map<Integer, List<String>> byRow = new LinkedHashMap<>();
            for (ImportProblem problem : problems) {
                if (problem.row() < 1) {
                    continue;
                }
                Row row = sheet.getRow(problem.row() - 1) == null
                        ? sheet.createRow(problem.row() - 1)
                        : sheet.getRow(problem.row() - 1);
                byRow.computeIfAbsent(problem.row(), r -> new ArrayList<>()).add(problem.message());
                if (problem.column() == null) {
                    continue;
                }
                int column = problem.column().charAt(0) - 'A';
                Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
                CellStyle style = book.createCellStyle();
                style.cloneStyleFrom(cell.getCellStyle());
                style.setFillForegroundColor(bad.getFillForegroundColor());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                cell.setCellStyle(style);
                if (cell.getCellComment() == null) {
                    ClientAnchor anchor = book.getCreationHelper().createClientAnchor();
                    anchor.setCol1(column + 1);
                    anchor.setCol2(column + 5);
                    anchor.setRow1(problem.row() - 1);
                    anchor.setRow2(problem.row() + 3);
                    Comment comment = drawing.createCellComment(anchor);
                    comment.setString(book.getCreationHelper().createRichTextString(problem.message()));
                    cell.setCellComment(comment);
                }
            }
            Row header = sheet.getRow(PlanSheet.HEADER_ROW);
            if (header != null) {
                Cell heading = header.createCell(PlanSheet.ERROR_COLUMN);
                heading.setCellValue(messages.getMessage("excel.import.errors", null, locale));
                heading.setCellStyle(bad);
            }
            sheet.setColumnWidth(PlanSheet.ERROR_COLUMN, 80 * 256);
            byRow.forEach((r, found) -> {
                Cell cell = sheet.getRow(r - 1).createCell(PlanSheet.ERROR_COLUMN);
                cell.setCellValue(Listed.clausesWritten(found, messages, locale));
                cell.setCellStyle(bad);
            });
            book.write(out);
            return Optional.of(out.toByteArray());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
