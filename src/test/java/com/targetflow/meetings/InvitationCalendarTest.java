package com.targetflow.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DebianClients;
import com.targetflow.DemoDistrictTest;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.OutgoingMail;
import com.targetflow.notification.SentMails;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.PlanService;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations and cancellations as RFC 5545 and a calendar see them: every line at most 75 octets
 * (Chinese text is three a character), read back by Debian's python3-icalendar (which .ci/run
 * installs), not by the library that wrote them. Without a mailbox of its own (none is configured
 * here, as in the demo) a calendar must not offer Accept/Decline: RSVP=FALSE, the entry links to the
 * reply task on the workbench, and mail-inbox stays suspended. (With a mailbox: CalendarReplyTest.)
 */
@DemoDistrictTest
class InvitationCalendarTest {

    /** One line per fact of each file given, and a line for each property RFC 5545 / iTIP (RFC 5546) requires and it lacks. */
    static final String READ = """
            import sys, icalendar
            for name in sys.argv[1:]:
                calendar = icalendar.Calendar.from_ical(open(name, "rb").read())
                for required in ("PRODID", "VERSION", "METHOD"):
                    if calendar.get(required) is None:
                        print(name.split("/")[-1], "missing", required)
                zones = [str(tz.get("TZID")) for tz in calendar.walk("VTIMEZONE")]
                for event in calendar.walk("VEVENT"):
                    for required in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SEQUENCE", "ORGANIZER", "ATTENDEE", "SUMMARY"):
                        if event.get(required) is None:
                            print(name.split("/")[-1], "missing", required)
                    tzid = event.get("DTSTART").params.get("TZID")
                    if tzid is not None and tzid not in zones:
                        print(name.split("/")[-1], "missing VTIMEZONE", tzid)
                    attendee = event.get("ATTENDEE")
                    print(name.split("/")[-1], calendar.get("METHOD"), "uid", event.get("UID"), "sequence", event.get("SEQUENCE"),
                          "rsvp", attendee.params.get("RSVP"), "url", event.get("URL"),
                          "summary", event.get("SUMMARY"), "tz", event.get("DTSTART").dt.tzinfo is not None)
                    print(name.split("/")[-1], "description", str(event.get("DESCRIPTION")).replace("\\n", " | "))
            """;

    @Autowired
    PlanService plans;

    @Autowired
    MeetingService meetings;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    SentMails mails;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    RepositoryService repository;

    @Test
    void everyInvitationAndCancellationIsValidICalendarAndSendsNoReplyNowhere() throws Exception {
        int year = 2105;
        tx.executeWithoutResult(s -> {
            AnnualPlan plan = plans.createDraft(year);
            plans.addTarget(plan, "MTG-1", "DIST", BigDecimal.ONE, LocalDate.of(year, 12, 31));
            plans.issue(plan);
        });
        long meetingId = meetings.ofYear(year).get(0).getId();
        String meeting = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("meeting-" + meetingId)
                .singleResult()
                .getId();
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(meeting)
                        .singleResult()
                        .getId(),
                Map.of(
                        "meetingDate",
                        year + "-03-18",
                        "startTime",
                        "09:30",
                        "endTime",
                        "11:30",
                        "place",
                        "区科协三楼会议室（东城区和平里大街 18 号科技服务中心大楼三层东侧第二会议室）",
                        "agenda",
                        "通报第一季度目标任务进展；部署科普画廊更新、市民科普学校讲座安排、科普志愿者培训与年中检查工作",
                        "trainingTopic",
                        "新时代科普工作方法",
                        "trainer",
                        "区科协 王伟",
                        "invitees",
                        List.of("street01", "street02")));
        tx.executeWithoutResult(s -> meetings.cancel(meetingId, "与全区安全生产会议冲突"));

        List<OutgoingMail> sent = mails.findByMeetingIdOrderById(meetingId).stream()
                .filter(m -> m.getKind() == MailKind.INVITATION || m.getKind() == MailKind.CANCELLATION)
                .toList();
        assertThat(sent).hasSize(4);
        Path folder = Files.createDirectories(
                Path.of("target", "calendars", String.valueOf(year)).toAbsolutePath());
        String replyTask = null;
        for (OutgoingMail mail : sent) {
            for (String line : mail.getCalendar().split("\r\n")) {
                assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                        .as("%s: %s", mail.getKind(), line)
                        .isLessThanOrEqualTo(75);
            }
            Files.writeString(
                    folder.resolve(mail.getKind() + "-" + mail.getRecipientUsername() + ".ics"), mail.getCalendar());
            if (mail.getKind() == MailKind.INVITATION
                    && mail.getRecipientUsername().equals("street01")) {
                replyTask = mail.getTaskId();
            }
        }

        String read = python(
                DebianClients.requirePython("icalendar", "python3-icalendar"),
                folder.resolve("INVITATION-street01.ics"),
                folder.resolve("CANCELLATION-street01.ics"));
        assertThat(read).doesNotContain(" missing ");
        String uid = meetings.find(meetingId).getCalendarUid();
        assertThat(read.lines())
                .contains(
                        "INVITATION-street01.ics REQUEST uid " + uid
                                + " sequence 0 rsvp FALSE url http://localhost:8080/workbench/tasks/" + replyTask
                                + " summary 地区科协秘书长例会（" + year + "-03-18） tz True",
                        "CANCELLATION-street01.ics CANCEL uid " + uid
                                + " sequence 1 rsvp None url http://localhost:8080/meetings/" + meetingId
                                + " summary 地区科协秘书长例会（" + year + "-03-18） tz True");
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("mail-inbox")
                        .suspended()
                        .count())
                .isOne();
        assertThat(read)
                .contains(
                        "INVITATION-street01.ics description 议程: 通报第一季度目标任务进展；部署科普画廊更新",
                        "请在工作台填写参会回执：http://localhost:8080/workbench/tasks/" + replyTask);
    }

    static String python(String python3, Path... files) throws Exception {
        List<String> command = new ArrayList<>(List.of(python3, "-c", READ));
        for (Path file : files) {
            command.add(file.toString());
        }
        Process python = new ProcessBuilder(command).redirectErrorStream(true).start();
        String read = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as(read).isZero();
        return read;
    }
}
