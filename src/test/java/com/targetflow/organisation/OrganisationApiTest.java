package com.targetflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DemoDistrictTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@DemoDistrictTest
class OrganisationApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identity;

    @Test
    void anyoneSignedInReadsUnitsAndFacilities() {
        ResponseEntity<String> units =
                send("street01", "zh", HttpMethod.GET, "/api/units?kind=SUBDISTRICT_ASSOCIATION", null);
        assertThat(units.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(units.getBody()).contains("\"code\":\"SD13\"", "东城街道科协");
        ResponseEntity<String> galleries =
                send("street01", "zh", HttpMethod.GET, "/api/facilities?kind=GALLERY&owner=SD01", null);
        assertThat(galleries.getBody()).contains("\"ownerCode\":\"SD01\"").doesNotContain("\"ownerCode\":\"SD02\"");
        assertThat(send(null, "zh", HttpMethod.GET, "/api/units", null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aSecretarySeesOnlyThePeopleOfTheirOwnUnit() {
        String people =
                send("street01", "zh", HttpMethod.GET, "/api/people", null).getBody();
        assertThat(people)
                .contains("\"street01\"", "\"street01-leader\"")
                .doesNotContain("\"street02\"", "\"manager\"");
        assertThat(send("street01", "zh", HttpMethod.GET, "/api/people/street02", null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(send("manager", "zh", HttpMethod.GET, "/api/people/street02", null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void anAdministratorCreatesAPersonWhoCanThenSignIn() {
        String body = """
                {"username":"wang-sd03","name":"王五","email":"wang@example.org","phone":"13900000000",
                 "language":"ZH","role":"SECRETARY_GENERAL","unitCode":"SD03","password":"a-long-password"}""";
        ResponseEntity<String> created = send("admin", "zh", HttpMethod.POST, "/api/people", body);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(identity.createGroupQuery()
                        .groupMember("wang-sd03")
                        .groupId("SD03")
                        .count())
                .isOne();
        assertThat(send("wang-sd03", "a-long-password", "zh", HttpMethod.GET, "/api/people/me", null)
                        .getBody())
                .contains("\"unitCode\":\"SD03\"");
    }

    @Test
    void badInputNamesTheFieldInTheCallersLanguageAndSavesNothing() {
        int units = count();

        ResponseEntity<String> zh = send(
                "admin",
                "zh-CN",
                HttpMethod.POST,
                "/api/units",
                "{\"code\":\"bad code\",\"name\":\"\",\"kind\":\"SOCIETY\"}");
        assertThat(zh.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(zh.getBody()).contains("\"field\":\"code\"", "\"field\":\"name\"", "代码", "名称", "不能为空");

        ResponseEntity<String> en = send(
                "admin",
                "en",
                HttpMethod.POST,
                "/api/units",
                "{\"code\":\"bad code\",\"name\":\"\",\"kind\":\"SOCIETY\"}");
        assertThat(en.getBody()).contains("Code (code)", "must not be blank");

        assertRefused(
                send(
                        "admin",
                        "zh",
                        HttpMethod.POST,
                        "/api/units",
                        "{\"code\":\"SOC09\",\"name\":\"某学会\",\"kind\":\"SOCIETY\",\"colour\":\"red\"}"),
                400,
                "colour",
                "不认识的字段");
        assertRefused(
                send(
                        "admin",
                        "zh",
                        HttpMethod.POST,
                        "/api/units",
                        "{\"code\":\"SOC09\",\"name\":\"某学会\",\"kind\":\"CLUB\"}"),
                400,
                "kind",
                "SOCIETY");
        assertRefused(
                send(
                        "admin",
                        "zh",
                        HttpMethod.POST,
                        "/api/units",
                        "{\"code\":\"SOC09\",\"name\":\"某学会\",\"kind\":\"SOCIETY\",\"parentCode\":\"NOPE\"}"),
                400,
                "parentCode",
                "NOPE");
        assertRefused(send("admin", "zh", HttpMethod.POST, "/api/units", "{\"code\":"), 400, null, "JSON");
        assertRefused(
                send(
                        "admin",
                        "zh",
                        HttpMethod.POST,
                        "/api/units",
                        "{\"code\":\"SD01\",\"name\":\"重复\",\"kind\":\"SOCIETY\"}"),
                409,
                "code",
                "已被使用");
        assertRefused(
                send(
                        "admin",
                        "en",
                        HttpMethod.PUT,
                        "/api/units/SD01",
                        "{\"code\":\"SD01\",\"name\":\"东城\",\"kind\":\"SUBDISTRICT_ASSOCIATION\",\"parentCode\":\"SD01-C01\"}"),
                400,
                "parentCode",
                "cannot be this unit or one below it");
        assertRefused(
                send(
                        "street01",
                        "zh",
                        HttpMethod.POST,
                        "/api/units",
                        "{\"code\":\"SOC09\",\"name\":\"某学会\",\"kind\":\"SOCIETY\"}"),
                403,
                null,
                "没有权限");
        assertRefused(
                send(
                        "admin",
                        "zh",
                        HttpMethod.POST,
                        "/api/facilities",
                        "{\"code\":\"G-X\",\"name\":\"画廊\",\"kind\":\"GALLERY\",\"ownerCode\":\"SD01\",\"sinceYear\":\"next year\",\"status\":\"QUALIFIED\"}"),
                400,
                "sinceYear",
                "数字");
        assertRefused(
                send(
                        "admin",
                        "zh",
                        HttpMethod.POST,
                        "/api/facilities",
                        "{\"code\":\"G-X\",\"name\":\"画廊\",\"kind\":\"GALLERY\",\"ownerCode\":\"SD01\",\"communityCode\":\"SD02\",\"status\":\"QUALIFIED\"}"),
                400,
                "communityCode",
                "不是社区或村");

        assertThat(count()).as("nothing half-saved").isEqualTo(units);
    }

    private void assertRefused(ResponseEntity<String> response, int status, String field, String text) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getBody()).contains(text).doesNotContain("Exception", "\tat ", "org.springframework");
        if (field != null) {
            assertThat(response.getBody()).contains("\"field\":\"" + field + "\"");
        }
    }

    private int count() {
        Integer n = jdbc.queryForObject("select count(*) from tf_unit", Integer.class);
        return n == null ? 0 : n;
    }

    private ResponseEntity<String> send(String user, String language, HttpMethod method, String path, String json) {
        return send(user, "demo", language, method, path, json);
    }

    private ResponseEntity<String> send(
            String user, String password, String language, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Accept-Language", language);
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, password);
        return client.exchange(path, method, new HttpEntity<>(json, headers), String.class);
    }
}
