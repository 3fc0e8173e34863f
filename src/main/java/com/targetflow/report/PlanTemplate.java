package com.targetflow.report;

import com.targetflow.organisation.Language;
import com.targetflow.organisation.Unit;
import com.targetflow.organisation.Units;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.Indicator;
import com.targetflow.targets.Indicators;
import com.targetflow.targets.PlanView;
import com.targetflow.targets.Plans;
import com.targetflow.targets.ProgressService;
import com.targetflow.targets.TargetProgress;
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
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's template (.xlsx): one row per target, prefilled with the year's plan (or else the
 * year before's, moved to this year), with drop-down lists of the units and the indicators, which
 * are also listed on sheets of their own.
 */
@Component
@Transactional(readOnly = true)
class PlanTemplate {

    /** Rows with drop-downs below the prefilled ones, for targets added by hand. */
    private static final int ROWS_WITH_LISTS = 2000;

    private final Plans plans;
    private final ProgressService progress;
    private final Units units;
    private final Indicators indicators;
    private final MessageSource messages;

    PlanTemplate(Plans plans, ProgressService progress, Units units, Indicators indicators, MessageSource messages) {
        this.plans = plans;
        this.progress = progress;
        this.units = units;
        this.indicators = indicators;
        this.messages = messages;
    }

    byte[] write(int year, Locale locale) {
        Language language = Language.of(locale);
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(PlanSheet.sheetName(messages, locale));
            Styles styles = new Styles(book);
            Row header = sheet.createRow(PlanSheet.HEADER_ROW);
            for (PlanSheet column : PlanSheet.values()) {
                var cell = header.createCell(column.index());
                cell.setCellValue(column.heading(messages, locale));
                cell.setCellStyle(column.read() ? styles.header : styles.headerInfo);
                sheet.setColumnWidth(column.index(), column == PlanSheet.INDICATOR_NAME ? 40 * 256 : 16 * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (TargetProgress t : prefill(year, language)) {
                Row row = sheet.createRow(r++);
                row.createCell(PlanSheet.UNIT_CODE.index()).setCellValue(t.unitCode());
                row.createCell(PlanSheet.UNIT_NAME.index()).setCellValue(t.unitName());
                row.createCell(PlanSheet.INDICATOR_CODE.index()).setCellValue(t.indicatorCode());
                row.createCell(PlanSheet.INDICATOR_NAME.index()).setCellValue(t.indicator());
                row.createCell(PlanSheet.QUOTA.index()).setCellValue(t.quota().doubleValue());
                var due = row.createCell(PlanSheet.DUE_DATE.index());
                due.setCellValue(t.dueDate().withYear(year));
                due.setCellStyle(styles.date);
            }
            List<Unit> allUnits = units.findAll().stream()
                    .filter(Unit::isActive)
                    .sorted(Comparator.comparing(Unit::getCode))
                    .toList();
            List<Indicator> allIndicators = indicators.findAllByOrderById();
            Sheet unitSheet = book.createSheet(messages.getMessage("excel.plan.units", null, locale));
            list(
                    unitSheet,
                    styles,
                    new String[] {
                        PlanSheet.UNIT_CODE.heading(messages, locale), PlanSheet.UNIT_NAME.heading(messages, locale)
                    },
                    allUnits.stream()
                            .map(u -> new String[] {u.getCode(), u.displayName(language)})
                            .toList());
            Sheet indicatorSheet = book.createSheet(messages.getMessage("excel.plan.indicators", null, locale));
            list(
                    indicatorSheet,
                    styles,
                    new String[] {
                        PlanSheet.INDICATOR_CODE.heading(messages, locale),
                        PlanSheet.INDICATOR_NAME.heading(messages, locale),
                        messages.getMessage("excel.plan.kind", null, locale),
                        messages.getMessage("excel.plan.measure", null, locale)
                    },
                    allIndicators.stream()
                            .map(i -> new String[] {
                                i.getCode(),
                                language == Language.EN ? i.getNameEn() : i.getName(),
                                messages.getMessage(
                                        "indicator.kind." + i.getKind().name(),
                                        null,
                                        i.getKind().name(),
                                        locale),
                                language == Language.EN ? i.getMeasureEn() : i.getMeasure()
                            })
                            .toList());
            int last = Math.max(r, 1) + ROWS_WITH_LISTS;
            dropDown(
                    sheet,
                    PlanSheet.UNIT_CODE,
                    "'" + unitSheet.getSheetName() + "'!$A$2:$A$" + (allUnits.size() + 1),
                    last);
            // The header filters the rows, down to the last row offered for targets added by hand.
            sheet.setAutoFilter(new CellRangeAddress(PlanSheet.HEADER_ROW, last, 0, PlanSheet.values().length - 1));
            dropDown(
                    sheet,
                    PlanSheet.INDICATOR_CODE,
                    "'" + indicatorSheet.getSheetName() + "'!$A$2:$A$" + (allIndicators.size() + 1),
                    last);
            sheet.setDefaultColumnStyle(PlanSheet.DUE_DATE.index(), styles.date);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The year's targets, or else the year before's. */
    private List<TargetProgress> prefill(int year, Language language) {
        AnnualPlan plan =
                plans.findByYear(year).or(() -> plans.findByYear(year - 1)).orElse(null);
        if (plan == null) {
            return List.of();
        }
        PlanView view = progress.view(plan, unit -> true, language);
        return view.targets();
    }

    private static void list(Sheet sheet, Styles styles, String[] headings, List<String[]> rows) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < headings.length; c++) {
            var cell = header.createCell(c);
            cell.setCellValue(headings[c]);
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, (c == 1 ? 40 : 16) * 256);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows.get(r).length; c++) {
                row.createCell(c).setCellValue(rows.get(r)[c]);
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, headings.length - 1));
    }

    private static void dropDown(Sheet sheet, PlanSheet column, String range, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createFormulaListConstraint(range),
                new CellRangeAddressList(1, lastRow, column.index(), column.index()));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    /** The template's few styles: headings (read, and for information only) and dates. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle headerInfo;
        final CellStyle date;

        Styles(Workbook book) {
            var bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            headerInfo = book.createCellStyle();
            headerInfo.setFont(bold);
            headerInfo.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            headerInfo.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }
}
