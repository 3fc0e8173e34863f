package com.targetflow.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DemoDistrictTest;
import com.targetflow.models.UnitTargetsModel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Evidence is checked by content and size, kept with the round, and seen by the unit and the district only. */
@DemoDistrictTest
class EvidenceTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2070);

    @Autowired
    TestRestTemplate http;

    @Autowired
    PlanService planService;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    String taskId;

    @BeforeEach
    void openAProgressReportForSubDistrictOne() {
        int year = YEARS.incrementAndGet();
        tx.executeWithoutResult(s -> {
            AnnualPlan plan = planService.createDraft(year);
            planService.addTarget(plan, "FAC-1", "SD01", BigDecimal.ONE, LocalDate.of(year, 10, 31));
            planService.issue(plan);
        });
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(year + "-SD01")
                .singleResult()
                .getId();
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(instance)
                        .singleResult()
                        .getId(),
                Map.of("targetsAccepted", true));
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(instance)
                .timers()
                .singleResult()
                .getId());
        taskId = tasks.createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey(UnitTargetsModel.TASK_REPORT_PROGRESS)
                .singleResult()
                .getId();
    }

    @Test
    void twoPhotosAreAttachedListedAndSeenByTheDistrictButNotByAnotherUnit() throws IOException {
        ResponseEntity<String> first = upload("street01", "现场照片1.jpg", image("jpg"));
        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> second = upload("street01", "手机相册/签到表.png", image("png"));
        assertThat(second.getBody()).contains("\"fileName\":\"签到表.png\"", "\"contentType\":\"image/png\"");

        String list =
                http.withBasicAuth("street01", "demo").getForObject("/api/tasks/" + taskId + "/evidence", String.class);
        assertThat(list).contains("现场照片1.jpg", "签到表.png");
        long id = jdbc.queryForObject("select max(id) from tf_evidence", Long.class);

        ResponseEntity<byte[]> asManager =
                http.withBasicAuth("manager", "demo").getForEntity("/api/evidence/" + id + "/content", byte[].class);
        assertThat(asManager.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(asManager.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(asManager.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(http.withBasicAuth("street02", "demo")
                        .getForEntity("/api/evidence/" + id + "/content", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("street02", "demo")
                        .getForEntity("/api/tasks/" + taskId + "/evidence", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(upload("street02", "x.jpg", image("jpg")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aWebPageNamedJpgAnEmptyFileAndAnOversizedOneAreRefusedAndNothingIsStored() {
        int before = count();
        ResponseEntity<String> html = upload(
                "street01", "photo.jpg", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(html.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(html.getBody()).contains("JPEG", "PDF");
        assertThat(upload("street01", "empty.pdf", new byte[0]).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
        ResponseEntity<String> tooBig = upload("street01", "big.pdf", big);
        assertThat(tooBig.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(tooBig.getBody()).contains("20 MB");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void atMostTwentyFilesGoWithOneReport() throws IOException {
        byte[] pdf = Arrays.copyOf("%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII), 64);
        for (int n = 0; n < 20; n++) {
            assertThat(upload("street01", "scan" + n + ".pdf", pdf).getStatusCode())
                    .isEqualTo(HttpStatus.CREATED);
        }
        ResponseEntity<String> twentyFirst = upload("street01", "scan20.pdf", pdf);
        assertThat(twentyFirst.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(twentyFirst.getBody()).contains("20");
    }

    private int count() {
        Integer n = jdbc.queryForObject("select count(*) from tf_evidence", Integer.class);
        return n == null ? 0 : n;
    }

    private ResponseEntity<String> upload(String user, String name, byte[] content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("Accept-Language", "zh-CN");
        return http.withBasicAuth(user, "demo")
                .exchange(
                        "/api/tasks/" + taskId + "/evidence",
                        HttpMethod.POST,
                        new HttpEntity<>(body, headers),
                        String.class);
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(8, 8, 32, 24);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
