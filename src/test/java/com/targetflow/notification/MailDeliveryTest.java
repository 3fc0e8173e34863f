package com.targetflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.targetflow.domain.Refusal;
import com.targetflow.meetings.MeetingService;
import com.targetflow.meetings.MeetingType;
import com.targetflow.organisation.Language;
import com.targetflow.organisation.UnitKind;
import com.targetflow.organisation.Units;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail over real SMTP (GreenMail, in the test): invitations arrive with a calendar part that
 * parses back; an SMTP outage delays mail and loses none, nothing arrives twice; when retries run
 * out, an incident waits for a manager; a mail whose delivery was lost is delivered when a node starts.
 */
@SpringBootTest(
        properties = {
            "camunda.bpm.process-engine-name=mailtests",
            "targetflow.mail.from=kexie@district.example",
            "targetflow.mail.reply-to=bangongshi@district.example"
        })
@ActiveProfiles({"test", "demo"})
class MailDeliveryTest {

    private static final int SMTP_PORT = freePort();
    private static final AtomicInteger YEARS = new AtomicInteger(2060);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
                    new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
    }

    @Autowired
    MeetingService meetings;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    OutgoingMailRepository mails;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    UndeliveredMails undelivered;

    @Autowired
    Units units;

    int year;
    long meetingId;

    @Autowired
    MailOutbox outbox;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MailRowLock rowLock;

    @Autowired
    FailedMails failed;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aMeetingPreparedForThreeSecretaries() {
        runDeliveries(); // what earlier tests left queued goes first, so that the queue holds this test's mail
        year = YEARS.incrementAndGet();
        meetingId = tx.execute(s -> meetings.plan(MeetingType.SUBDISTRICT_SECRETARIES, LocalDate.of(year, 6, 15))
                .getId());
        String processId = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("meeting-" + meetingId)
                .singleResult()
                .getId();
        String prepare = tasks.createTaskQuery()
                .processInstanceId(processId)
                .singleResult()
                .getId();
        tasks.complete(
                prepare,
                Map.of(
                        "meetingDate",
                        year + "-06-16",
                        "startTime",
                        "14:30",
                        "endTime",
                        "16:30",
                        "place",
                        "区科协三楼会议室",
                        "agenda",
                        "半年工作推进",
                        "trainingTopic",
                        "科普画廊内容策划",
                        "invitees",
                        List.of("street01", "street02", "street03")));
    }

    @AfterEach
    void smtpBackUp() {
        if (!smtp.isRunning()) {
            smtp.start();
        }
    }

    @Test
    void everyInviteeReceivesTheInvitationWithACalendarThatParsesBack() throws Exception {
        assertThat(deliveryJobs()).as("one delivery for the three invitations").hasSize(1);
        runDeliveries();

        List<MimeMessage> received = received();
        assertThat(received).hasSize(3);
        assertThat(received)
                .extracting(m -> m.getRecipients(Message.RecipientType.TO)[0].toString())
                .containsExactlyInAnyOrder(
                        "street01@demo.targetflow.local",
                        "street02@demo.targetflow.local",
                        "street03@demo.targetflow.local");
        for (MimeMessage message : received) {
            assertThat(message.getSubject()).startsWith("会议通知：地区科协秘书长例会");
            // From the district association by name, replies to an address someone reads, marked as written by a
            // program.
            InternetAddress from = (InternetAddress) message.getFrom()[0];
            assertThat(from.getAddress()).isEqualTo("kexie@district.example");
            assertThat(from.getPersonal()).isEqualTo(districtName());
            assertThat(message.getReplyTo())
                    .extracting(Object::toString)
                    .containsExactly("bangongshi@district.example");
            assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
            assertThat(message.getHeader("List-Id"))
                    .containsExactly("TargetFlow invitation <invitation.targetflow.district.example>");
            List<BodyPart> parts = leaves(message);
            assertThat(parts)
                    .extracting(p -> p.getContentType().toLowerCase())
                    .anySatisfy(t -> assertThat(t).startsWith("text/plain"))
                    .anySatisfy(t -> assertThat(t).startsWith("text/html"))
                    .anySatisfy(t -> assertThat(t).startsWith("text/calendar").contains("method=request"))
                    .anySatisfy(t -> assertThat(t).startsWith("application/ics"));
            BodyPart calendarPart = parts.stream()
                    .filter(p -> contentType(p).startsWith("text/calendar"))
                    .findFirst()
                    .orElseThrow();
            ICalendar calendar = Biweekly.parse(calendarPart.getInputStream()).first();
            assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
            VEvent event = calendar.getEvents().get(0);
            assertThat(event.getUid().getValue())
                    .isEqualTo(meetings.find(meetingId).getCalendarUid());
            assertThat(event.getLocation().getValue()).isEqualTo("区科协三楼会议室");
            assertThat(event.getDateStart().getValue())
                    .isEqualTo(Date.from(LocalDate.of(year, 6, 16)
                            .atTime(14, 30)
                            .atZone(ZoneId.of("Asia/Shanghai"))
                            .toInstant()));
            assertThat(event.getOrganizer().getEmail()).isEqualTo("kexie@district.example");
        }
        assertThat(mailsOfMeeting())
                .extracting(OutgoingMail::getStatus, OutgoingMail::getTransport, OutgoingMail::getAttempts)
                .containsOnly(Tuple.tuple(MailStatus.SENT, MailTransportKind.SMTP, 1));
    }

    @Test
    void anSmtpOutageDelaysMailAndAfterwardsEveryMessageArrivesExactlyOnce() {
        smtp.stop();
        for (Job job : deliveryJobs()) {
            assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("not sent");
        }
        assertThat(deliveryJobs()).hasSize(1).allSatisfy(job -> {
            assertThat(job.getRetries()).isEqualTo(4);
            assertThat(job.getExceptionMessage()).contains("not sent");
            assertThat(job.getDuedate()).isAfter(new Date());
        });
        // While the server cannot be reached, a delivery stops at the first mail: one attempt recorded, none sent.
        assertThat(mailsOfMeeting())
                .extracting(OutgoingMail::getStatus, OutgoingMail::getAttempts)
                .containsExactly(
                        Tuple.tuple(MailStatus.RETRYING, 1),
                        Tuple.tuple(MailStatus.QUEUED, 0),
                        Tuple.tuple(MailStatus.QUEUED, 0));

        smtp.start();
        runDeliveries();
        assertThat(received()).hasSize(3);
        assertThat(deliveryJobs()).isEmpty();
        assertThat(mailsOfMeeting())
                .extracting(OutgoingMail::getStatus, OutgoingMail::getAttempts)
                .containsExactly(
                        Tuple.tuple(MailStatus.SENT, 2),
                        Tuple.tuple(MailStatus.SENT, 1),
                        Tuple.tuple(MailStatus.SENT, 1));
    }

    @Test
    void whenRetriesRunOutAnIncidentWaitsAndAManagersRetryDeliversTheMail() {
        smtp.stop();
        Job job = deliveryJobs().get(0);
        int attempts = 0;
        while (management.createJobQuery().jobId(job.getId()).singleResult().getRetries() > 0 && attempts < 10) {
            assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("not sent");
            attempts++;
        }
        assertThat(attempts).isEqualTo(5); // R5/PT5M: five tries in all, five minutes apart
        Incident incident = runtime.createIncidentQuery()
                .processInstanceId(job.getProcessInstanceId())
                .singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getIncidentMessage()).contains("not sent");

        smtp.start();
        management.setJobRetries(job.getId(), 1); // what Cockpit's "retry" does
        management.executeJob(job.getId());
        assertThat(received()).hasSize(3);
        assertThat(runtime.createIncidentQuery()
                        .processInstanceId(job.getProcessInstanceId())
                        .count())
                .isZero();
    }

    @Test
    void mailQueuedOnePerTransactionIsSentByOneDelivery() {
        runDeliveries();
        int before = smtp.getReceivedMessages().length;
        for (int i = 0; i < 20; i++) {
            int n = i;
            tx.executeWithoutResult(s -> outbox.queue(reminder(n)));
        }
        assertThat(deliveryJobs())
                .as("twenty transactions, each queueing a mail, wake one delivery")
                .hasSize(1);
        runDeliveries();
        assertThat(smtp.getReceivedMessages()).hasSize(before + 20);
        assertThat(deliveryJobs()).isEmpty();
    }

    @Test
    void mailQueuedInATransactionOfItsOwnWithinAnotherIsSentWhenTheOuterRollsBack() {
        runDeliveries();
        TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        long[] committed = new long[1];
        tx.executeWithoutResult(outer -> {
            outbox.queue(reminder(1));
            committed[0] =
                    ownTransaction.execute(inner -> outbox.queue(reminder(2)).getId());
            outer.setRollbackOnly();
        });
        assertThat(deliveryJobs()).as("the inner transaction's own wake-up").hasSize(1);
        runDeliveries();
        assertThat(mails.findById(committed[0]))
                .get()
                .extracting(OutgoingMail::getStatus)
                .isEqualTo(MailStatus.SENT);
    }

    @Test
    void aMailQueuedAfterADeliveryBeganWakesANewOne() {
        Job waiting = deliveryJobs().get(0);
        management.executeJob(waiting.getId());
        long later = tx.execute(s -> outbox.queue(reminder(99)).getId());
        assertThat(deliveryJobs())
                .as("the first delivery has begun, so the next mail needs another")
                .hasSize(1);
        runDeliveries();
        assertThat(received()).hasSize(3);
        assertThat(mails.findById(later))
                .get()
                .extracting(OutgoingMail::getStatus)
                .isEqualTo(MailStatus.SENT);
    }

    @Test
    void aMailWhoseDeliveryWasLostIsDeliveredWhenANodeStartsAndOnlyOnce() {
        // What a crash of the embedded database can leave behind: the mail's row without its delivery.
        for (Job job : deliveryJobs()) {
            runtime.deleteProcessInstance(job.getProcessInstanceId(), "lost at a crash");
        }
        assertThat(deliveryJobs()).isEmpty();

        assertThat(undelivered.restartLostDeliveries())
                .as("the next node to start")
                .isEqualTo(1);
        assertThat(undelivered.restartLostDeliveries())
                .as("another node starting after it")
                .isZero();
        runDeliveries();
        assertThat(received()).hasSize(3);
        assertThat(mailsOfMeeting()).extracting(OutgoingMail::getStatus).containsOnly(MailStatus.SENT);
        assertThat(undelivered.restartLostDeliveries())
                .as("mails sent are left alone")
                .isZero();
    }

    @Test
    void aDeliveryThatLostItsJobIsReplacedWhenANodeStartsAndTheMailArrivesOnce() {
        // Also seen after a kill on H2: the delivery's instance is back, its job is not.
        Job job = deliveryJobs().get(0);
        String instance = job.getProcessInstanceId();
        management.deleteJob(job.getId());

        assertThat(undelivered.restartLostDeliveries())
                .as("the next node to start")
                .isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(instance)
                        .count())
                .as("the stuck instance")
                .isZero();
        assertThat(undelivered.restartLostDeliveries())
                .as("another node starting after it")
                .isZero();
        runDeliveries();
        assertThat(received()).hasSize(3);
        assertThat(mailsOfMeeting()).extracting(OutgoingMail::getStatus).containsOnly(MailStatus.SENT);
    }

    @Test
    void aMailBeingSentByOneDeliveryIsSkippedByAnotherAtOnceAndIsFreeAfterwards() throws Exception {
        long mail = mailsOfMeeting().get(0).getId();
        TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> sending = first.submit(() -> ownTransaction.execute(s -> {
                boolean got = rowLock.lockIfFree(mail);
                locked.countDown();
                try {
                    done.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return got;
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            long asked = System.nanoTime();
            assertThat((boolean) ownTransaction.execute(s -> rowLock.lockIfFree(mail)))
                    .as("while the first delivery holds it")
                    .isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - asked))
                    .as("answered at once, not after a lock wait")
                    .isLessThan(Duration.ofSeconds(1));
            done.countDown();
            assertThat(sending.get(10, TimeUnit.SECONDS))
                    .as("the first delivery's lock")
                    .isTrue();
            assertThat((boolean) ownTransaction.execute(s -> rowLock.lockIfFree(mail)))
                    .as("after the first delivery's transaction ended")
                    .isTrue();
        } finally {
            done.countDown();
            first.shutdownNow();
        }
    }

    @Test
    void aMailRefusedForGoodIsLeftAloneUntilAManagerSendsItAgainToTheAddressTheRegisterHasNow() throws Exception {
        long id = tx.execute(s -> outbox.queue(reminder(7)).getId());
        // What five refusals leave (the server answered 550 each time), through the same steps a delivery takes.
        tx.executeWithoutResult(s -> {
            OutgoingMail mail = mails.findById(id).orElseThrow();
            for (int i = 0; i < MailDelivery.MAX_REFUSALS; i++) {
                mail.markRefused("SMTPAddressFailedException: 550 5.1.1 no such user", MailDelivery.MAX_REFUSALS);
            }
        });
        runDeliveries();
        assertThat(mails.findById(id)).get().extracting(OutgoingMail::getStatus).isEqualTo(MailStatus.FAILED);
        assertThat(arrived(id)).as("a failed mail is not tried again by itself").isEmpty();

        String before = jdbc.queryForObject("select email from tf_person where username = 'street01'", String.class);
        try {
            jdbc.update(
                    "update tf_person set email = 'street01.new@demo.targetflow.local' where username = 'street01'");
            OutgoingMail queued = failed.sendAgain(id);
            assertThat(queued.getRecipientEmail()).isEqualTo("street01.new@demo.targetflow.local");
            assertThat(deliveryJobs()).as("a delivery woken for it").isNotEmpty();
            runDeliveries();
            List<MimeMessage> arrived = arrived(id);
            assertThat(arrived).hasSize(1);
            assertThat(((InternetAddress) arrived.get(0).getAllRecipients()[0]).getAddress())
                    .isEqualTo("street01.new@demo.targetflow.local");
            assertThat(mails.findById(id))
                    .get()
                    .extracting(OutgoingMail::getStatus, OutgoingMail::getAttempts, OutgoingMail::getLastError)
                    .containsExactly(MailStatus.SENT, 1, null);
            assertThatThrownBy(() -> failed.sendAgain(id))
                    .as("a mail sent is not sent again")
                    .isInstanceOf(Refusal.class)
                    .hasFieldOrPropertyWithValue("messageKey", "error.mail.not-failed");
        } finally {
            jdbc.update("update tf_person set email = ? where username = 'street01'", before);
        }
    }

    private List<MimeMessage> arrived(long mailId) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> String.valueOf(mailId).equals(header(message, "X-TargetFlow-Mail")))
                .toList();
    }

    /** Runs every waiting delivery (the job executor is off in tests); each sends all mail queued. */
    private void runDeliveries() {
        deliveryJobs().forEach(job -> management.executeJob(job.getId()));
    }

    private List<Job> deliveryJobs() {
        return management.createJobQuery().processDefinitionKey("mail-delivery").list();
    }

    /** What arrived of this test's meeting (earlier tests' mail went out before it began). */
    private List<MimeMessage> received() {
        List<String> ours =
                mailsOfMeeting().stream().map(m -> String.valueOf(m.getId())).toList();
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> ours.contains(header(message, "X-TargetFlow-Mail")))
                .toList();
    }

    private static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MailMessage reminder(int n) {
        return new MailMessage(
                new MailMessage.Recipient("street01", "street01@demo.targetflow.local", Language.ZH),
                MailKind.TASK_REMINDER,
                Map.of(
                        "name",
                        "张三",
                        "taskName",
                        "压测提醒 " + n,
                        "unitName",
                        "东城街道科协",
                        "due",
                        "2026-04-10 17:30",
                        "daysLate",
                        0,
                        "historyLink",
                        "http://localhost:8080/escalations/t-" + n,
                        "subjectArgs",
                        new Object[] {"压测提醒 " + n, "东城街道科协"}),
                null,
                null,
                null);
    }

    private List<OutgoingMail> mailsOfMeeting() {
        return mails.findByMeetingIdOrderById(meetingId);
    }

    private static List<BodyPart> leaves(Part part) throws Exception {
        List<BodyPart> found = new ArrayList<>();
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int n = 0; n < multipart.getCount(); n++) {
                BodyPart child = multipart.getBodyPart(n);
                if (child.getContent() instanceof Multipart) {
                    found.addAll(leaves(child));
                } else {
                    found.add(child);
                }
            }
        }
        return found;
    }

    private static String contentType(BodyPart part) {
        try {
            return part.getContentType().toLowerCase();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String districtName() {
        return units.findByKindOrderByCode(UnitKind.DISTRICT_ASSOCIATION).get(0).getName();
    }
}
