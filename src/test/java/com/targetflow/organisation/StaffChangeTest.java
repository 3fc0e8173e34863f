package com.targetflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DemoDistrictTest;
import com.targetflow.meetings.Invitee;
import com.targetflow.meetings.MeetingService;
import com.targetflow.meetings.MeetingType;
import com.targetflow.notification.MailKind;
import com.targetflow.notification.OutgoingMail;
import com.targetflow.notification.SentMails;
import com.targetflow.web.BrowserSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 人员变动 in one step, as the administrator does it on the people page: street05 leaves, street05b
 * (added the same morning) takes over SD05's secretary-general post, finds street05's open tasks on
 * the workbench with the handover in each task's story and a meeting invitation in their name, and gets
 * one mail listing it all; street05 cannot sign in any more but keeps their name in history. A refused
 * change (unknown successor, the leaver themself, someone who left) changes nothing. Year 2125.
 */
@DemoDistrictTest
// People are added and leave here: a context of their own, so that other tests' units keep their staff.
@TestPropertySource(properties = "camunda.bpm.process-engine-name=peoplechanges")
class StaffChangeTest {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    MeetingService meetings;

    @Autowired
    PersonRepository people;

    @Autowired
    SentMails mails;

    @Autowired
    TransactionTemplate tx;

    @Test
    void street05LeavesAndStreet05bFindsTheirWorkWithItsStory() {
        assertThat(addPerson("street05b", "街道五新秘书长", "street05b@demo.targetflow.local", "SD05", "Jiedao-Wu-2027")
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        // street05 holds a task of the unit's (claimed) and a meeting reply in their name.
        Task claimed = tasks.createTaskQuery()
                .taskCandidateGroup("SD05")
                .active()
                .list()
                .get(0);
        tasks.claim(claimed.getId(), "street05");
        long meetingId = inviteStreet05ToAMeeting();
        Task reply = tasks.createTaskQuery()
                .processInstanceBusinessKey("meeting-" + meetingId)
                .taskAssignee("street05")
                .singleResult();
        assertThat(reply).isNotNull();

        BrowserSession admin = signedIn("admin", "demo");
        assertThat(admin.get("/people/street05/handover").body()).contains("id=\"handover-form\"", "街道五新秘书长（street05b");
        var done = admin.postFormFrom("/people/street05/handover", "/people/street05/handover", "successor=street05b");
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(admin.get("/people").body()).contains("已交接给", "已离任（street05b 接替）");
        assertThat(admin.get("/people?state=left").body())
                .contains("person-street05\"")
                .doesNotContain("person-street05b\"");
        assertThat(admin.get("/people?q=" + URLEncoder.encode("和平街道", StandardCharsets.UTF_8))
                        .body())
                .contains("person-street05b\"")
                .doesNotContain("person-street01\"");

        // The successor: the post, the unit's group, the tasks with their story, the invitation, one mail.
        Person successor = people.findByUsername("street05b").orElseThrow();
        assertThat(successor.getRole()).isEqualTo(PersonRole.SECRETARY_GENERAL);
        String unit = tx.execute(
                s -> people.findByUsername("street05b").orElseThrow().getUnit().getCode());
        assertThat(unit).isEqualTo("SD05");
        assertThat(identity.createGroupQuery().groupMember("street05b").list())
                .extracting(g -> g.getId())
                .contains("SD05");
        assertThat(tasks.createTaskQuery().taskAssignee("street05b").list())
                .extracting(Task::getId)
                .contains(claimed.getId(), reply.getId());
        assertThat(tasks.createTaskQuery().taskAssignee("street05").count()).isZero();
        assertThat(tasks.getTaskComments(claimed.getId()))
                .extracting(c -> c.getFullMessage())
                .contains("人员变动：" + nameOf("street05") + "（street05）已离任，此任务移交给 街道五新秘书长（street05b）。");
        List<String> invited = tx.execute(s -> meetings.inviteesOf(meetings.find(meetingId)).stream()
                .map(Invitee::getPerson)
                .map(Person::getUsername)
                .toList());
        assertThat(invited).contains("street05b").doesNotContain("street05");
        List<OutgoingMail> told = mails.findByIdGreaterThanOrderById(0L).stream()
                .filter(m -> m.getKind() == MailKind.STAFF_HANDOVER)
                .toList();
        assertThat(told).extracting(OutgoingMail::getRecipientUsername).containsExactly("street05b");
        assertThat(told.get(0).getBodyText())
                .contains(
                        nameOf("street05") + "已离任",
                        "角色为秘书长",
                        "移交给您的待办共 3 项",
                        "http://localhost:8080/workbench/tasks/" + claimed.getId());

        BrowserSession newcomer = signedIn("street05b", "Jiedao-Wu-2027");
        assertThat(newcomer.get("/").body()).contains(claimed.getId());
        assertThat(newcomer.get("/api/workbench/tasks/" + claimed.getId() + "/history")
                        .body())
                .contains("人员变动");

        // The one who left: no sign-in (page or engine-rest), no reset mail, but still named.
        assertThat(new BrowserSession(port, "zh-CN")
                        .signIn("street05", "demo")
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .contains("error");
        assertThat(http.withBasicAuth("street05", "demo")
                        .getForEntity("/engine-rest/task", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
        long resets = countMails("street05", MailKind.ACCOUNT_RESET);
        new BrowserSession(port, "zh-CN").postFormFrom("/password/forgot", "/password/forgot", "account=street05");
        assertThat(countMails("street05", MailKind.ACCOUNT_RESET)).isEqualTo(resets);
        assertThat(http.withBasicAuth("admin", "demo").getForObject("/api/people/street05", String.class))
                .contains("\"active\":false", "\"successor\":\"street05b\"");
        assertThat(identity.createUserQuery().userId("street05").count())
                .as("history still names them")
                .isOne();
    }

    @Test
    void aRefusedStaffChangeSaysWhyAndChangesNothing() {
        addPerson("street06b", "街道六新秘书长", "street06b@demo.targetflow.local", "SD06", "Jiedao-Liu-2027");
        ResponseEntity<String> unknown = handover("street06", "{\"successor\":\"nobody-here\"}");
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(unknown.getBody()).contains("找不到接替人“nobody-here”");
        assertThat(handover("street06", "{\"successor\":\"street06\"}").getBody())
                .contains("接替人不能是离任者本人");
        assertThat(handover("street06", "{}").getBody()).contains("请选择接替人");
        assertThat(people.findByUsername("street06").orElseThrow().isActive()).isTrue();
        assertThat(new BrowserSession(port, "zh-CN")
                        .signIn("street06", "demo")
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .doesNotContain("error");

        BrowserSession admin = signedIn("admin", "demo");
        admin.postFormFrom("/people/street06/handover", "/people/street06/handover", "successor=nobody-here");
        assertThat(admin.get("/people/street06/handover").body())
                .contains("<p class=\"alert error\" role=\"alert\">找不到接替人");

        assertThat(handover("street06", "{\"successor\":\"street06b\"}")
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        ResponseEntity<String> again = handover("street06", "{\"successor\":\"street06b\"}");
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody()).contains("已经离任，不能再次交接");
    }

    // ---- helpers

    private long inviteStreet05ToAMeeting() {
        long meetingId = tx.execute(s -> meetings.plan(MeetingType.SUBDISTRICT_SECRETARIES, LocalDate.of(2125, 5, 20))
                .getId());
        Task prepare = tasks.createTaskQuery()
                .processInstanceBusinessKey("meeting-" + meetingId)
                .singleResult();
        tasks.complete(
                prepare.getId(),
                Map.of(
                        "meetingDate",
                        "2125-05-21",
                        "startTime",
                        "09:30",
                        "endTime",
                        "11:30",
                        "place",
                        "区科协三楼会议室",
                        "agenda",
                        "年中工作推进",
                        "trainingTopic",
                        "科普工作方法",
                        "invitees",
                        List.of("street05")));
        return meetingId;
    }

    private String nameOf(String username) {
        return people.findByUsername(username).orElseThrow().getName();
    }

    private long countMails(String username, MailKind kind) {
        return mails.findByIdGreaterThanOrderById(0L).stream()
                .filter(m -> username.equals(m.getRecipientUsername()) && m.getKind() == kind)
                .count();
    }

    private BrowserSession signedIn(String username, String password) {
        BrowserSession session = new BrowserSession(port, "zh-CN");
        assertThat(session.signIn(username, password)
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .doesNotContain("error");
        return session;
    }

    private ResponseEntity<String> addPerson(String username, String name, String email, String unit, String password) {
        String body = """
                {"username":"%s","name":"%s","email":"%s","language":"ZH","role":"SECRETARY_GENERAL","unitCode":"%s","password":"%s"}
                """.formatted(username, name, email, unit, password);
        return http.withBasicAuth("admin", "demo")
                .postForEntity("/api/people", new HttpEntity<>(body, json()), String.class);
    }

    private ResponseEntity<String> handover(String username, String body) {
        return http.withBasicAuth("admin", "demo")
                .exchange(
                        "/api/people/" + username + "/handover",
                        HttpMethod.POST,
                        new HttpEntity<>(body, json()),
                        String.class);
    }

    private static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Accept-Language", "zh-CN");
        return headers;
    }

    @SuppressWarnings("unused")
    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
