package com.targetflow.reliability;

import com.targetflow.report.PlanSheets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Plan workbooks gone wrong, made from the template the app hands out, as a manager's copy of it might be. */
final class ExcelFiles {

    private final byte[] template;
    private final int year;

    ExcelFiles(byte[] template, int year) {
        this.template = template;
        this.year = year;
    }

    byte[] lines(PlanSheets.Line... lines) {
        try {
            return PlanSheets.fill(template, List.of(lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PlanSheets.Line good(String unit) {
        return new PlanSheets.Line(unit, "FAC-1", 5, LocalDate.of(year, 6, 30));
    }

    /** The headings of the columns renamed and moved: "数量" where "目标值" was. */
    byte[] wrongColumns() {
        return edit(lines(good("SD01")), book -> {
            XSSFSheet sheet = book.getSheetAt(0);
            sheet.getRow(0).getCell(0).setCellValue("数量");
            sheet.getRow(0).getCell(4).setCellValue("单位");
        });
    }

    /** Two rows whose unit cells are merged into one, as people do to avoid typing a unit twice. */
    byte[] mergedCells() {
        return edit(
                lines(good("SD01"), new PlanSheets.Line(null, "SCH-1", 2, LocalDate.of(year, 6, 30))),
                book -> book.getSheetAt(0).addMergedRegion(new CellRangeAddress(1, 2, 0, 0)));
    }

    /**
     * A valid workbook whose sheet inflates to 200 MB from a few hundred kilobytes: POI's zip-bomb
     * guard must refuse it before the app runs out of memory.
     */
    byte[] zipBomb() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(lines(good("SD01"))));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String sheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    int cut = sheet.indexOf("<sheetData");
                    out.write(sheet.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                    byte[] padding = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 200; i++) {
                        out.write(padding);
                    }
                    out.write(sheet.substring(cut).getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
