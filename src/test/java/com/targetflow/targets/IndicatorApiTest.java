package com.targetflow.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DemoDistrictTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@DemoDistrictTest
class IndicatorApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    IndicatorRepository indicators;

    @Test
    void theCatalogueHoldsTheEighteenIndicatorsOfTheAnnualPlan() {
        ResponseEntity<String> list = send("street01", HttpMethod.GET, "/api/indicators", null, "zh");
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody())
                .contains(
                        "\"code\":\"ORG-1\"",
                        "\"code\":\"MTG-1\"",
                        "\"code\":\"LEAD-1\"",
                        "地区科协秘书长例会",
                        "\"source\":\"MEETINGS\"",
                        "\"kind\":\"MILESTONE\"");
        assertThat(indicators.findByCode("FAC-4")).hasValueSatisfying(i -> {
            assertThat(i.getKind()).isEqualTo(IndicatorKind.COVERAGE);
            assertThat(i.getSource()).isEqualTo(IndicatorSource.INSPECTIONS);
        });
    }

    @Test
    void aManagerAddsAndChangesAnIndicatorAndASecretaryMayNot() {
        String body = """
                {"code":"SCI-9","name":"科普讲座进社区","nameEn":"Science talks in communities","kind":"COUNT",
                 "measure":"次","measureEn":"talks","defaultQuota":6,"source":"REPORTED"}""";
        assertThat(send("street01", HttpMethod.POST, "/api/indicators", body, "zh")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send("manager", HttpMethod.POST, "/api/indicators", body, "zh")
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(send("manager", HttpMethod.PUT, "/api/indicators/SCI-9", body.replace("6,", "8,"), "zh")
                        .getBody())
                .contains("\"defaultQuota\":8");
    }

    @Test
    void anImpossibleQuotaIsRefusedAndNothingIsSaved() {
        long before = indicators.count();
        ResponseEntity<String> coverage = send("manager", HttpMethod.POST, "/api/indicators", """
                {"code":"COV-9","name":"覆盖率","nameEn":"Coverage","kind":"COVERAGE",
                 "measure":"%","measureEn":"%","defaultQuota":150,"source":"REPORTED"}""", "zh");
        assertThat(coverage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(coverage.getBody()).contains("\"field\":\"defaultQuota\"", "不能超过 100%");
        ResponseEntity<String> negative = send("manager", HttpMethod.POST, "/api/indicators", """
                {"code":"NEG-9","name":"负数","nameEn":"Negative","kind":"COUNT",
                 "measure":"次","measureEn":"times","defaultQuota":-1,"source":"REPORTED"}""", "en");
        assertThat(negative.getBody()).contains("\"field\":\"defaultQuota\"", "Default quota");
        assertThat(indicators.count()).isEqualTo(before);
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, String json, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Accept-Language", language);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(json, headers), String.class);
    }
}
