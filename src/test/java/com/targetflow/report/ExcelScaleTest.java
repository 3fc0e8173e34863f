package com.targetflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DemoDistrictTest;
import com.targetflow.organisation.Unit;
import com.targetflow.organisation.UnitKind;
import com.targetflow.organisation.Units;
import com.targetflow.organisation.UnitsForTests;
import com.targetflow.targets.TargetsForTests;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
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
 * A district of a thousand units: its plan of 10,000 targets imported from one sheet in seconds.
 * The thousand units and the plan are removed afterwards: the context is shared with other tests
 * (a second context would start a second process engine of the same name, which the engine's
 * REST API of the first would then find instead of its own).
 */
@DemoDistrictTest
class ExcelScaleTest {

    private static final int YEAR = 2099;

    @Autowired
    Units units;

    @Autowired
    UnitsForTests unitTables;

    @Autowired
    TargetsForTests targetTables;

    @Autowired
    TestRestTemplate http;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aThousandUnitsTimesTenIndicatorsImportInSeconds() throws Exception {
        int year = YEAR;
        Unit district = units.findByCode("DIST").orElseThrow();
        unitTables.saveAll(IntStream.rangeClosed(1, 1000)
                .mapToObj(n -> new Unit(String.format("U%04d", n), "单位" + n, "Unit " + n, UnitKind.SOCIETY, district))
                .toList());
        List<PlanSheets.Line> lines = new ArrayList<>();
        for (int n = 1; n <= 1000; n++) {
            for (String indicator : ExcelTest.INDICATORS) {
                Object quota = switch (indicator) {
                    case "ORG-1", "FAC-3" -> 100;
                    case "ORG-2", "ROOM-1" -> 80;
                    case "LEAD-1" -> 1;
                    default -> n % 5 + 1;
                };
                lines.add(new PlanSheets.Line(String.format("U%04d", n), indicator, quota, LocalDate.of(year, 12, 31)));
            }
        }
        HttpHeaders headers = new HttpHeaders();
        byte[] template = http.withBasicAuth("manager", "demo")
                .exchange(
                        "/api/plans/" + year + "/template.xlsx",
                        HttpMethod.GET,
                        new HttpEntity<>(headers),
                        byte[].class)
                .getBody();
        byte[] filled = PlanSheets.fill(template, lines);

        long started = System.nanoTime();
        ResponseEntity<String> imported = upload(filled, "/api/plans/" + year + "/import");
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(imported.getBody()).contains("\"targets\":10000");
        Integer saved = tx.execute(s -> targetTables.targetsOf(year).size());
        assertThat(saved).isEqualTo(10_000);
        System.out.printf("Imported 10,000 targets of 1,000 units (%d KB) in %d ms%n", filled.length / 1024, millis);
        assertThat(millis).as("import time in ms").isLessThan(30_000);

        started = System.nanoTime();
        ResponseEntity<String> dashboard =
                http.withBasicAuth("manager", "demo").getForEntity("/api/dashboard?year=" + year, String.class);
        long dashboardMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(dashboard.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(dashboard.getBody()).contains("\"unitCode\":\"U1000\"");

        started = System.nanoTime();
        ResponseEntity<byte[]> exported = http.withBasicAuth("manager", "demo")
                .exchange(
                        "/api/plans/" + year + "/workbook.xlsx",
                        HttpMethod.GET,
                        new HttpEntity<>(headers),
                        byte[].class);
        long exportMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(exported.getStatusCode()).isEqualTo(HttpStatus.OK);
        System.out.printf(
                "Dashboard of 1,000 units x 10 indicators in %d ms (%d KB JSON); workbook exported in %d ms (%d KB)%n",
                dashboardMillis, dashboard.getBody().length() / 1024, exportMillis, exported.getBody().length / 1024);
        assertThat(dashboardMillis).as("dashboard time in ms").isLessThan(15_000);
    }

    @AfterEach
    void removeTheThousandUnits() {
        tx.executeWithoutResult(s -> {
            targetTables.deletePlanWithTargets(YEAR);
            unitTables.deleteAll(units.findAll().stream()
                    .filter(u -> u.getCode().matches("U\\d{4}"))
                    .toList());
        });
    }

    private ResponseEntity<String> upload(byte[] content, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return "plan.xlsx";
            }
        });
        return http.withBasicAuth("manager", "demo")
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
