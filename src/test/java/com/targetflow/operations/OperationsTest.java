package com.targetflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DemoDistrictTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What an operator reads: health for anyone (status only) and for administrators (with the
 * database, the engine and its job executor), metrics with Camunda's figures for administrators
 * only, and the history time-to-live taken from the configuration (application-test.yml sets
 * mail-delivery to 7 days).
 */
@DemoDistrictTest
class OperationsTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    RepositoryService repository;

    @Test
    void healthShowsItsPartsToAdministratorsAndOnlyTheStatusToOthers() {
        ResponseEntity<String> anonymous = http.getForEntity("/actuator/health", String.class);
        assertThat(anonymous.getBody()).contains("\"status\"").doesNotContain("components");
        ResponseEntity<String> admin =
                http.withBasicAuth("admin", "demo").getForEntity("/actuator/health", String.class);
        // The job executor's part shows where it runs (off in these tests; CrashSafetyIT reads it on the packaged app).
        assertThat(admin.getBody()).contains("\"db\"", "\"processEngine\"");
        // The demo's mail settings would not do for a district: the administrator is told which and why.
        assertThat(admin.getBody())
                .contains(
                        "\"mailSettings\"",
                        "targetflow.base-url is http://localhost:8080",
                        "targetflow.mail.from is targetflow@localhost");
        assertThat(http.getForEntity("/actuator/health/readiness", String.class).getBody())
                .contains("\"UP\"");
    }

    @Test
    void metricsCarryCamundasFiguresAndAreForAdministratorsOnly() {
        // Spring Boot's tests leave the Prometheus export off; CrashSafetyIT reads /actuator/prometheus on the packaged
        // app.
        ResponseEntity<String> metrics =
                http.withBasicAuth("admin", "demo").getForEntity("/actuator/metrics", String.class);
        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody())
                .contains(
                        "camunda.jobs.acquired",
                        "camunda.jobs.executed",
                        "camunda.jobs.failed",
                        "camunda.incidents.open",
                        "camunda.jobs.due",
                        "camunda.jobs.without.retries");
        assertThat(http.withBasicAuth("admin", "demo")
                        .getForEntity("/actuator/metrics/camunda.incidents.open", String.class)
                        .getBody())
                .contains("\"VALUE\"");
        assertThat(http.withBasicAuth("street01", "demo")
                        .getForEntity("/actuator/metrics", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/actuator/metrics", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void historyTimeToLiveComesFromTheConfiguration() {
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("mail-delivery")
                        .latestVersion()
                        .singleResult()
                        .getHistoryTimeToLive())
                .isEqualTo(7);
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("annual-plan")
                        .latestVersion()
                        .singleResult()
                        .getHistoryTimeToLive())
                .as("not configured: the model's value")
                .isEqualTo(365);
    }
}
