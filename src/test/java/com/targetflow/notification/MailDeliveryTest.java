package com.targetflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.targetflow.meetings.MeetingService;
import com.targetflow.meetings.MeetingType;
import com.targetflow.organisation.UnitKind;
import com.targetflow.organisation.Units;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
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

    @BeforeEach
    void aMeetingPreparedForThreeSecretaries() {
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
        assertThat(deliverAll()).isEqualTo(3);

        MimeMessage[] received = smtp.getReceivedMessages();
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
        for (Job job : mailJobs()) {
            assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("not sent");
        }
        assertThat(mailJobs()).hasSize(3).allSatisfy(job -> {
            assertThat(job.getRetries()).isEqualTo(4);
            assertThat(job.getExceptionMessage()).contains("not sent");
            assertThat(job.getDuedate()).isAfter(new Date());
        });
        assertThat(mailsOfMeeting()).extracting(OutgoingMail::getStatus).containsOnly(MailStatus.RETRYING);
        assertThat(mailsOfMeeting()).extracting(OutgoingMail::getAttempts).containsOnly(1);

        smtp.start();
        assertThat(deliverAll()).isEqualTo(3);
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(mailJobs()).isEmpty();
        assertThat(mailsOfMeeting()).extracting(OutgoingMail::getStatus).containsOnly(MailStatus.SENT);
        assertThat(mailsOfMeeting()).extracting(OutgoingMail::getAttempts).containsOnly(2);
    }

    @Test
    void whenRetriesRunOutAnIncidentWaitsAndAManagersRetryDeliversTheMail() {
        smtp.stop();
        Job job = mailJobs().get(0);
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
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(runtime.createIncidentQuery()
                        .processInstanceId(job.getProcessInstanceId())
                        .count())
                .isZero();
    }

    @Test
    void aMailWhoseDeliveryWasLostIsDeliveredWhenANodeStartsAndOnlyOnce() {
        // What a crash of the embedded database can leave behind: the mail's row without its delivery.
        OutgoingMail lost = mailsOfMeeting().get(0);
        runtime.deleteProcessInstance(
                runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey("mail-" + lost.getId())
                        .singleResult()
                        .getId(),
                "lost at a crash");
        assertThat(mailJobs()).hasSize(2);

        assertThat(undelivered.restartLostDeliveries())
                .as("the next node to start")
                .isEqualTo(1);
        assertThat(undelivered.restartLostDeliveries())
                .as("another node starting after it")
                .isZero();
        assertThat(deliverAll()).isEqualTo(3);
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(mailsOfMeeting()).extracting(OutgoingMail::getStatus).containsOnly(MailStatus.SENT);
        assertThat(undelivered.restartLostDeliveries())
                .as("mails sent are left alone")
                .isZero();
    }

    @Test
    void aDeliveryThatLostItsJobIsReplacedWhenANodeStartsAndTheMailArrivesOnce() {
        // Also seen after a kill on H2: the delivery's instance is back, its job is not.
        OutgoingMail stuck = mailsOfMeeting().get(1);
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("mail-" + stuck.getId())
                .singleResult()
                .getId();
        management.deleteJob(management
                .createJobQuery()
                .processInstanceId(instance)
                .singleResult()
                .getId());

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
        assertThat(deliverAll()).isEqualTo(3);
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(mailsOfMeeting()).extracting(OutgoingMail::getStatus).containsOnly(MailStatus.SENT);
    }

    private int deliverAll() {
        List<Job> jobs = mailJobs();
        jobs.forEach(job -> management.executeJob(job.getId()));
        return jobs.size();
    }

    private List<Job> mailJobs() {
        List<String> ours =
                mailsOfMeeting().stream().map(m -> "mail-" + m.getId()).toList();
        return management.createJobQuery().processDefinitionKey("mail-delivery").list().stream()
                .filter(j -> ours.contains(runtime.createProcessInstanceQuery()
                        .processInstanceId(j.getProcessInstanceId())
                        .singleResult()
                        .getBusinessKey()))
                .toList();
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
