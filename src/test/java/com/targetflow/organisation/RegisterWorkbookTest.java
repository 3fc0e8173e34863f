package com.targetflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DebianClients;
import com.targetflow.DemoDistrictTest;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.SentMails;
import com.targetflow.web.BrowserSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * 组织机构 in and out of Excel, as an administrator sets up a district: today's register downloaded
 * (three sheets with drop-downs, read back by openpyxl as a spreadsheet reads it), imported again
 * unchanged (nothing to do), edited in a spreadsheet (a new sub-district with a community, its
 * secretary-general, a facility, an address corrected, someone who left) and imported after the
 * preview; bad workbooks refused whole with sheet, row and column. Runs with the other tests that
 * add people, in a context of their own.
 */
@DemoDistrictTest
@TestPropertySource(properties = "camunda.bpm.process-engine-name=peoplechanges")
class RegisterWorkbookTest {

    private static final String READ = """
            import sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            for sheet in book.worksheets:
                print("sheet", sheet.title, [c.value for c in sheet[1]], sheet.freeze_panes, sheet.auto_filter.ref is not None,
                      len(sheet.data_validations.dataValidation), sheet.max_row - 1)
            """;
    private static final Pattern CONTENT = Pattern.compile("name=\"content\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    UnitRepository units;

    @Autowired
    PersonRepository people;

    @Autowired
    FacilityRepository facilities;

    @Autowired
    SentMails mails;

    @Test
    void theRegisterGoesOutToASpreadsheetAndComesBackWithWhatWasEdited() throws Exception {
        BrowserSession admin = signedInAdmin();
        byte[] today = RegisterWorkbooks.download(port, "admin", "demo");
        Path file = Files.createDirectories(Path.of("target", "workbooks"))
                .resolve("register.xlsx")
                .toAbsolutePath();
        Files.write(file, today);
        String read = python(DebianClients.requirePython("openpyxl", "python3-openpyxl"), file);
        assertThat(read.lines().filter(l -> l.startsWith("sheet ")))
                .containsExactly(
                        "sheet 单位 ['单位代码', '名称', '英文名称', '类型', '上级单位代码'] A2 True 2 " + units.count(),
                        "sheet 人员 ['用户名', '姓名', '单位代码', '角色', '手机', '电子邮箱', '语言', '在岗'] A2 True 4 " + people.count(),
                        "sheet 设施 ['设施代码', '名称', '类型', '管理单位代码', '所在社区代码', '地址', '建成年份', '状态'] A2 True 4 "
                                + facilities.count());

        HttpResponse<String> same = upload(admin, today);
        assertThat(same.body()).contains("id=\"register-unchanged\"", "将新增 0 项，修改 0 项，停用 0 项");

        byte[] edited;
        String facilityCode;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(today));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet unitSheet = book.getSheet("单位");
            RegisterWorkbooks.append(unitSheet, "SD14", "新城街道科协", "Xincheng Sub-district Association", "街道科协", "DIST");
            RegisterWorkbooks.append(unitSheet, "SD14-C01", "新城第一社区", null, "社区/村", "SD14");
            Sheet personSheet = book.getSheet("人员");
            RegisterWorkbooks.append(
                    personSheet,
                    "street14",
                    "新城街道秘书长",
                    "SD14",
                    "秘书长",
                    "13800001414",
                    "street14@demo.targetflow.local",
                    "中文",
                    "是");
            for (Row row : personSheet) {
                if ("street07-leader".equals(row.getCell(0).getStringCellValue())) {
                    row.getCell(7).setCellValue("否");
                }
            }
            Sheet facilitySheet = book.getSheet("设施");
            facilityCode = facilitySheet.getRow(1).getCell(0).getStringCellValue();
            facilitySheet.getRow(1).getCell(5).setCellValue("更正后的地址：东城区和平里大街 20 号");
            RegisterWorkbooks.append(
                    facilitySheet, "GAL-SD14-001", "新城第一社区科普画廊", "科普画廊", "SD14", "SD14-C01", "新城路 1 号", null, "未检查");
            book.write(out);
            edited = out.toByteArray();
        }
        long unitsBefore = units.count();
        HttpResponse<String> preview = upload(admin, edited);
        assertThat(preview.body())
                .contains(
                        "将新增 4 项，修改 1 项，停用 1 项",
                        "新城街道科协",
                        "street14",
                        "street07-leader",
                        "GAL-SD14-001",
                        facilityCode,
                        "地址");
        assertThat(units.count()).as("a preview saves nothing").isEqualTo(unitsBefore);

        Matcher content = CONTENT.matcher(preview.body());
        assertThat(content.find()).isTrue();
        HttpResponse<String> applied = admin.postMultipartFrom(
                "/register", "/register/apply", Map.of("content", content.group(1)), null, null, null);
        assertThat(applied.statusCode()).isEqualTo(302);
        assertThat(admin.get("/register").body()).contains("名册已导入：6 项变化已生效");

        assertThat(units.findByCode("SD14-C01").map(u -> u.getKind())).contains(UnitKind.COMMUNITY);
        assertThat(people.findByUsername("street14").map(Person::getRole)).contains(PersonRole.SECRETARY_GENERAL);
        assertThat(people.findByUsername("street07-leader").map(Person::isActive))
                .contains(false);
        assertThat(facilities.findByCode("GAL-SD14-001")).isPresent();
        assertThat(facilities.findByCode(facilityCode).map(Facility::getAddress))
                .contains("更正后的地址：东城区和平里大街 20 号");
        assertThat(mails.findByIdGreaterThanOrderById(0L))
                .anyMatch(
                        m -> "street14".equals(m.getRecipientUsername()) && m.getKind() == MailKind.ACCOUNT_INVITATION);
        assertThat(new BrowserSession(port, "zh-CN")
                        .signIn("street07-leader", "demo")
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .contains("error");

        // Imported twice, the edited workbook changes nothing more.
        assertThat(upload(admin, edited).body()).contains("id=\"register-unchanged\"");
        assertThat(upload(admin, RegisterWorkbooks.download(port, "admin", "demo"))
                        .body())
                .contains("id=\"register-unchanged\"");
    }

    @Test
    void badWorkbooksAreRefusedWholeWithSheetRowAndColumn() throws Exception {
        BrowserSession admin = signedInAdmin();
        byte[] today = RegisterWorkbooks.download(port, "admin", "demo");
        byte[] bad;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(today));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet unitSheet = book.getSheet("单位");
            RegisterWorkbooks.append(unitSheet, "SD15", "新区街道科协", null, "街道科协", "DIST");
            Sheet personSheet = book.getSheet("人员");
            int firstNew = personSheet.getLastRowNum() + 2;
            RegisterWorkbooks.append(
                    personSheet, "street99", "无单位的人", "SD99", "秘书长", null, "street99@demo.targetflow.local", "中文", "是");
            RegisterWorkbooks.append(
                    personSheet, "street15", "新区秘书长", "SD15", "秘书长", null, "street15-at-demo", "中文", "是");
            RegisterWorkbooks.append(
                    personSheet,
                    "street15",
                    "新区秘书长二",
                    "SD15",
                    "分管领导",
                    null,
                    "street15b@demo.targetflow.local",
                    "中文",
                    "是");
            Sheet facilitySheet = book.getSheet("设施");
            int facilityRow = facilitySheet.getLastRowNum() + 2;
            RegisterWorkbooks.append(facilitySheet, "GAL-SD15-001", "新区科普长廊", "科普长廊", "SD15", null, null, null, "未检查");
            book.write(out);
            bad = out.toByteArray();

            long unitsBefore = units.count();
            HttpResponse<String> refused = upload(admin, bad);
            assertThat(refused.body())
                    .contains(
                            "没有导入：共 4 处问题",
                            cells("人员", firstNew, "C", "找不到单位“SD99”"),
                            cells("人员", firstNew + 1, "F", "电子邮箱“street15-at-demo”格式不对"),
                            cells("人员", firstNew + 2, "A", "street15 重复：第 " + (firstNew + 1) + " 行已有"),
                            cells("设施", facilityRow, "C", "“科普长廊”不是可选的值"))
                    .doesNotContain("register-apply");
            assertThat(units.count()).isEqualTo(unitsBefore);
            assertThat(units.findByCode("SD15")).isEmpty();
        }
        assertThat(upload(admin, new byte[10 * 1024 * 1024]).body()).contains("文件超过 1024 KB");
        assertThat(upload(admin, "用户名,姓名\nstreet20,某人".getBytes(StandardCharsets.UTF_8))
                        .body())
                .contains("无法读取：请上传从本页下载并修改的 Excel 工作簿");
    }

    // ---- helpers

    private static String cells(String sheet, int row, String column, String problem) {
        return "<td>" + sheet + "</td><td>" + row + "</td><td>" + column + "</td><td>" + problem;
    }

    private BrowserSession signedInAdmin() {
        BrowserSession admin = new BrowserSession(port, "zh-CN");
        assertThat(admin.signIn("admin", "demo")
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .doesNotContain("error");
        return admin;
    }

    private HttpResponse<String> upload(BrowserSession admin, byte[] workbook) {
        return admin.postMultipartFrom("/register", "/register/preview", Map.of(), "file", "组织机构.xlsx", workbook);
    }

    private static String python(String python3, Path file) throws Exception {
        Process python = new ProcessBuilder(python3, "-c", READ, file.toString())
                .redirectErrorStream(true)
                .start();
        String read = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as(read).isZero();
        return read;
    }
}
