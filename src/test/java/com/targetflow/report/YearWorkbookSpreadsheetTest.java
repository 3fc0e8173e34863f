package com.targetflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DebianClients;
import com.targetflow.DemoDistrictTest;
import com.targetflow.meetings.MeetingService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/**
 * The year's workbook read back as a spreadsheet reads it: by openpyxl (Debian's python3-openpyxl,
 * which .ci/run installs), not by the library that wrote it. Dates are dates, rates are
 * percentages, numbers are numbers, and every sheet's header row is frozen and filters its rows.
 */
@DemoDistrictTest
class YearWorkbookSpreadsheetTest {

    /** Prints one line per fact; the test compares the lines. */
    private static final String READ = """
            import sys, datetime, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            targets, meetings, inspections = book.worksheets[0], book.worksheets[1], book.worksheets[2]
            for sheet in book.worksheets:
                print("frozen", sheet.title, sheet.freeze_panes)
                print("filter", sheet.title, sheet.auto_filter.ref)
            row = next(r for r in targets.iter_rows(min_row=2) if r[2].value == "ORG-2")
            due, rate, quota = row[9], row[7], row[5]
            print("due", type(due.value).__name__, due.value.date().isoformat() if due.is_date else due.value, due.number_format)
            print("rate", type(rate.value).__name__, round(rate.value, 4), rate.number_format)
            print("quota", type(quota.value).__name__, quota.value)
            day = meetings["A2"]
            print("meeting", type(day.value).__name__, day.is_date, day.number_format)
            """;

    /** The plan's template, as the planner opens it before filling it in. */
    private static final String READ_TEMPLATE = """
            import sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            for sheet in book.worksheets:
                print("frozen", sheet.title, sheet.freeze_panes)
                print("filter", sheet.title, sheet.auto_filter.ref)
            plan = book.worksheets[0]
            row = next(r for r in plan.iter_rows(min_row=2) if r[2].value == "ORG-2")
            quota, due = row[4], row[5]
            print("quota", type(quota.value).__name__, quota.value)
            print("due", type(due.value).__name__, due.value.date().isoformat() if due.is_date else due.value, due.number_format)
            """;

    @Autowired
    ApplicationContext beans;

    @Autowired
    TestRestTemplate http;

    @Autowired
    MeetingService meetings;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Test
    void datesAreDatesRatesArePercentagesAndEverySheetFilters() throws Exception {
        int year = 2104;
        new SmallYear(beans, year).issue(Map.of("ORG-2", 80), "MTG-1").report(Map.of("ORG-2", "64"));
        // The meeting sheet lists invitees: the year's meeting is prepared with street01 invited.
        long meetingId = meetings.ofYear(year).get(0).getId();
        String meeting = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("meeting-" + meetingId)
                .singleResult()
                .getId();
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(meeting)
                        .singleResult()
                        .getId(),
                Map.of(
                        "meetingDate",
                        year + "-03-18",
                        "startTime",
                        "09:30",
                        "endTime",
                        "11:30",
                        "place",
                        "区科协三楼会议室",
                        "agenda",
                        "通报目标任务进展",
                        "trainingTopic",
                        "科普工作方法",
                        "trainer",
                        "区科协",
                        "invitees",
                        List.of("street01")));
        String read = openpyxl(READ, "/api/plans/" + year + "/workbook.xlsx", year + "-workbook.xlsx");

        assertThat(read.lines())
                .contains(
                        "due datetime " + year + "-12-31 yyyy-mm-dd",
                        "rate float 0.8 0.0%",
                        "quota float 80.0",
                        "meeting datetime True yyyy-mm-dd",
                        "frozen 目标任务进度 A2",
                        "frozen 会议与到会 A2",
                        "frozen 检查结果 A2");
        assertThat(read.lines().filter(l -> l.startsWith("filter ")))
                .hasSize(3)
                .allMatch(l -> l.matches("filter \\S+ A1:[A-Z]+\\d+"), "every sheet's header row filters it");

        // The template of the next year is an export too: prefilled from this year, moved to the next.
        String template =
                openpyxl(READ_TEMPLATE, "/api/plans/" + (year + 1) + "/template.xlsx", (year + 1) + "-template.xlsx");
        assertThat(template.lines()).contains("quota float 80.0", "due datetime " + (year + 1) + "-12-31 yyyy-mm-dd");
        assertThat(template.lines().filter(l -> l.startsWith("frozen ")))
                .hasSize(3)
                .allMatch(l -> l.endsWith(" A2"));
        assertThat(template.lines().filter(l -> l.startsWith("filter ")))
                .hasSize(3)
                .allMatch(l -> l.matches("filter \\S+ A1:[A-Z]+\\d+"), "every sheet's header row filters it");
    }

    private String openpyxl(String script, String path, String fileName) throws Exception {
        byte[] workbook = http.withBasicAuth("manager", "demo").getForObject(path, byte[].class);
        Path file = Path.of("target", "workbooks", fileName).toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.write(file, workbook);
        String python3 = DebianClients.requirePython("openpyxl", "python3-openpyxl");
        Process python = new ProcessBuilder(python3, "-c", script, file.toString())
                .redirectErrorStream(true)
                .start();
        String read = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as(read).isZero();
        return read;
    }
}
