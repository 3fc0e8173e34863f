package com.targetflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DebianClients;
import com.targetflow.organisation.Language;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A server that refuses one recipient for good (550: no such user), a real SMTP server — Debian's
 * python3-aiosmtpd, which .ci/run installs — that keeps every mail it accepts as a file: the mails to
 * the others arrive, once, in the same delivery; the refused one is tried again by the job's retries and
 * after five refusals is 发送失败, left out of later deliveries, with the server's answer on its row.
 */
@SpringBootTest(properties = "camunda.bpm.process-engine-name=mailrefusals")
@ActiveProfiles({"test", "demo"})
class MailRefusalTest {

    private static final int SMTP_PORT = freePort();
    private static Process server;
    private static Path received;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
    }

    @BeforeAll
    static void startServer() throws Exception {
        String python = DebianClients.requirePython("aiosmtpd", "python3-aiosmtpd");
        received = Files.createTempDirectory("refusing-smtp");
        Path script = received.resolve("refusing_smtp_server.py");
        try (InputStream in = MailRefusalTest.class.getResourceAsStream("/smtp/refusing_smtp_server.py")) {
            Files.copy(in, script);
        }
        server = new ProcessBuilder(python, script.toString(), String.valueOf(SMTP_PORT), received.toString())
                .redirectErrorStream(true)
                .start();
        String first =
                new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(first).as("the SMTP server's first line").isEqualTo("ready");
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.getOutputStream().close();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutgoingMailRepository mails;

    @Autowired
    ManagementService management;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    RuntimeService runtime;

    @Test
    void aRecipientRefusedForGoodHoldsNoOtherMailBackAndFailsAfterFiveRefusals() throws Exception {
        long before = management
                .createJobQuery()
                .processDefinitionKey("mail-delivery")
                .count();
        long first = tx.execute(s -> outbox.queue(reminder("street01", "street01@demo.targetflow.local"))
                .getId());
        long refused = tx.execute(s ->
                outbox.queue(reminder("nobody", "nobody@demo.targetflow.local")).getId());
        long last = tx.execute(s -> outbox.queue(reminder("street02", "street02@demo.targetflow.local"))
                .getId());
        assertThat(management
                        .createJobQuery()
                        .processDefinitionKey("mail-delivery")
                        .count())
                .isGreaterThan(before);

        int deliveries = 0;
        while (mails.findById(refused).orElseThrow().getStatus() != MailStatus.FAILED && deliveries < 10) {
            runDeliveries();
            deliveries++;
            if (deliveries == 1) {
                assertThat(arrivedFor(first))
                        .as("the mail before it, in the same delivery")
                        .hasSize(1);
                assertThat(arrivedFor(last))
                        .as("the mail after it, in the same delivery")
                        .hasSize(1);
                assertThat(mails.findById(refused).orElseThrow())
                        .extracting(OutgoingMail::getStatus, OutgoingMail::getAttempts)
                        .containsExactly(MailStatus.RETRYING, 1);
            }
        }
        OutgoingMail failed = mails.findById(refused).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(MailDelivery.MAX_REFUSALS);
        assertThat(failed.getLastError()).contains("550", "User unknown");
        assertThat(deliveries).as("one refusal per delivery").isEqualTo(MailDelivery.MAX_REFUSALS);
        assertThat(arrivedFor(first)).as("never twice").hasSize(1);
        assertThat(arrivedFor(last)).as("never twice").hasSize(1);
        assertThat(arrivedFor(refused)).isEmpty();

        // The delivery that met the fifth refusal failed for good too: an incident in Cockpit names the mail.
        List<Incident> incidents = management.createJobQuery().processDefinitionKey("mail-delivery").list().stream()
                .filter(job -> job.getRetries() == 0)
                .map(Job::getProcessInstanceId)
                .flatMap(id -> runtime.createIncidentQuery().processInstanceId(id).list().stream())
                .toList();
        assertThat(incidents)
                .isNotEmpty()
                .allSatisfy(
                        incident -> assertThat(incident.getIncidentMessage()).contains("nobody@demo.targetflow.local"));
        // A manager's retry there finds nothing left to send: the failed mail is left out.
        for (Job job : management
                .createJobQuery()
                .processDefinitionKey("mail-delivery")
                .list()) {
            management.setJobRetries(job.getId(), 1);
        }
        runDeliveries();
        assertThat(management
                        .createJobQuery()
                        .processDefinitionKey("mail-delivery")
                        .count())
                .isZero();
        assertThat(mails.findById(refused).orElseThrow().getAttempts()).isEqualTo(MailDelivery.MAX_REFUSALS);
    }

    /** Runs every delivery job once; a delivery that met a refusal fails its job, as the engine would see. */
    private void runDeliveries() {
        for (Job job : management
                .createJobQuery()
                .processDefinitionKey("mail-delivery")
                .list()) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException expected) {
                // MailNotSent: the job's retries count down, as the job executor would have them.
            }
        }
    }

    /** The mails the server kept for this row (one file per recipient it accepted). */
    private static List<MimeMessage> arrivedFor(long mailId) throws IOException, MessagingException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(received)) {
            files = listed.filter(f -> f.toString().endsWith(".eml")).toList();
        }
        List<MimeMessage> found = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
                String[] ids = message.getHeader("X-TargetFlow-Mail");
                if (ids != null && ids[0].equals(String.valueOf(mailId))) {
                    found.add(message);
                }
            }
        }
        return found;
    }

    private static MailMessage reminder(String username, String address) {
        return new MailMessage(
                new MailMessage.Recipient(username, address, Language.ZH),
                MailKind.TASK_REMINDER,
                Map.of(
                        "name", "张三",
                        "taskName", "进展填报",
                        "unitName", "东城街道科协",
                        "due", "2026-04-10 17:30",
                        "daysLate", 0,
                        "historyLink", "http://localhost:8080/escalations/t-1",
                        "subjectArgs", new Object[] {"进展填报", "东城街道科协"}),
                null,
                null,
                null);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
