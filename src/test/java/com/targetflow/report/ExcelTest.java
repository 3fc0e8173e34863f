package com.targetflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.targetflow.DemoDistrictTest;
import com.targetflow.targets.Plans;
import com.targetflow.targets.TargetsForTests;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The plan in and out of Excel through the API, as a manager uses it: the template, filled in and
 * imported as a draft, exported again with the same values; every kind of bad sheet refused by
 * row and column with nothing imported, and given back marked; a secretary gets their unit only.
 */
@DemoDistrictTest
class ExcelTest {

    static final List<String> INDICATORS =
            List.of("ORG-1", "ORG-2", "VOL-1", "VOL-2", "FAC-1", "FAC-2", "FAC-3", "SCH-2", "ROOM-1", "LEAD-1");

    @Autowired
    TestRestTemplate http;

    @Autowired
    Plans plans;

    @Autowired
    TargetsForTests targetTables;

    @Autowired
    TransactionTemplate tx;

    @Test
    void theTemplateListsUnitsAndIndicatorsAsDropDownsAndIsPrefilledFromThePlan() throws IOException {
        int year = Year.now().getValue();
        ResponseEntity<byte[]> template = download("manager", "/api/plans/" + year + "/template.xlsx");
        assertThat(template.getHeaders().getContentType().toString()).contains("spreadsheetml");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.getBody()))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("目标任务");
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("单位");
            assertThat(book.getSheetAt(2).getSheetName()).isEqualTo("指标");
            Sheet sheet = book.getSheetAt(0);
            assertThat(PlanImport.text(sheet.getRow(0).getCell(4))).isEqualTo("目标值");
            assertThat(sheet.getDataValidations()).hasSize(2);
            assertThat(sheet.getLastRowNum()).isGreaterThan(100);
            assertThat(PlanImport.text(sheet.getRow(1).getCell(0))).isEqualTo("DIST");
            assertThat(PlanImport.text(sheet.getRow(1).getCell(2))).isEqualTo("MTG-1");
            assertThat(book.getSheetAt(2).getLastRowNum()).isEqualTo(18);
        }
        ResponseEntity<byte[]> english = download("manager", "/api/plans/" + year + "/template.xlsx", "en");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(english.getBody()))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Targets");
            assertThat(PlanImport.text(book.getSheetAt(0).getRow(0).getCell(4))).isEqualTo("Target");
        }
    }

    @Test
    void aFilledTemplateBecomesADraftAndComesBackOutWithTheSameValues() throws IOException {
        int year = 2080;
        List<PlanSheets.Line> lines = new ArrayList<>();
        for (int sd = 1; sd <= 13; sd++) {
            String unit = String.format("SD%02d", sd);
            for (String indicator : INDICATORS) {
                Object quota = switch (indicator) {
                    case "ORG-1", "FAC-3" -> 100;
                    case "ORG-2", "ROOM-1" -> sd == 13 ? "80%" : 80; // typed as a percentage in one cell
                    case "LEAD-1" -> 1;
                    default -> sd % 4 + 1;
                };
                lines.add(new PlanSheets.Line(
                        unit, indicator, quota, sd % 2 == 0 ? LocalDate.of(year, 12, 31) : year + "-06-30"));
            }
        }
        byte[] filled = PlanSheets.fill(
                download("manager", "/api/plans/" + year + "/template.xlsx").getBody(), lines);

        ResponseEntity<String> imported = upload("manager", "/api/plans/" + year + "/import", filled, "plan.xlsx");
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(imported.getBody()).contains("\"targets\":130", "草稿");
        assertThat(plans.findByYear(year).orElseThrow().isDraft()).isTrue();

        ResponseEntity<byte[]> exported = download("manager", "/api/plans/" + year + "/workbook.xlsx");
        Set<String> out = new HashSet<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported.getBody()))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("目标任务进度");
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("会议与到会");
            assertThat(book.getSheetAt(2).getSheetName()).isEqualTo("检查结果");
            Sheet sheet = book.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                // The due date is a date cell (YearWorkbookSpreadsheetTest reads it as a spreadsheet does).
                out.add(PlanImport.text(row.getCell(0)) + "|" + PlanImport.text(row.getCell(2)) + "|"
                        + PlanImport.text(row.getCell(5)) + "|"
                        + row.getCell(9).getLocalDateTimeCellValue().toLocalDate());
            }
        }
        Set<String> in = new HashSet<>();
        lines.forEach(l -> in.add(
                l.unit() + "|" + l.indicator() + "|" + (l.quota().equals("80%") ? "80" : l.quota()) + "|" + l.due()));
        assertThat(out).hasSize(130).isEqualTo(in);

        // Importing again replaces the draft's targets rather than adding to them.
        assertThat(upload("manager", "/api/plans/" + year + "/import", filled, "plan.xlsx")
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(countTargets(year)).isEqualTo(130);
    }

    @Test
    void everyKindOfBadSheetIsRefusedByRowAndColumnAndNothingIsImported() throws IOException {
        int year = 2081;
        refused(year, line("SD99", "FAC-1", 2, year), "A2", "没有代码为“SD99”的单位");
        refused(year, line("SD01", "XYZ-9", 2, year), "C2", "没有代码为“XYZ-9”的指标");
        refused(year, line("SD01", "FAC-1", "很多", year), "E2", "“很多”不是数字");
        refused(year, line("SD01", "FAC-1", -1, year), "E2", "不能为负数");
        refused(year, line("SD01", "ORG-2", 120, year), "E2", "不能超过 100");
        refused(year, line("SD01", "LEAD-1", 2, year), "E2", "只能是 1");
        refused(year, new PlanSheets.Line("SD01", "FAC-1", 2, LocalDate.of(year + 1, 1, 1)), "F2", "不在 2081 年内");
        refused(year, new PlanSheets.Line("SD01", "FAC-1", 2, "明年"), "F2", "“明年”不是日期");
        refused(year, new PlanSheets.Line("SD01", "FAC-1", null, LocalDate.of(year, 12, 31)), "E2", "不能为空");
        refused(year, new PlanSheets.Line("", "FAC-1", 2, LocalDate.of(year, 12, 31)), "A2", "不能为空");
        refused(year, line("SD01", "FAC-1", "=1+1", year), "E2", "公式");

        byte[] twice = PlanSheets.fill(
                template(year),
                List.of(
                        line("SD01", "FAC-1", 2, year),
                        line("SD02", "FAC-1", 2, year),
                        line("SD01", "FAC-1", 3, year)));
        JsonNode duplicate = json(upload("manager", "/api/plans/" + year + "/import", twice, "plan.xlsx"));
        assertThat(duplicate.path("fields").get(0).path("field").asText()).isEqualTo("4");
        assertThat(duplicate.path("fields").get(0).path("message").asText()).contains("第 4 行", "与第 2 行重复");

        ResponseEntity<String> csv =
                upload("manager", "/api/plans/" + year + "/import", "单位代码,指标代码\nSD01,FAC-1\n".getBytes(), "plan.csv");
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(csv.getBody()).contains("不是 Excel 工作簿（.xlsx）");
        ResponseEntity<String> large =
                upload("manager", "/api/plans/" + year + "/import", new byte[11 * 1024 * 1024], "big.xlsx");
        assertThat(large.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(large.getBody()).contains("超过 10 MB");
        ResponseEntity<String> english = upload(
                "manager",
                "/api/plans/" + year + "/import",
                PlanSheets.fill(template(year), List.of(line("SD01", "FAC-1", -3, year))),
                "plan.xlsx",
                "en");
        assertThat(english.getBody()).contains("Row 2, column E (Target): the target -3 must not be negative");

        assertThat(plans.findByYear(year)).isEmpty();
    }

    @Test
    void oneBadQuotaIsNamedAndTheSheetComesBackMarked() throws IOException {
        int year = 2082;
        List<PlanSheets.Line> lines = new ArrayList<>(IntStream.rangeClosed(1, 13)
                .mapToObj(sd -> line(String.format("SD%02d", sd), "FAC-1", 2, year))
                .toList());
        lines.set(6, line("SD07", "FAC-1", "两处", year));
        byte[] file = PlanSheets.fill(template(year), lines);

        JsonNode refused = json(upload("manager", "/api/plans/" + year + "/import", file, "plan.xlsx"));
        assertThat(refused.path("message").asText()).contains("共 1 处错误", "没有导入任何内容");
        assertThat(refused.path("fields").get(0).path("field").asText()).isEqualTo("E8");
        assertThat(refused.path("fields").get(0).path("message").asText()).isEqualTo("第 8 行 E 列（目标值）：“两处”不是数字");

        ResponseEntity<byte[]> marked = uploadForFile("manager", "/api/plans/" + year + "/import/marked", file);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(marked.getBody()))) {
            Sheet sheet = book.getSheetAt(0);
            var bad = sheet.getRow(7).getCell(4);
            assertThat(bad.getCellComment().getString().getString()).contains("“两处”不是数字");
            assertThat(PlanImport.text(sheet.getRow(0).getCell(PlanSheet.ERROR_COLUMN)))
                    .isEqualTo("错误");
            assertThat(PlanImport.text(sheet.getRow(7).getCell(PlanSheet.ERROR_COLUMN)))
                    .contains("第 8 行 E 列");
            assertThat(sheet.getRow(6).getCell(PlanSheet.ERROR_COLUMN)).isNull();
        }
        assertThat(plans.findByYear(year)).isEmpty();

        lines.set(6, line("SD07", "FAC-1", 2, year));
        assertThat(upload(
                                "manager",
                                "/api/plans/" + year + "/import",
                                PlanSheets.fill(template(year), lines),
                                "plan.xlsx")
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(countTargets(year)).isEqualTo(13);
    }

    @Test
    void aSecretaryExportsOnlyTheirUnitAndCannotImport() throws IOException {
        int year = Year.now().getValue();
        ResponseEntity<byte[]> own = download("street01", "/api/plans/" + year + "/workbook.xlsx");
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(own.getBody()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isGreaterThan(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(PlanImport.text(sheet.getRow(r).getCell(0))).isEqualTo("SD01");
            }
        }
        assertThat(download("street01", "/api/plans/" + year + "/template.xlsx").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload("street01", "/api/plans/2083/import", template(2083), "plan.xlsx")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(plans.findByYear(2083)).isEmpty();
    }

    private void refused(int year, PlanSheets.Line bad, String cell, String message) throws IOException {
        byte[] file = PlanSheets.fill(template(year), List.of(line("SD02", "FAC-1", 2, year), bad));
        // The bad line is row 3 (a good one first); the expectations name row 2, so shift them.
        String shifted = cell.replaceAll("\\d+", "3");
        JsonNode body = json(upload("manager", "/api/plans/" + year + "/import", file, "plan.xlsx"));
        assertThat(body.path("status").asInt()).isEqualTo(400);
        assertThat(body.path("fields")).hasSize(1);
        assertThat(body.path("fields").get(0).path("field").asText()).isEqualTo(shifted);
        assertThat(body.path("fields").get(0).path("message").asText()).contains("第 3 行", message);
        assertThat(plans.findByYear(year)).isEmpty();
    }

    private static PlanSheets.Line line(String unit, String indicator, Object quota, int year) {
        return new PlanSheets.Line(unit, indicator, quota, LocalDate.of(year, 12, 31));
    }

    private byte[] template(int year) {
        return download("manager", "/api/plans/" + year + "/template.xlsx").getBody();
    }

    private long countTargets(int year) {
        return tx.execute(s ->
                targetTables.targetsOf(plans.findByYear(year).orElseThrow()).size());
    }

    private ResponseEntity<byte[]> download(String user, String path) {
        return download(user, path, "zh");
    }

    private ResponseEntity<byte[]> download(String user, String path, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Accept-Language", language);
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    private ResponseEntity<String> upload(String user, String path, byte[] content, String name) {
        return upload(user, path, content, name, "zh");
    }

    private ResponseEntity<String> upload(String user, String path, byte[] content, String name, String language) {
        return http.withBasicAuth(user, "demo")
                .exchange(path, HttpMethod.POST, multipart(content, name, language), String.class);
    }

    private ResponseEntity<byte[]> uploadForFile(String user, String path, byte[] content) {
        return http.withBasicAuth(user, "demo")
                .exchange(path, HttpMethod.POST, multipart(content, "plan.xlsx", "zh"), byte[].class);
    }

    private static HttpEntity<LinkedMultiValueMap<String, Object>> multipart(
            byte[] content, String name, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("Accept-Language", language);
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return new HttpEntity<>(body, headers);
    }

    private static JsonNode json(ResponseEntity<String> response) throws IOException {
        return new ObjectMapper().readTree(response.getBody());
    }
}
