package com.targetflow.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a year's arrangement from the files in which it is commonly passed around: a simple Excel
 * sheet (日期, 类型 放假/上班, 名称), the JSON of the holiday-cn data sets ({"days":[{"date","name",
 * "isOffDay"}]} or {"dates":[{"date","name_cn","type":"public_holiday"|"transfer_workday"}]}), an
 * iCalendar file of the holidays (an event a span; 班 in its summary marks a working day), or the
 * page's own text. Problems are named by row, entry or line.
 */
final class ArrangementFiles {

    static final int MAX_BYTES = 1024 * 1024;

    private ArrangementFiles() {}

    static Arrangement read(int year, byte[] content) {
        ArrangementProblems.Collector problems = new ArrangementProblems.Collector();
        if (content.length > MAX_BYTES) {
            problems.add(ArrangementProblems.Place.entry(1), "calendar.problem.file-large", MAX_BYTES / 1024);
            problems.check();
        }
        String start = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8).stripLeading();
        if (content.length > 1 && content[0] == 'P' && content[1] == 'K') {
            return ArrangementText.read(year, sheet(content, problems), problems);
        }
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1).stripLeading();
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return ArrangementText.read(year, json(content, problems), problems);
        }
        if (start.toUpperCase(Locale.ROOT).startsWith("BEGIN:VCALENDAR")) {
            return ArrangementText.read(year, ics(new String(content, StandardCharsets.UTF_8), problems), problems);
        }
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0 || text.chars().anyMatch(c -> c < 9)) {
            problems.add(ArrangementProblems.Place.entry(1), "calendar.problem.file-kind");
            problems.check();
        }
        return ArrangementText.read(year, text);
    }

    private static List<ArrangementText.Entry> sheet(byte[] content, ArrangementProblems.Collector problems) {
        List<ArrangementText.Entry> entries = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            int dateColumn = 0;
            int kindColumn = 1;
            int nameColumn = 2;
            Row header = sheet.getRow(sheet.getFirstRowNum());
            int first = sheet.getFirstRowNum();
            if (header != null
                    && header.getCell(0) != null
                    && header.getCell(0).getCellType() == CellType.STRING
                    && !header.getCell(0).getStringCellValue().strip().matches("\\d{4}-.*")) {
                first++;
                for (Cell cell : header) {
                    String title = format.formatCellValue(cell).strip().toLowerCase(Locale.ROOT);
                    if (title.contains("日期") || title.contains("date")) {
                        dateColumn = cell.getColumnIndex();
                    } else if (title.contains("类型") || title.contains("kind") || title.contains("type")) {
                        kindColumn = cell.getColumnIndex();
                    } else if (title.contains("名称") || title.contains("节日") || title.contains("name")) {
                        nameColumn = cell.getColumnIndex();
                    }
                }
            }
            for (int r = first; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String date = dateText(row.getCell(dateColumn), format);
                String kind = format.formatCellValue(row.getCell(kindColumn)).strip();
                String name = format.formatCellValue(row.getCell(nameColumn)).strip();
                if (date.isEmpty() && kind.isEmpty() && name.isEmpty()) {
                    continue;
                }
                entries.add(new ArrangementText.Entry(ArrangementProblems.Place.row(r + 1), date, kind, name));
            }
        } catch (IOException | RuntimeException unreadable) {
            problems.add(ArrangementProblems.Place.entry(1), "calendar.problem.file-kind");
            problems.check();
        }
        return entries;
    }

    /** A date cell as yyyy-MM-dd; a text cell as written (it may be a range). */
    private static String dateText(Cell cell, DataFormatter format) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return format.formatCellValue(cell).strip().replace('/', '-');
    }

    private static List<ArrangementText.Entry> json(byte[] content, ArrangementProblems.Collector problems) {
        List<ArrangementText.Entry> entries = new ArrayList<>();
        try {
            JsonNode root = new ObjectMapper().readTree(content);
            JsonNode list = root.isArray() ? root : root.has("days") ? root.get("days") : root.get("dates");
            if (list == null || !list.isArray()) {
                problems.add(ArrangementProblems.Place.entry(1), "calendar.problem.json-shape");
                problems.check();
            }
            int n = 0;
            for (JsonNode day : list) {
                n++;
                String date = day.path("date").asText("");
                String kind;
                if (day.has("isOffDay")) {
                    kind = day.get("isOffDay").asBoolean() ? "holiday" : "workday";
                } else {
                    String type = day.path("type").asText("");
                    kind = type.contains("holiday") ? "holiday" : type.contains("workday") ? "workday" : type;
                }
                String name = day.has("name_cn")
                        ? day.get("name_cn").asText()
                        : day.path("name").asText(null);
                entries.add(new ArrangementText.Entry(
                        ArrangementProblems.Place.entry(n),
                        date.length() > 10 ? date.substring(0, 10) : date,
                        kind,
                        name));
            }
        } catch (IOException notJson) {
            problems.add(ArrangementProblems.Place.entry(1), "calendar.problem.json-shape");
            problems.check();
        }
        return entries;
    }

    private static List<ArrangementText.Entry> ics(String content, ArrangementProblems.Collector problems) {
        List<ArrangementText.Entry> entries = new ArrayList<>();
        List<ICalendar> calendars;
        try {
            calendars = Biweekly.parse(content).all();
        } catch (RuntimeException unreadable) {
            calendars = List.of();
        }
        int n = 0;
        for (ICalendar calendar : calendars) {
            for (VEvent event : calendar.getEvents()) {
                n++;
                if (event.getDateStart() == null) {
                    problems.add(ArrangementProblems.Place.entry(n), "calendar.problem.date", "");
                    continue;
                }
                LocalDate first = day(event.getDateStart().getValue());
                // DTEND of an all-day event is the day after the last (RFC 5545); without it, one day.
                LocalDate last = event.getDateEnd() == null
                        ? first
                        : day(event.getDateEnd().getValue()).minusDays(1);
                if (last.isBefore(first)) {
                    last = first;
                }
                String summary = event.getSummary() == null
                        ? ""
                        : event.getSummary().getValue().strip();
                boolean working = summary.contains("班")
                        || summary.toLowerCase(Locale.ROOT).contains("workday");
                String name = summary.replaceAll("\\s*[（(]?[休班][）)]?$", "").strip();
                entries.add(new ArrangementText.Entry(
                        ArrangementProblems.Place.entry(n),
                        first.equals(last) ? first.toString() : first + ".." + last,
                        working ? "workday" : "holiday",
                        name.isEmpty() ? null : name));
            }
        }
        if (n == 0) {
            problems.add(ArrangementProblems.Place.entry(1), "calendar.problem.ics-empty");
            problems.check();
        }
        return entries;
    }

    private static LocalDate day(ICalDate date) {
        DateTimeComponents raw = date.getRawComponents();
        return raw != null
                ? LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate())
                : date.toInstant().atZone(DistrictZone.ZONE).toLocalDate();
    }
}
