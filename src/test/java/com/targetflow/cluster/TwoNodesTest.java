package com.targetflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.targetflow.HeadlessApp;
import com.targetflow.models.EscalationModel;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.OrganisationRegister;
import com.targetflow.organisation.PersonRequest;
import com.targetflow.organisation.PersonRole;
import com.targetflow.organisation.UnitKind;
import com.targetflow.organisation.UnitRequest;
import com.targetflow.postgres.EmbeddedPostgresServer;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.PlanService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes — two application contexts with their own engines and job executors — on one real
 * PostgreSQL database: a plan for 200 units is issued on node A, the units' tasks are completed on
 * node B, and the year's clock is moved through a quarter's reminders, overdue notices, 督办 and
 * leader steps while both job executors run. Every job runs exactly once, on either node, and
 * every mail arrives exactly once at a real SMTP server. (Component scanning brings in the tests'
 * EngineClock, so the app's clock moves with the engine's.)
 */
class TwoNodesTest {

    private static final Logger log = LoggerFactory.getLogger(TwoNodesTest.class);
    private static final int UNITS = 240;
    private static final int YEAR = 2090;
    private static final int SMTP_PORT = freePort();
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
                    new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aPlanIssuedOnOneNodeIsWorkedOnTheOtherAndEveryJobRunsOnceAndEveryMailArrivesOnce() throws Exception {
        String database = EmbeddedPostgresServer.database(
                "tf_two_nodes_" + UUID.randomUUID().toString().substring(0, 8));
        clock(LocalDateTime.of(YEAR, 3, 20, 10, 0));
        long started = System.nanoTime();
        try (ConfigurableApplicationContext a = node("nodeA", database);
                ConfigurableApplicationContext b = node("nodeB", database)) {
            TransactionTemplate txA = a.getBean(TransactionTemplate.class);
            txA.executeWithoutResult(s -> unitsWithTheirPeople(a.getBean(OrganisationRegister.class)));
            txA.executeWithoutResult(s -> {
                PlanService plans = a.getBean(PlanService.class);
                AnnualPlan plan = plans.createDraft(YEAR);
                for (int i = 1; i <= UNITS; i++) {
                    plans.addTarget(plan, "FAC-1", unit(i), BigDecimal.valueOf(2), LocalDate.of(YEAR, 12, 31));
                }
                plans.issue(plan);
            });
            ManagementService management = a.getBean(ManagementService.class);
            drain(management);

            TaskService tasksOnB = b.getBean(TaskService.class);
            List<Task> confirm = tasksOnB.createTaskQuery()
                    .taskDefinitionKey(UnitTargetsModel.TASK_CONFIRM_TARGETS)
                    .list();
            assertThat(confirm).hasSize(UNITS);
            for (Task task : confirm) {
                tasksOnB.complete(task.getId(), Map.of("targetsAccepted", true));
            }
            drain(management);

            // The first quarter's reports open; then their reminders fall due; then, left open, the
            // overdue notices, the 督办 and the district leaders' step.
            clock(LocalDateTime.of(YEAR, 4, 1, 9, 0));
            drain(management);
            assertThat(tasksOnB.createTaskQuery()
                            .taskDefinitionKey(UnitTargetsModel.TASK_REPORT_PROGRESS)
                            .count())
                    .isEqualTo(UNITS);
            clock(LocalDateTime.of(YEAR, 4, 9, 12, 0));
            drain(management);
            clock(LocalDateTime.of(YEAR, 4, 28, 12, 0));
            drain(management);
            assertThat(tasksOnB.createTaskQuery()
                            .taskDefinitionKey(EscalationModel.TASK_SUPERVISE)
                            .count())
                    .isEqualTo(UNITS);

            HistoryService history = a.getBean(HistoryService.class);
            Set<String> stillWaiting = management.createJobQuery().list().stream()
                    .map(j -> j.getId())
                    .collect(Collectors.toSet());
            List<HistoricJobLog> created =
                    history.createHistoricJobLogQuery().creationLog().list();
            // History cleanup is one job that the engine reschedules after each run: it runs every night by design.
            List<HistoricJobLog> succeeded = history.createHistoricJobLogQuery().successLog().list().stream()
                    .filter(l -> !"history-cleanup".equals(l.getJobDefinitionType()))
                    .toList();
            Map<String, Long> runsPerJob =
                    succeeded.stream().collect(Collectors.groupingBy(HistoricJobLog::getJobId, Collectors.counting()));
            Map<String, Long> runsPerNode = succeeded.stream()
                    .collect(Collectors.groupingBy(HistoricJobLog::getHostname, Collectors.counting()));
            Set<String> finished = created.stream()
                    .map(HistoricJobLog::getJobId)
                    .filter(id -> !stillWaiting.contains(id))
                    .collect(Collectors.toSet());

            assertThat(runsPerJob.size()).as("timers and async jobs run").isGreaterThanOrEqualTo(2_000);
            List<String> twice = succeeded.stream()
                    .filter(l -> runsPerJob.get(l.getJobId()) > 1)
                    .map(l -> l.getJobId() + " " + l.getJobDefinitionType() + " " + l.getActivityId() + " on "
                            + l.getHostname() + " at " + l.getTimestamp())
                    .sorted()
                    .toList();
            assertThat(twice).as("jobs that ran more than once").isEmpty();
            assertThat(runsPerJob.keySet())
                    .as("every job that left the table ran")
                    .containsAll(finished);
            assertThat(runsPerNode.keySet()).as("both nodes did work").containsExactlyInAnyOrder("nodeA", "nodeB");
            assertThat(a.getBean(RuntimeService.class).createIncidentQuery().count())
                    .isZero();

            JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
            Integer sent = jdbc.queryForObject("select count(*) from tf_mail where status = 'SENT'", Integer.class);
            Integer queued = jdbc.queryForObject("select count(*) from tf_mail", Integer.class);
            MimeMessage[] received = smtp.getReceivedMessages();
            Map<String, Long> copies =
                    Arrays.stream(received).collect(Collectors.groupingBy(TwoNodesTest::mailId, Collectors.counting()));
            assertThat(sent).isEqualTo(queued);
            assertThat(received).hasSize(queued);
            assertThat(copies.values()).as("no mail arrived twice").allMatch(n -> n == 1);

            log.info(
                    "Two nodes: {} jobs ran once each ({}), {} mails delivered once each, in {} s",
                    runsPerJob.size(),
                    runsPerNode,
                    received.length,
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
        }
    }

    private static void unitsWithTheirPeople(OrganisationRegister register) {
        register.createPerson(new PersonRequest(
                "mgr",
                "区科协工作人员",
                "mgr@cluster.test",
                null,
                Language.ZH,
                PersonRole.MANAGER,
                "DISTRICT",
                "cluster-test-pw"));
        register.createPerson(new PersonRequest(
                "boss",
                "区科协领导",
                "boss@cluster.test",
                null,
                Language.ZH,
                PersonRole.DISTRICT_LEADER,
                "DISTRICT",
                "cluster-test-pw"));
        for (int i = 1; i <= UNITS; i++) {
            register.createUnit(
                    new UnitRequest(unit(i), "第" + i + "街道科协", null, UnitKind.SUBDISTRICT_ASSOCIATION, "DISTRICT"));
            String user = unit(i).toLowerCase();
            register.createPerson(new PersonRequest(
                    user,
                    "秘书长" + i,
                    user + "@cluster.test",
                    null,
                    Language.ZH,
                    PersonRole.SECRETARY_GENERAL,
                    unit(i),
                    "cluster-test-pw"));
            register.createPerson(new PersonRequest(
                    user + "-leader",
                    "分管领导" + i,
                    user + "-leader@cluster.test",
                    null,
                    Language.ZH,
                    PersonRole.UNIT_LEADER,
                    unit(i),
                    "cluster-test-pw"));
        }
    }

    /** Waits until no job is due or running on either node, twice in a row (a job may create the next). */
    private static void drain(ManagementService management) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 300_000;
        int quiet = 0;
        while (quiet < 2) {
            assertThat(System.currentTimeMillis())
                    .as("jobs drained within 5 minutes")
                    .isLessThan(deadline);
            Thread.sleep(300);
            quiet = management.createJobQuery().executable().active().count() == 0 ? quiet + 1 : 0;
        }
    }

    private static ConfigurableApplicationContext node(String name, String database) {
        return HeadlessApp.start(
                name,
                new String[] {"test", "postgres"},
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + EmbeddedPostgresServer.username(),
                "--spring.datasource.password=",
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=100",
                "--camunda.bpm.job-execution.max-wait=500",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + SMTP_PORT);
    }

    private static String unit(int i) {
        return "C%03d".formatted(i);
    }

    private static String mailId(MimeMessage message) {
        try {
            return message.getHeader("X-TargetFlow-Mail")[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void clock(LocalDateTime at) {
        ClockUtil.setCurrentTime(Date.from(at.atZone(ZONE).toInstant()));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
