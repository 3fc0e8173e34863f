package com.targetflow.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.targetflow.DebianClients;
import com.targetflow.models.MailInboxModel;
import com.targetflow.notification.InboundMail;
import com.targetflow.notification.InboundMails;
import com.targetflow.notification.InboundOutcome;
import com.targetflow.notification.InboxForTests;
import com.targetflow.notification.MailInbox;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.OutgoingMail;
import com.targetflow.notification.SentMails;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
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
 * Answering from the calendar completes the reply. TargetFlow has a mailbox of its own (GreenMail's
 * IMAP here, real SMTP for the invitations): each invitation names it as organizer and asks for an
 * answer; the answers are written as Outlook, Apple Mail and Thunderbird write them, sent over SMTP
 * to that mailbox, and read when the engine fires mail-inbox's timer. Runs on H2 and on PostgreSQL.
 */
@SpringBootTest(
        properties = {
            "camunda.bpm.process-engine-name=inboxtests",
            "targetflow.mail.from=kexie@district.example",
            "targetflow.mail.reply-to=bangongshi@district.example",
            "targetflow.mail.inbox.protocol=imap",
            "targetflow.mail.inbox.host=127.0.0.1",
            "targetflow.mail.inbox.username=huizhi@district.example",
            "targetflow.mail.inbox.password=inbox-secret-2026"
        })
@ActiveProfiles({"test", "demo"})
class CalendarReplyTest {

    private static final String INBOX = "huizhi@district.example";
    private static final int SMTP_PORT = freePort();
    private static final int IMAP_PORT = freePort();
    private static final AtomicInteger YEARS = new AtomicInteger(2110);

    @RegisterExtension
    static GreenMailExtension mailServer = new GreenMailExtension(new ServerSetup[] {
                new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            })
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(INBOX, INBOX, "inbox-secret-2026"));

    @DynamicPropertySource
    static void mailServers(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("targetflow.mail.inbox.port", () -> IMAP_PORT);
    }

    @Autowired
    MeetingService meetings;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    RepositoryService repository;

    @Autowired
    SentMails mails;

    @Autowired
    InboundMails inbound;

    @Autowired
    InboxForTests inboxRecords;

    @Autowired
    MailInbox inbox;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    MeetingViews views;

    int year;
    long meetingId;

    @BeforeEach
    void aMeetingPreparedForFourSecretaries() {
        year = YEARS.incrementAndGet();
        meetingId = tx.execute(s -> meetings.plan(MeetingType.SUBDISTRICT_SECRETARIES, LocalDate.of(year, 6, 15))
                .getId());
        Task prepare = tasks.createTaskQuery()
                .processInstanceBusinessKey(MeetingService.businessKey(meetingId))
                .singleResult();
        tasks.setAssignee(prepare.getId(), "manager");
        tasks.complete(
                prepare.getId(),
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
                        List.of("street01", "street02", "street03", "street04")));
        deliverMeetingMails();
    }

    @Test
    void outlookAcceptAppleDeclineWithACommentAndThunderbirdTentativeAnswerTheReplies() throws Exception {
        CalendarClients.Invitation invitation = invitationReceivedBy("street01@demo.targetflow.local");
        assertThat(invitation.organizer()).isEqualTo(INBOX);

        send(CalendarClients.outlook(
                invitationReceivedBy("street01@demo.targetflow.local"),
                "street01@demo.targetflow.local",
                "街道一秘书长",
                "ACCEPTED",
                null));
        send(CalendarClients.appleMail(
                invitationReceivedBy("street02@demo.targetflow.local"),
                "street02@demo.targetflow.local",
                "街道二秘书长",
                "DECLINED",
                "当天下午参加区安全生产检查，无法参会，由副秘书长另行汇报。"));
        send(CalendarClients.thunderbird(
                invitationReceivedBy("street03@demo.targetflow.local"),
                "street03@demo.targetflow.local",
                "街道三秘书长",
                "TENTATIVE",
                "可能与街道党工委会议冲突，确定后再答复"));

        fireInboxTimer();

        assertThat(invitees())
                .extracting(i -> i.getPerson().getUsername(), Invitee::getReply, Invitee::getReason)
                .containsExactly(
                        tuple("street01", Reply.ATTEND, null),
                        tuple("street02", Reply.ABSENT, "当天下午参加区安全生产检查，无法参会，由副秘书长另行汇报。"),
                        tuple("street03", null, null),
                        tuple("street04", null, null));
        assertThat(openReplyTasks()).containsExactlyInAnyOrder("street03", "street04");
        Task tentative = replyTask("street03");
        assertThat(tasks.getTaskComments(tentative.getId()))
                .extracting(c -> c.getFullMessage())
                .containsExactly("通过日历答复：暂定。参会回执尚未填写，请在工作台确认。可能与街道党工委会议冲突，确定后再答复");
        assertThat(history.createHistoricTaskInstanceQuery()
                        .processInstanceBusinessKey(MeetingService.businessKey(meetingId))
                        .taskDefinitionKey(MeetingInvitations.REPLY_TASK)
                        .finished()
                        .list())
                .extracting(t -> t.getAssignee())
                .containsExactlyInAnyOrder("street01", "street02");
        assertThat(recorded())
                .extracting(InboundMail::getOutcome, InboundMail::getAttendee)
                .containsExactly(
                        tuple(InboundOutcome.ANSWERED_ATTEND, "street01@demo.targetflow.local"),
                        tuple(InboundOutcome.ANSWERED_ABSENT, "street02@demo.targetflow.local"),
                        tuple(InboundOutcome.NOTED, "street03@demo.targetflow.local"));
        assertThat(unreadInInbox()).isZero();
        // The district sees on the meeting's page what arrived and what it did; a unit does not.
        assertThat(views.mailboxAnswers(meetingId, () -> "manager"))
                .extracting(MeetingViews.MailboxAnswer::outcome)
                .containsExactly("ANSWERED_ATTEND", "ANSWERED_ABSENT", "NOTED");
        assertThat(views.mailboxAnswers(meetingId, () -> "street01")).isEmpty();

        // Read again (the next minute, or another node): nothing is done twice.
        fireInboxTimer();
        assertThat(recorded()).hasSize(3);
        assertThat(invitees()).extracting(Invitee::getReply).containsExactly(Reply.ATTEND, Reply.ABSENT, null, null);
    }

    @Test
    void theInvitationAsksCalendarsToAnswerTheMailboxAndPlainRepliesGoThere() throws Exception {
        MimeMessage received = invitationMessage("street01@demo.targetflow.local");
        assertThat(received.getReplyTo()).extracting(Object::toString).containsExactly(INBOX);
        String calendar = calendarOf(received);
        assertThat(calendar).contains("RSVP=TRUE", "ORGANIZER;CN=区科协:mailto:" + INBOX, "PARTSTAT=NEEDS-ACTION");
        assertThat(received.getMessageID()).matches("<targetflow-mail-\\d+@district\\.example>");
        // Read by Debian's python3-icalendar, not the library that wrote it, with every property RFC 5545 and iTIP
        // require.
        Path folder = Files.createDirectories(
                Path.of("target", "calendars", String.valueOf(year)).toAbsolutePath());
        Path file = Files.writeString(folder.resolve("INVITATION-with-mailbox.ics"), calendar);
        String read =
                InvitationCalendarTest.python(DebianClients.requirePython("icalendar", "python3-icalendar"), file);
        assertThat(read).doesNotContain(" missing ").contains("INVITATION-with-mailbox.ics REQUEST", "rsvp TRUE");
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("mail-inbox")
                        .active()
                        .count())
                .isOne();
    }

    @Test
    void theSameMessageTwiceAStrangerAndSomeoneAnsweringForAnotherChangeNothing() throws Exception {
        CalendarClients.Invitation invitation = invitationReceivedBy("street01@demo.targetflow.local");
        String accept =
                CalendarClients.outlook(invitation, "street01@demo.targetflow.local", "街道一秘书长", "ACCEPTED", null);
        send(accept);
        send(accept);
        // street05 is not invited; street06 answers in street02's name.
        send(CalendarClients.outlook(invitation, "street05@demo.targetflow.local", "街道五秘书长", "ACCEPTED", null));
        send(CalendarClients.thunderbird(
                        invitationReceivedBy("street02@demo.targetflow.local"),
                        "street02@demo.targetflow.local",
                        "街道二秘书长",
                        "DECLINED",
                        "冒名")
                .replace("From: ", "X-Original-From: ")
                .replaceFirst("Message-ID:", "From: street06@demo.targetflow.local\r\nMessage-ID:"));

        fireInboxTimer();

        assertThat(invitees()).extracting(Invitee::getReply).containsExactly(Reply.ATTEND, null, null, null);
        assertThat(recorded())
                .extracting(InboundMail::getOutcome, InboundMail::getAttendee, InboundMail::getFromAddress)
                .containsExactly(
                        tuple(
                                InboundOutcome.ANSWERED_ATTEND,
                                "street01@demo.targetflow.local",
                                "street01@demo.targetflow.local"),
                        tuple(
                                InboundOutcome.IGNORED_NOT_INVITEE,
                                "street05@demo.targetflow.local",
                                "street05@demo.targetflow.local"),
                        tuple(
                                InboundOutcome.IGNORED_NOT_INVITEE,
                                "street02@demo.targetflow.local",
                                "street06@demo.targetflow.local"));
        assertThat(history.createHistoricTaskInstanceQuery()
                        .processInstanceBusinessKey(MeetingService.businessKey(meetingId))
                        .taskDefinitionKey(MeetingInvitations.REPLY_TASK)
                        .finished()
                        .count())
                .isOne();
    }

    @Test
    void anAnswerToTheMeetingBeforeItMovedOrToACancelledMeetingIsRecordedAndIgnored() throws Exception {
        CalendarClients.Invitation first = invitationReceivedBy("street01@demo.targetflow.local");
        tx.executeWithoutResult(s -> meetings.reschedule(
                meetingId, LocalDate.of(year, 6, 18), LocalTime.of(9, 30), LocalTime.of(11, 30), null));
        deliverMeetingMails();
        send(CalendarClients.outlook(first, "street01@demo.targetflow.local", "街道一秘书长", "ACCEPTED", null));
        CalendarClients.Invitation moved = invitationReceivedBy("street02@demo.targetflow.local");
        assertThat(moved.sequence()).isOne();
        send(CalendarClients.outlook(moved, "street02@demo.targetflow.local", "街道二秘书长", "ACCEPTED", null));
        fireInboxTimer();
        assertThat(recorded())
                .extracting(InboundMail::getOutcome)
                .containsExactly(InboundOutcome.IGNORED_OUTDATED, InboundOutcome.ANSWERED_ATTEND);
        assertThat(invitees()).extracting(Invitee::getReply).containsExactly(null, Reply.ATTEND, null, null);

        tx.executeWithoutResult(s -> meetings.cancel(meetingId, "与全区安全生产会议冲突"));
        send(CalendarClients.thunderbird(moved, "street03@demo.targetflow.local", "街道三秘书长", "ACCEPTED", ""));
        fireInboxTimer();
        assertThat(recorded())
                .extracting(InboundMail::getOutcome)
                .containsExactly(
                        InboundOutcome.IGNORED_OUTDATED,
                        InboundOutcome.ANSWERED_ATTEND,
                        InboundOutcome.IGNORED_CANCELLED);
    }

    @Test
    void aPlainReplyIsForwardedToTheOrganizerAndAnOutOfOfficeNoteIsNot() throws Exception {
        CalendarClients.Invitation invitation = invitationReceivedBy("street03@demo.targetflow.local");
        send(CalendarClients.plainReply(
                invitation, "street03@demo.targetflow.local", "街道三秘书长", "王老师您好，我街道的汇报材料能否会后补交？", INBOX));
        send(CalendarClients.outOfOffice(invitation, "street04@demo.targetflow.local", "街道四秘书长"));
        fireInboxTimer();

        assertThat(recorded())
                .extracting(InboundMail::getOutcome)
                .containsExactly(InboundOutcome.FORWARDED, InboundOutcome.IGNORED_AUTOMATIC);
        List<OutgoingMail> forwarded = mails.findByMeetingIdOrderById(meetingId).stream()
                .filter(m -> m.getKind() == MailKind.REPLY_FORWARDED)
                .toList();
        assertThat(forwarded).extracting(OutgoingMail::getRecipientUsername).containsExactly("manager");
        assertThat(forwarded.get(0).getBodyText())
                .contains("street03@demo.targetflow.local", "汇报材料能否会后补交")
                .doesNotContain("兹定于以下时间召开会议");
        assertThat(invitees()).extracting(Invitee::getReply).containsOnlyNulls();
    }

    @Test
    void twoNodesReadingTheSameAnswerAtOnceCompleteTheReplyOnce() throws Exception {
        send(CalendarClients.outlook(
                invitationReceivedBy("street01@demo.targetflow.local"),
                "street01@demo.targetflow.local",
                "街道一秘书长",
                "ACCEPTED",
                null));
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        Callable<Integer> read = () -> tx.execute(s -> inbox.read());
        List<Future<Integer>> runs = nodes.invokeAll(List.of(read, read));
        nodes.shutdown();
        int succeeded = 0;
        for (Future<Integer> run : runs) {
            try {
                succeeded += run.get();
            } catch (ExecutionException lost) {
                // the node that lost the race rolls back; what it read stays for the next run
            }
        }
        assertThat(succeeded).isOne();
        fireInboxTimer();
        assertThat(recorded()).extracting(InboundMail::getOutcome).containsExactly(InboundOutcome.ANSWERED_ATTEND);
        assertThat(history.createHistoricTaskInstanceQuery()
                        .processInstanceBusinessKey(MeetingService.businessKey(meetingId))
                        .taskDefinitionKey(MeetingInvitations.REPLY_TASK)
                        .finished()
                        .count())
                .isOne();
        assertThat(unreadInInbox()).isZero();
    }

    @Test
    void aReadThatRollsBackLeavesTheAnswerUnreadForTheNextRun() throws Exception {
        send(CalendarClients.outlook(
                invitationReceivedBy("street04@demo.targetflow.local"),
                "street04@demo.targetflow.local",
                "街道四秘书长",
                "DECLINED",
                "区里同日召开科普日筹备会"));
        // e.g. the node dies or the database fails before the record commits
        tx.executeWithoutResult(s -> {
            assertThat(inbox.read()).isOne();
            s.setRollbackOnly();
        });
        assertThat(recorded()).isEmpty();
        assertThat(unreadInInbox()).isOne();
        assertThat(invitees()).extracting(Invitee::getReply).containsOnlyNulls();

        fireInboxTimer();
        assertThat(invitees())
                .extracting(Invitee::getReply, Invitee::getReason)
                .last()
                .isEqualTo(tuple(Reply.ABSENT, "区里同日召开科普日筹备会"));
        assertThat(unreadInInbox()).isZero();
    }

    @Test
    void aMessageTheServerCannotDescribeIsSetAsideAndTheRestAreStillRead() throws Exception {
        // A sender that wrote the whole From line, address included, as one encoded word: the IMAP
        // server cannot give its envelope, and no client can read it.
        send("""
                From: =?utf-8?b?5YiY5LyfIDxzdHJlZXQwMUBkZW1vLnRhcmdldGZsb3cubG9jYWw+?=\r
                To: huizhi@district.example\r
                Subject: ACCEPTED: meeting\r
                Message-ID: <broken-from-1@localhost>\r
                MIME-Version: 1.0\r
                Content-Type: text/plain; charset=utf-8\r
                \r
                broken\r
                """);
        send(CalendarClients.outlook(
                invitationReceivedBy("street02@demo.targetflow.local"),
                "street02@demo.targetflow.local",
                "街道二秘书长",
                "ACCEPTED",
                null));
        fireInboxTimer();
        assertThat(invitees()).extracting(Invitee::getReply).containsExactly(null, Reply.ATTEND, null, null);
        assertThat(unreadInInbox())
                .as("the broken one is set aside too, not read again every minute")
                .isZero();
        assertThat(inboxRecords.findAll())
                .anyMatch(m -> m.getOutcome() == InboundOutcome.UNMATCHED
                        && m.getDetail() != null
                        && m.getDetail().startsWith("unreadable"));
    }

    // ---- helpers

    private void fireInboxTimer() {
        Job timer = management
                .createJobQuery()
                .activityId(MailInboxModel.EVENT_INBOX_DUE)
                .singleResult();
        assertThat(timer).as("mail-inbox's timer").isNotNull();
        management.executeJob(timer.getId());
        deliverMeetingMails();
    }

    /** Runs the waiting mail deliveries: each sends every mail queued, this meeting's among them. */
    private void deliverMeetingMails() {
        for (Job job : management
                .createJobQuery()
                .processDefinitionKey("mail-delivery")
                .list()) {
            management.executeJob(job.getId());
        }
    }

    private List<Invitee> invitees() {
        return tx.execute(s -> meetings.inviteesOf(meetings.find(meetingId)).stream()
                .peek(i -> i.getPerson().getUsername())
                .toList());
    }

    private List<InboundMail> recorded() {
        return inbound.findByMeetingIdOrderById(meetingId);
    }

    private List<String> openReplyTasks() {
        return tasks
                .createTaskQuery()
                .processInstanceBusinessKey(MeetingService.businessKey(meetingId))
                .taskDefinitionKey(MeetingInvitations.REPLY_TASK)
                .list()
                .stream()
                .map(Task::getAssignee)
                .toList();
    }

    private Task replyTask(String username) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(MeetingService.businessKey(meetingId))
                .taskDefinitionKey(MeetingInvitations.REPLY_TASK)
                .taskAssignee(username)
                .singleResult();
    }

    /** The newest invitation in the invitee's mailbox, as their calendar reads it. */
    private MimeMessage invitationMessage(String email) throws Exception {
        MimeMessage newest = null;
        for (MimeMessage message : mailServer.getReceivedMessagesForDomain(email)) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(email)
                    && calendarOf(message) != null
                    && calendarOf(message).contains("METHOD:REQUEST")) {
                newest = message;
            }
        }
        assertThat(newest).as("invitation to " + email).isNotNull();
        return newest;
    }

    private CalendarClients.Invitation invitationReceivedBy(String email) throws Exception {
        MimeMessage message = invitationMessage(email);
        ICalendar calendar = Biweekly.parse(calendarOf(message)).first();
        VEvent event = calendar.getEvents().get(0);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        return new CalendarClients.Invitation(
                event.getUid().getValue(),
                event.getSequence().getValue(),
                event.getOrganizer().getEmail(),
                event.getSummary().getValue(),
                LocalDateTime.ofInstant(event.getDateStart().getValue().toInstant(), zone),
                LocalDateTime.ofInstant(event.getDateEnd().getValue().toInstant(), zone),
                message.getMessageID());
    }

    private static String calendarOf(Part part) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = calendarOf(child);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return part.isMimeType("text/calendar")
                ? new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                : null;
    }

    /** Over SMTP to the mailbox, as the client's mail server would hand it on (headers as the client wrote them). */
    private static void send(String raw) throws Exception {
        Properties settings = new Properties();
        settings.put("mail.smtp.host", "127.0.0.1");
        settings.put("mail.smtp.port", String.valueOf(SMTP_PORT));
        Session session = Session.getInstance(settings);
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, new InternetAddress[] {new InternetAddress(INBOX)});
        }
    }

    private static int unreadInInbox() throws Exception {
        Properties settings = new Properties();
        Session session = Session.getInstance(settings);
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", IMAP_PORT, INBOX, "inbox-secret-2026");
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            int unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false)).length;
            folder.close(false);
            return unread;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
