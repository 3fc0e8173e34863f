package com.targetflow.report;

import com.targetflow.calendar.DistrictZone;
import com.targetflow.inspections.Inspection;
import com.targetflow.inspections.InspectionService;
import com.targetflow.meetings.Invitee;
import com.targetflow.meetings.Meeting;
import com.targetflow.meetings.MeetingService;
import com.targetflow.organisation.Language;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.ProgressService;
import com.targetflow.targets.TargetProgress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year in one workbook: the plan with progress and lights, the meetings with each unit's
 * reply and attendance, the inspection results. Streamed (SXSSF), so that a district of a
 * thousand units does not hold its sheets in memory; headings in the reader's language.
 */
@Component
@Transactional(readOnly = true)
class YearWorkbook {

    private final ProgressService progress;
    private final MeetingService meetings;
    private final InspectionService inspections;
    private final MessageSource messages;

    YearWorkbook(
            ProgressService progress, MeetingService meetings, InspectionService inspections, MessageSource messages) {
        this.progress = progress;
        this.meetings = meetings;
        this.inspections = inspections;
        this.messages = messages;
    }

    byte[] write(AnnualPlan plan, Predicate<String> visibleUnit, Locale locale) {
        Language language = Language.of(locale);
        try (SXSSFWorkbook book = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = book.createCellStyle();
            var bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle day = format(book, "yyyy-mm-dd");
            CellStyle moment = format(book, "yyyy-mm-dd hh:mm");
            CellStyle percent = format(book, "0.0%");
            Sheet targets = sheet(
                    book,
                    header,
                    locale,
                    "excel.export.targets",
                    "unitCode",
                    "unitName",
                    "indicatorCode",
                    "indicator",
                    "measure",
                    "quota",
                    "approved",
                    "rate",
                    "light",
                    "dueDate",
                    "status");
            int r = 1;
            for (TargetProgress t : progress.view(plan, visibleUnit, language).targets()) {
                Row row = targets.createRow(r++);
                text(row, 0, t.unitCode());
                text(row, 1, t.unitName());
                text(row, 2, t.indicatorCode());
                text(row, 3, t.indicator());
                text(row, 4, t.measure());
                number(row, 5, t.quota());
                number(row, 6, t.approvedValue());
                // A rate is a fraction shown as a percentage, so that a spreadsheet computes with it.
                if (t.completionRate() != null) {
                    styled(row, 7, percent)
                            .setCellValue(t.completionRate().movePointLeft(2).doubleValue());
                }
                text(
                        row,
                        8,
                        t.light() == null
                                ? ""
                                : messages.getMessage("light." + t.light().name(), null, locale));
                styled(row, 9, day).setCellValue(t.dueDate());
                text(
                        row,
                        10,
                        messages.getMessage(
                                "target.status." + t.status().name(),
                                null,
                                t.status().name(),
                                locale));
            }
            filter(targets, r, 11);
            Sheet meetingSheet = sheet(
                    book,
                    header,
                    locale,
                    "excel.export.meetings",
                    "date",
                    "meeting",
                    "status",
                    "unitCode",
                    "unitName",
                    "invitee",
                    "reply",
                    "attendance");
            r = 1;
            for (Meeting meeting : meetings.ofYear(plan.getYear())) {
                for (Invitee invitee : meetings.inviteesOf(meeting)) {
                    if (!visibleUnit.test(invitee.getUnit().getCode())) {
                        continue;
                    }
                    Row row = meetingSheet.createRow(r++);
                    styled(row, 0, day)
                            .setCellValue(
                                    meeting.getStartsAt() == null
                                            ? meeting.getPlannedDate()
                                            : meeting.getStartsAt().toLocalDate());
                    text(
                            row,
                            1,
                            messages.getMessage(
                                    "meeting.type." + meeting.getType().name(), null, locale));
                    text(
                            row,
                            2,
                            messages.getMessage(
                                    "meeting.status." + meeting.getStatus().name(), null, locale));
                    text(row, 3, invitee.getUnit().getCode());
                    text(row, 4, invitee.getUnit().displayName(language));
                    text(row, 5, invitee.getPerson().getName());
                    text(
                            row,
                            6,
                            invitee.getReply() == null
                                    ? ""
                                    : messages.getMessage(
                                            "meeting.reply."
                                                    + invitee.getReply().name(),
                                            null,
                                            invitee.getReply().name(),
                                            locale));
                    text(
                            row,
                            7,
                            invitee.getAttendance() == null
                                    ? ""
                                    : messages.getMessage(
                                            "meeting.attendance."
                                                    + invitee.getAttendance().name(),
                                            null,
                                            invitee.getAttendance().name(),
                                            locale));
                }
            }
            filter(meetingSheet, r, 8);
            Sheet inspectionSheet = sheet(
                    book,
                    header,
                    locale,
                    "excel.export.inspections",
                    "facilityCode",
                    "facility",
                    "kind",
                    "unitCode",
                    "visit",
                    "inspectedAt",
                    "inspector",
                    "outcome",
                    "failedItems",
                    "remark");
            r = 1;
            for (Inspection i : inspections.decidedIn(plan.getYear())) {
                if (!visibleUnit.test(i.getFacility().getOwner().getCode())) {
                    continue;
                }
                Row row = inspectionSheet.createRow(r++);
                text(row, 0, i.getFacility().getCode());
                text(row, 1, i.getFacility().getName());
                text(
                        row,
                        2,
                        messages.getMessage(
                                "facility.kind." + i.getFacility().getKind().name(), null, locale));
                text(row, 3, i.getFacility().getOwner().getCode());
                row.createCell(4).setCellValue(i.getVisit());
                if (i.getInspectedAt() != null) {
                    styled(row, 5, moment).setCellValue(LocalDateTime.ofInstant(i.getInspectedAt(), DistrictZone.ZONE));
                }
                text(row, 6, i.getInspector());
                text(
                        row,
                        7,
                        messages.getMessage(
                                "inspection.outcome." + i.getOutcome().name(),
                                null,
                                i.getOutcome().name(),
                                locale));
                if (i.getFailedItems() != null) {
                    row.createCell(8).setCellValue(i.getFailedItems());
                }
                text(row, 9, i.getRemark());
            }
            filter(inspectionSheet, r, 10);
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Sheet sheet(SXSSFWorkbook book, CellStyle header, Locale locale, String name, String... columns) {
        SXSSFSheet sheet = book.createSheet(messages.getMessage(name, null, locale));
        Row row = sheet.createRow(0);
        for (int c = 0; c < columns.length; c++) {
            var cell = row.createCell(c);
            cell.setCellValue(messages.getMessage("excel.export.column." + columns[c], null, locale));
            cell.setCellStyle(header);
            sheet.setColumnWidth(
                    c,
                    (columns[c].equals("indicator") || columns[c].equals("remark") || columns[c].equals("facility")
                                    ? 36
                                    : 14)
                            * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static CellStyle format(SXSSFWorkbook book, String pattern) {
        CellStyle style = book.createCellStyle();
        style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat(pattern));
        return style;
    }

    private static Cell styled(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    /** The header row filters the sheet's rows, as a spreadsheet user would set it up. */
    private static void filter(Sheet sheet, int rows, int columns) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }
}
