package com.targetflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DemoDistrictTest;
import com.targetflow.models.CalendarCheckModel;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.OutgoingMail;
import com.targetflow.notification.SentMails;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.PlanService;
import com.targetflow.web.BrowserSession;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 工作日安排 as an administrator sets up next year: the State Council's arrangement imported from
 * the files it is passed around in (holiday-cn JSON, a simple Excel sheet, a holiday calendar) or
 * typed, previewed month by month, saved only when confirmed, then counted by every deadline; bad
 * input refused whole with its line, row or entry; from 1 November, while next year is missing, a
 * notice on every page of administrators and managers and one mail a week; plans and the ladder of a
 * year without an arrangement say that only weekends are skipped. Years 2140–2146.
 */
@DemoDistrictTest
class CalendarPageTest {

    /** The 2141 arrangement as holiday-cn publishes a year (isOffDay false: a weekend day worked). */
    private static final String HOLIDAY_CN_2141 = """
            {"$schema":"https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json","year":2141,
             "papers":["http://www.gov.cn/zhengce/content/2140-11/01/content_0000000.htm"],
             "days":[
              {"name":"元旦","date":"2140-12-31","isOffDay":true},
              {"name":"元旦","date":"2141-01-01","isOffDay":true},
              {"name":"元旦","date":"2141-01-02","isOffDay":true},
              {"name":"春节","date":"2141-02-01","isOffDay":true},
              {"name":"春节","date":"2141-02-02","isOffDay":true},
              {"name":"春节","date":"2141-02-03","isOffDay":true},
              {"name":"春节","date":"2141-02-04","isOffDay":true},
              {"name":"春节","date":"2141-02-05","isOffDay":true},
              {"name":"春节","date":"2141-02-06","isOffDay":true},
              {"name":"春节","date":"2141-02-07","isOffDay":true},
              {"name":"春节","date":"2141-02-11","isOffDay":false},
              {"name":"国庆节","date":"2141-10-01","isOffDay":true},
              {"name":"国庆节","date":"2141-10-02","isOffDay":true},
              {"name":"国庆节","date":"2141-10-03","isOffDay":true}
             ]}
            """;

    private static final Pattern HIDDEN_TEXT = Pattern.compile("name=\"text\" value=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    CalendarYears calendar;

    @Autowired
    CalendarReminder reminder;

    @Autowired
    PlanService plans;

    @Autowired
    SentMails mails;

    @Autowired
    ManagementService management;

    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void anAdministratorImportsTheStateCouncilsArrangementPreviewsItAndDeadlinesCountItOnceSaved() {
        BrowserSession admin = signedIn("admin");
        assertThat(admin.get("/calendar/2141").body()).contains("id=\"calendar-weekends-only\"");
        assertThat(LocalDate.of(2141, 2, 6).getDayOfWeek().getValue()).isLessThan(6);
        assertThat(workingDays.isWorkingDay(LocalDate.of(2141, 2, 6)))
                .as("a weekday before the import")
                .isTrue();

        HttpResponse<String> preview = admin.postMultipartFrom(
                "/calendar/2141",
                "/calendar/2141/preview",
                Map.of("text", ""),
                "file",
                "2141.json",
                HOLIDAY_CN_2141.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .contains(
                        "id=\"calendar-previewing\"", "2141.json", "id=\"calendar-save\"", "春节 2141-02-01–2141-02-07");
        assertThat(workingDays.knows(2141)).as("a preview saves nothing").isFalse();

        String text = unescape(hidden(preview.body()));
        assertThat(text).startsWith("2140-12-31..2141-01-02 放假 元旦\n").contains("2141-02-11 上班 春节\n");
        HttpResponse<String> saved = admin.postFormFrom(
                "/calendar/2141", "/calendar/2141", "text=" + enc(text) + "&source=" + enc("2141.json"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(admin.get("/calendar/2141").body())
                .contains("id=\"calendar-saved\"")
                .doesNotContain("calendar-weekends-only");

        assertThat(workingDays.knows(2141)).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2141, 2, 6))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2141, 2, 11)))
                .as("the Saturday worked in exchange")
                .isTrue();
        assertThat(workingDays.after(LocalDate.of(2141, 1, 31), 1)).isEqualTo(LocalDate.of(2141, 2, 8));
        assertThat(admin.get("/calendar").body()).contains("2141 年", "admin 于");
    }

    @Test
    void anExcelSheetAHolidayCalendarAndTypedLinesReadAsTheSameArrangement() throws Exception {
        String fromJson = ArrangementFiles.read(2141, HOLIDAY_CN_2141.getBytes(StandardCharsets.UTF_8))
                .text(true);

        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet rows = book.createSheet("2141年节假日");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            String[][] lines = {{"日期", "类型", "名称"}, {"2140-12-31..2141-01-02", "放假", "元旦"}};
            for (int r = 0; r < lines.length; r++) {
                Row row = rows.createRow(r);
                for (int c = 0; c < 3; c++) {
                    row.createCell(c).setCellValue(lines[r][c]);
                }
            }
            int r = 2;
            for (int day = 1; day <= 7; day++) {
                Row row = rows.createRow(r++);
                row.createCell(0).setCellValue(LocalDate.of(2141, 2, day));
                row.getCell(0).setCellStyle(date);
                row.createCell(1).setCellValue("放假");
                row.createCell(2).setCellValue("春节");
            }
            Row worked = rows.createRow(r++);
            worked.createCell(0).setCellValue(LocalDate.of(2141, 2, 11));
            worked.getCell(0).setCellStyle(date);
            worked.createCell(1).setCellValue("上班");
            worked.createCell(2).setCellValue("春节");
            Row national = rows.createRow(r);
            national.createCell(0).setCellValue("2141-10-01..2141-10-03");
            national.createCell(1).setCellValue("放假");
            national.createCell(2).setCellValue("国庆节");
            book.write(sheet);
        }
        assertThat(ArrangementFiles.read(2141, sheet.toByteArray()).text(true)).isEqualTo(fromJson);

        // As holiday calendars publish them: all-day events, DTEND the day after, 班 marking a day worked.
        String ics = String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//holiday//CN//ZH",
                "BEGIN:VEVENT",
                "UID:1@h",
                "DTSTAMP:21401101T000000Z",
                "DTSTART;VALUE=DATE:21401231",
                "DTEND;VALUE=DATE:21410103",
                "SUMMARY:元旦（休）",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:2@h",
                "DTSTAMP:21401101T000000Z",
                "DTSTART;VALUE=DATE:21410201",
                "DTEND;VALUE=DATE:21410208",
                "SUMMARY:春节（休）",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:3@h",
                "DTSTAMP:21401101T000000Z",
                "DTSTART;VALUE=DATE:21410211",
                "SUMMARY:春节（班）",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:4@h",
                "DTSTAMP:21401101T000000Z",
                "DTSTART;VALUE=DATE:21411001",
                "DTEND;VALUE=DATE:21411004",
                "SUMMARY:国庆节（休）",
                "END:VEVENT",
                "END:VCALENDAR",
                "");
        assertThat(ArrangementFiles.read(2141, ics.getBytes(StandardCharsets.UTF_8))
                        .text(true))
                .isEqualTo(fromJson);

        assertThat(ArrangementText.read(2141, fromJson).text(true)).isEqualTo(fromJson);
        Arrangement arrangement = ArrangementText.read(2141, fromJson);
        assertThat(arrangement.months()).hasSize(12);
        assertThat(arrangement.months().get(1).workingDays())
                .as("February 2141: 20 weekdays, 5 of them off, 1 Saturday worked")
                .isEqualTo(countWeekdays(2141, 2) - 5 + 1);
    }

    @Test
    void badArrangementsAreRefusedWholeWithTheirLineRowOrEntryAndNothingIsSaved() {
        BrowserSession admin = signedIn("admin");
        HttpResponse<String> typed = admin.postFormFrom(
                "/calendar/2143",
                "/calendar/2143/preview",
                "text="
                        + enc(String.join(
                                "\n",
                                "2143-01-01..2143-01-03 放假 元旦",
                                "2143-02-30 放假 春节",
                                "2143-01-02 上班 元旦调休",
                                "2143-05-01 休假 劳动节",
                                "2144-10-01 放假 国庆节",
                                "2143-10-07..2143-10-01 放假 国庆节")));
        assertThat(typed.statusCode()).isEqualTo(200);
        assertThat(typed.body())
                .contains(
                        "id=\"calendar-problems\"",
                        "没有保存，共 5 处问题",
                        "第 2 行：“2143-02-30”不是日期",
                        "第 3 行：2143-01-02 重复：第 1 行（项）已写过这一天",
                        "第 4 行：类型“休假”无法识别",
                        "第 5 行：2144-10-01 不在 2143 年内",
                        "第 6 行：日期范围“2143-10-07..2143-10-01”无效")
                .doesNotContain("id=\"calendar-save\"");

        HttpResponse<String> picture = admin.postMultipartFrom(
                "/calendar/2143", "/calendar/2143/preview", Map.of(), "file", "logo.png", new byte[] {
                    (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d
                });
        assertThat(picture.body()).contains("第 1 项：无法识别文件");
        HttpResponse<String> json = admin.postMultipartFrom(
                "/calendar/2143",
                "/calendar/2143/preview",
                Map.of(),
                "file",
                "2143.json",
                "{\"year\":2143,\"holidays\":[]}".getBytes(StandardCharsets.UTF_8));
        assertThat(json.body()).contains("JSON 文件中找不到日期列表");
        HttpResponse<String> large = admin.postMultipartFrom(
                "/calendar/2143",
                "/calendar/2143/preview",
                Map.of(),
                "file",
                "2143.txt",
                new byte[ArrangementFiles.MAX_BYTES + 1]);
        assertThat(large.body()).contains("文件超过 1024 KB");
        HttpResponse<String> empty = admin.postFormFrom("/calendar/2143", "/calendar/2143", "text=" + enc("# 还没有公布\n"));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("2143 年的安排是空的");

        assertThat(workingDays.knows(2143)).isFalse();
        assertThat(admin.get("/calendar/2200000").statusCode()).isEqualTo(404);
    }

    @Test
    void managersReadTheCalendarOnlyAdministratorsChangeItAndUnitsDoNotSeeIt() {
        BrowserSession manager = signedIn("manager");
        assertThat(manager.get("/calendar/2026").body())
                .contains("2026 年工作日安排", "国庆节".isEmpty() ? "" : "10 月")
                .doesNotContain("id=\"calendar-preview\"");
        assertThat(manager.postFormFrom("/calendar/2026", "/calendar/2144/preview", "text=" + enc("2144-01-01 放假 元旦"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(manager.postFormFrom("/calendar/2026", "/calendar/2144", "text=" + enc("2144-01-01 放假 元旦"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(signedIn("street01").get("/calendar").statusCode()).isEqualTo(403);
        assertThat(workingDays.knows(2144)).isFalse();
    }

    @Test
    void fromTheFirstOfNovemberAMissingNextYearIsOnEveryPageOfManagersAndMailedWeekly() {
        at(LocalDateTime.of(2144, 10, 31, 10, 0));
        assertThat(calendar.missingNextYear()).isEmpty();
        assertThat(reminder.remindIfMissing()).isZero();

        at(LocalDateTime.of(2144, 11, 2, 10, 0));
        assertThat(signedIn("manager").get("/").body())
                .contains("id=\"calendar-notice\"", "2145 年的放假和调休安排尚未录入", "href=\"/calendar/2145\"");
        assertThat(signedIn("admin").get("/meetings").body()).contains("id=\"calendar-notice\"");
        assertThat(signedIn("street01").get("/").body()).doesNotContain("calendar-notice");

        long before = mails.count();
        Job weekly = management
                .createJobQuery()
                .activityId(CalendarCheckModel.EVENT_WEEKLY_CHECK)
                .singleResult();
        assertThat(weekly).as("calendar-check's timer").isNotNull();
        management.executeJob(weekly.getId());
        List<OutgoingMail> sent = mails.findByIdGreaterThanOrderById(0L).stream()
                .filter(m -> m.getKind() == MailKind.CALENDAR_MISSING)
                .toList();
        assertThat(mails.count() - before).isEqualTo(sent.size());
        assertThat(sent)
                .extracting(OutgoingMail::getRecipientUsername)
                .contains("admin", "manager")
                .doesNotContain("street01", "leader");
        assertThat(sent.get(0).getSubject()).isEqualTo("请录入 2145 年的放假和调休安排");
        assertThat(sent.get(0).getBodyText()).contains("http://localhost:8080/calendar/2145");

        tx.executeWithoutResult(s -> calendar.save(ArrangementText.read(2145, "2145-01-01 放假 元旦"), null, "admin"));
        assertThat(signedIn("manager").get("/").body()).doesNotContain("calendar-notice");
        assertThat(reminder.remindIfMissing()).isZero();
    }

    @Test
    void aPlanOfAYearWithoutItsArrangementSaysThatOnlyWeekendsAreSkipped() {
        // Issued in that year, its first tasks fall due in it too.
        at(LocalDateTime.of(2146, 3, 2, 10, 0));
        tx.executeWithoutResult(s -> {
            AnnualPlan plan = plans.createDraft(2146);
            plans.addTarget(plan, "ORG-2", "SD01", BigDecimal.TEN, LocalDate.of(2146, 12, 31));
            plans.issue(plan);
        });
        BrowserSession manager = signedIn("manager");
        assertThat(manager.get("/plans/2146").body()).contains("id=\"weekends-only\"", "2146 年的放假和调休安排尚未录入");
        assertThat(manager.get("/plans/2026").body()).doesNotContain("id=\"weekends-only\"");
        assertThat(manager.get("/escalations").body()).contains("id=\"weekends-only\"", "2146 年的放假和调休安排尚未录入");
    }

    // ---- helpers

    private BrowserSession signedIn(String username) {
        BrowserSession session = new BrowserSession(port, "zh-CN");
        assertThat(session.signIn(username, "demo").statusCode()).isEqualTo(302);
        return session;
    }

    private static void at(LocalDateTime time) {
        ClockUtil.setCurrentTime(
                Date.from(time.atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    }

    private static int countWeekdays(int year, int month) {
        int n = 0;
        for (LocalDate d = LocalDate.of(year, month, 1); d.getMonthValue() == month; d = d.plusDays(1)) {
            n += d.getDayOfWeek().getValue() < 6 ? 1 : 0;
        }
        return n;
    }

    private static String hidden(String page) {
        Matcher m = HIDDEN_TEXT.matcher(page);
        assertThat(m.find()).as("the preview's hidden text").isTrue();
        return m.group(1);
    }

    private static String unescape(String html) {
        return html.replace("&#10;", "\n")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
