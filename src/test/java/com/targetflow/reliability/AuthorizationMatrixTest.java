package com.targetflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.DemoDistrictTest;
import com.targetflow.reliability.AuthorizationMatrix.Cell;
import com.targetflow.reliability.AuthorizationMatrix.Row;
import com.targetflow.reliability.RoleClient.Answer;
import com.targetflow.reliability.RoleClient.Body;
import com.targetflow.reliability.RoleClient.File;
import com.targetflow.reliability.RoleClient.Form;
import com.targetflow.reliability.RoleClient.Json;
import com.targetflow.reliability.RoleClient.None;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint × every role, with the expected answer written down in {@link #MATRIX} and each
 * cell run as its own case ("GET /api/plans/{year} as secretaryB"). The expectations come from the
 * code's rules (@PreAuthorize, Viewer, the *Access classes, EvidenceService and EvidenceFiles, WorkbenchTasks, the
 * Camunda grants of CamundaAuthorizationSetup), not from what the app answers. What matters most:
 * another unit's task, report, file or part of the plan is refused (403 or 404, never 200), and a
 * unit's staff reach no manager function. No answer may be a 500 or show a stack trace.
 *
 * <p>Writes must leave nothing behind that changes a later row. An allowed role therefore sends a
 * body the app refuses after its authorization check (400, or 409 where the refusal is a conflict,
 * 404 where it is a missing year), so that the answer proves the role got through and nothing was
 * written. Where no such body exists (a claim, a file to delete, a meeting or engine user made by
 * hand) the write succeeds and {@link AuthorizationFixture#restore()} undoes it before the next cell.
 */
@DemoDistrictTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationMatrixTest.class);

    /**
     * One row per endpoint, one column per role: anonymous; secretaryA = street01, secretary-general
     * of SD01; leaderA = street01-leader; secretaryB = street02 of SD02; inspector; manager;
     * districtLeader = leader; admin. {placeholders} are SD01's (…A) and SD02's (…B) objects of plan
     * year 2062, made by {@link AuthorizationFixture}. An answer is a status, or:
     * <ul>
     * <li>200+ / 200- — 200, and the body does / does not contain the row's ~probe (another unit's
     * object must not be listed);</li>
     * <li>302 — a redirect: to /login for anonymous, anywhere else for a signed-in role;</li>
     * <li>302ok / 302err / 302away — a page form answers with a redirect, and the page it leads to
     * says done (a notice) / says why not (an error) / is not there for this person (redirects away
     * or refuses);</li>
     * <li>a trailing ! — a finding left in the app: the answer written is the right one; while the
     * app answers otherwise the case is reported as skipped, naming what it got.</li>
     * </ul>
     */
    static final String MATRIX = """
            #       endpoint                                        probe                     anonymous secretaryA leaderA secretaryB inspector manager districtLeader admin
            # The workbench (工作台): pages, then its JSON side
            GET     /                                               ~{taskA}                  302       200+       200+    200-       200-      200-    200-           200-
            GET     /workbench                                      ~{taskA}                  302       200+       200+    200-       200-      200-    200-           200-
            GET     /workbench/tasks/{taskA}                                                  302       200        200     302        302       200     200            200
            POST    /workbench/tasks/{taskA}/comments                                         302       302err     302err  302away    302away   302err  302err         302err
            POST    /workbench/tasks/{taskA}/claim                                            302       302ok      302ok   302away    302away   302ok   403            302ok
            POST    /workbench/tasks/{taskA}/release                                          302       302ok      302ok   302away    302away   302ok   403            302ok
            GET     /api/workbench                                  ~{taskA}                  401       200+       200+    200-       200-      200-    200-           200-
            GET     /api/workbench/tasks/{taskA}                                              401       200        200     404        404       200     200            200
            GET     /api/workbench/tasks/{taskB}                                              401       404        404     200        404       200     200            200
            GET     /api/workbench/tasks/{taskA}/history                                      401       200        200     404        404       200     200            200
            GET     /api/workbench/tasks/{taskA}/form                                         401       200        200     404        404       200     200            200
            POST    /api/workbench/tasks/{taskA}/claim                                        401       204        204     404        404       204     403            204
            POST    /api/workbench/tasks/{taskA}/release                                      401       204        204     404        404       204     403            204
            POST    /api/workbench/tasks/{taskA}/complete                                     401       400        400     404        404       400     403            400
            POST    /api/workbench/tasks/{taskA}/comments                                     401       400        400     404        404       400     400            400
            # Plans, targets and progress (年度目标)
            GET     /plans                                                                    302       302        302     302        302       302     302            302
            GET     /plans/{year}                                   ~unit-SD01                302       200+       200+    200-       200+      200+    200+           200+
            POST    /plans/{year}/issue                                                       302       403        403     403        403       302err  403            302err
            POST    /plans/copy                                                               302       403        403     403        403       302err  403            302err
            GET     /api/plans                                                                401       200        200     200        200       200     200            200
            GET     /api/plans/{year}                               ~SD01                     401       200+       200+    200-       200+      200+    200+           200+
            POST    /api/plans                                                                401       403        403     403        403       409     403            409
            POST    /api/plans/{year}/targets                                                 401       403        403     403        403       400     403            400
            PUT     /api/plans/{year}/targets/{targetA}                                       401       403        403     403        403       400     403            400
            POST    /api/plans/{planId}/issue                                                 401       403        403     403        403       409     403            409
            POST    /api/plans/{year}/reporting-rounds                                        401       403        403     403        403       200     403            200
            GET     /api/units/{unitA}/targets?year={year}                                    401       200        200     403        200       200     200            200
            GET     /targets/{targetA}                                                        302       200        200     404        200       200     200            200
            GET     /api/indicators                                                           401       200        200     200        200       200     200            200
            GET     /api/indicators/{indicator}                                               401       200        200     200        200       200     200            200
            POST    /api/indicators                                                           401       403        403     403        403       400     403            400
            PUT     /api/indicators/{indicator}                                               401       403        403     403        403       400     403            400
            # Evidence (佐证材料): a unit's files, seen by the unit and the district only. An action item is checked
            # by the unit it was given to, so an item without files is refused to another unit as well
            GET     /api/tasks/{taskA}/evidence                                               401       200        200     404        404       200     200            200
            POST    /api/tasks/{taskA}/evidence                                               401       400        400     404        404       400     403            400
            DELETE  /api/tasks/{taskA}/evidence/{freshEvidenceA}                              401       204        204     404        404       204     403            204
            GET     /api/action-items/{actionItemA}/evidence                                  401       200        200     403        200       200     200            200
            GET     /api/action-items/{actionItemWithoutFilesA}/evidence                      401       200        200     403        200       200     200            200
            GET     /api/reports/{reportA}/evidence                                           401       200        200     404        200       200     200            200
            GET     /api/evidence/{evidenceA}/content                                         401       200        200     403        200       200     200            200
            GET     /evidence/tasks/{taskA}                                                   302       200        200     404        404       200     200            200
            POST    /evidence/tasks/{taskA}                                                   302       302err     302err  404        404       302err  403            302err
            POST    /evidence/tasks/{taskA}/{freshEvidenceA}/delete                           302       302ok      302ok   404        404       302ok   403            302ok
            GET     /evidence/action-items/{actionItemA}                                      302       200        200     403        200       200     200            200
            GET     /evidence/action-items/{actionItemWithoutFilesA}                          302       200        200     403        200       200     200            200
            GET     /evidence/reports/{reportA}                                               302       200        200     404        200       200     200            200
            # Reports, exports and scores
            GET     /reports                                                                  302       403        403     403        403       200     200            200
            GET     /plans/{year}/summary                                                     302       200        200     200        200       200     200            200
            GET     /api/plans/{year}/summary.docx                                            401       200        200     200        200       200     200            200
            GET     /api/plans/{year}/workbook.xlsx                                           401       200        200     200        200       200     200            200
            GET     /plans/import                                                             302       403        403     403        403       200     403            200
            GET     /api/plans/{year}/template.xlsx                                           401       403        403     403        403       200     403            200
            # {year} is issued: an import into it is refused (409) before the file is read; the marked copy still reads it
            POST    /api/plans/{year}/import                                                  401       403        403     403        403       409     403            409
            POST    /api/plans/{year}/import/marked                                           401       403        403     403        403       400     403            400
            GET     /api/plans/{year}/scores                                                  401       200        200     200        200       200     200            200
            GET     /plans/{year}/scores                                                      302       200        200     200        200       200     200            200
            GET     /api/dashboard                                                            401       200        200     200        200       200     200            200
            GET     /dashboard                                                                302       200        200     200        200       200     200            200
            POST    /api/demo/play-year?year=1999                                             401       403        403     403        403       404     403            404
            # Meetings (会议)
            GET     /meetings                                                                 302       200        200     200        200       200     200            200
            GET     /meetings/{meetingId}                                                     302       200        200     404        200       200     200            200
            GET     /api/meetings?year={year}                                                 401       200        200     200        200       200     200            200
            GET     /api/meetings/{meetingId}                                                 401       200        200     404        200       200     200            200
            GET     /api/meetings/attendance?year={year}            ~SD01                     401       200+       200+    200-       200+      200+    200+           200+
            POST    /api/meetings                                                             401       403        403     403        403       201     403            201
            POST    /api/meetings/{meetingPlanned}/reschedule                                 401       403        403     403        403       400     403            400
            POST    /api/meetings/{meetingPlanned}/cancel                                     401       403        403     403        403       400     403            400
            # Late work (逾期与督办)
            GET     /escalations                                    ~{taskA}                  302       200+       200+    200-       200+      200+    200+           200+
            GET     /escalations/{taskA}                                                      302       200        200     404        200       200     200            200
            GET     /api/escalations                                ~{taskA}                  401       200+       200+    200-       200+      200+    200+           200+
            GET     /api/tasks/{taskA}/escalation                                             401       200        200     404        200       200     200            200
            POST    /api/tasks/{taskA}/due-date                                               401       403        403     403        403       400     403            400
            POST    /escalations/{taskA}/due-date                                             302       403        403     403        403       302err  403            302err
            # Facilities and inspections (设施与检查)
            GET     /facilities                                     ~/facilities/{facilityA}" 302       200+       200+    200-       200+      200+    200+           200+
            GET     /facilities/{facilityA}                                                   302       200        200     404        200       200     200            200
            POST    /facilities/rounds                                                        302       403        403     403        403       302err  403            302err
            GET     /api/facilities                                                           401       200        200     200        200       200     200            200
            GET     /api/facilities/{facilityA}                                               401       200        200     200        200       200     200            200
            POST    /api/facilities                                                           401       403        403     403        403       403     403            400
            PUT     /api/facilities/{facilityA}                                               401       403        403     403        403       403     403            400
            GET     /api/facilities/{facilityA}/inspections                                   401       200        200     404        200       200     200            200
            GET     /api/inspection-rounds                                                    401       403        403     403        200       200     200            200
            POST    /api/inspection-rounds                                                    401       403        403     403        403       400     403            400
            # The organisation register, and my account
            GET     /api/units                                                                401       200        200     200        200       200     200            200
            GET     /api/units/{unitA}                                                        401       200        200     200        200       200     200            200
            POST    /api/units                                                                401       403        403     403        403       403     403            400
            PUT     /api/units/{unitA}                                                        401       403        403     403        403       403     403            400
            GET     /api/people                                     ~street01                 401       200+       200+    200-       200+      200+    200+           200+
            GET     /api/people/me                                                            401       200        200     200        200       200     200            200
            GET     /api/people/{personA}                                                     401       200        200     404        200       200     200            200
            POST    /api/people                                                               401       403        403     403        403       403     403            400
            PUT     /api/people/{personA}                                                     401       403        403     403        403       403     403            400
            PUT     /api/people/me/digest                                                     401       400        400     400        400       400     400            400
            POST    /api/people/{personA}/handover                                            401       403        403     403        403       403     403            400
            GET     /people                                                                   302       403        403     403        403       200     403            200
            GET     /register                                                                 302       403        403     403        403       403     403            200
            GET     /setup                                                                    302       403        403     403        403       403     403            200
            GET     /register/workbook.xlsx                                                   302       403        403     403        403       403     403            200
            POST    /register/preview                                                         302       403        403     403        403       403     403            200
            POST    /register/apply                                                           302       403        403     403        403       403     403            200
            GET     /people/{personA}/handover                                                302       403        403     403        403       403     403            200
            POST    /people/{personA}/handover                                                302       403        403     403        403       403     403            302err
            GET     /units                                                                    302       403        403     403        403       200     403            200
            GET     /units/new                                                                302       403        403     403        403       403     403            200
            POST    /units/new                                                                302       403        403     403        403       403     403            200
            GET     /units/{unitA}                                                            302       403        403     403        403       403     403            200
            POST    /units/{unitA}                                                            302       403        403     403        403       403     403            200
            POST    /units/{unitA}/deactivate                                                 302       403        403     403        403       403     403            302err
            POST    /units/{unitA}/reactivate                                                 302       403        403     403        403       403     403            302ok
            GET     /people/new                                                               302       403        403     403        403       403     403            200
            POST    /people/new                                                               302       403        403     403        403       403     403            200
            GET     /people/{personA}/edit                                                    302       403        403     403        403       403     403            200
            POST    /people/{personA}/edit                                                    302       403        403     403        403       403     403            200
            GET     /facilities/new                                                           302       403        403     403        403       403     403            200
            POST    /facilities/new                                                           302       403        403     403        403       403     403            200
            GET     /facilities/{facilityA}/edit                                              302       403        403     403        403       403     403            200
            POST    /facilities/{facilityA}/edit                                              302       403        403     403        403       403     403            200
            GET     /login                                                                    200       200        200     200        200       200     200            200
            GET     /me                                                                       302       200        200     200        200       200     200            200
            POST    /me/digest                                                                302       400        400     400        400       400     400            400
            POST    /me/password                                                              302       302err     302err  302err     302err    302err  302err         302err
            # Choosing one's password by a one-time link, and asking for one, before signing in
            GET     /password/forgot                                                          200       200        200     200        200       200     200            200
            POST    /password/forgot                                                          200       200        200     200        200       200     200            200
            GET     /password/set/{taskA}                                                     200       200        200     200        200       200     200            200
            POST    /password/set/{taskA}                                                     200       200        200     200        200       200     200            200
            # The working-day calendar (工作日安排): managers read it, administrators change it
            GET     /calendar                                                                 302       403        403     403        403       200     403            200
            GET     /calendar/{year}                                                          302       403        403     403        403       200     403            200
            POST    /calendar/{year}/preview                                                  302       403        403     403        403       403     403            200
            POST    /calendar/{year}                                                          302       403        403     403        403       403     403            200
            # The built-in mailbox (邮箱): my own mail; managers and administrators all of it
            GET     /mailbox                                        ~/mailbox/{mailA}"        302       200+       200-    200-       200-      200+    200-           200+
            GET     /mailbox/{mailA}                                                          302       200        404     404        404       200     404            200
            GET     /mailbox/{mailA}/invite.ics                                               302       200        404     404        404       200     404            200
            POST    /mailbox/{mailA}/send-again                                               302       403        403     403        403       302err  403            302err
            GET     /api/mail                                                                 401       200        200     200        200       200     200            200
            # engine-rest: Camunda's own authorizations (CamundaAuthorizationSetup, the unit's grants)
            GET     /engine-rest/engine                                                       200       200        200     200        200       200     200            200
            GET     /engine-rest/task                               ~{taskA}                  401       200+       200+    200-       200-      200+    200+           200+
            GET     /engine-rest/task/{taskA}                                                 401       200        200     404        404       200     200            200
            GET     /engine-rest/task/{taskB}                                                 401       404        404     200        404       200     200            200
            GET     /engine-rest/task/{taskA}/form-variables                                  401       200        200     403        403       200     200            200
            GET     /engine-rest/process-instance                   ~{processA}               401       200+       200+    200-       200-      200+    200+           200+
            GET     /engine-rest/process-instance/{processA}                                  401       200        200     404        404       200     200            200
            GET     /engine-rest/process-definition                                           401       200        200     200        200       200     200            200
            GET     /engine-rest/deployment                         ~{deploymentId}           401       200-       200-    200-       200-      200+    200+           200+
            GET     /engine-rest/history/process-instance           ~{processA}               401       200-       200-    200-       200-      200+    200+           200+
            GET     /engine-rest/user                               ~street02                 401       200-       200-    200+       200-      200+    200+           200+
            # engine-rest's writes on a unit's task (taskA, SD01's open report): its unit's staff complete it with its form's
            # fields only (400 naming another); its fields, assignment to others, delegation, candidates and files are the
            # managers'; variables are written by completing, on the side by administrators only; a write to a task one does
            # not see is refused (403), as the engine refuses it (PUT /task reads the task as the caller first: 404); comments
            # and files are looked up in history as the caller first, which a unit may not read (400: units comment on the
            # workbench); the district's leaders read every task and work on none
            POST    /engine-rest/task/{taskA}/complete                                        401       400        400     403        403       400     403            400
            POST    /engine-rest/task/{taskA}/submit-form                                     401       400        400     403        403       400     403            400
            PUT     /engine-rest/task/{taskA}/variables/authzProbe                            401       403        403     403        403       403     403            204
            POST    /engine-rest/task/{taskA}/variables                                       401       403        403     403        403       403     403            204
            DELETE  /engine-rest/task/{taskA}/variables/authzProbe                            401       403        403     403        403       403     403            204
            PUT     /engine-rest/task/{taskA}/localVariables/authzProbe                       401       403        403     403        403       403     403            204
            POST    /engine-rest/task/{taskA}/localVariables                                  401       403        403     403        403       403     403            204
            DELETE  /engine-rest/task/{taskA}/localVariables/authzProbe                       401       403        403     403        403       403     403            204
            PUT     /engine-rest/process-instance/{processA}/variables/authzProbe             401       403        403     403        403       403     403            204
            POST    /engine-rest/process-instance/{processA}/variables                        401       403        403     403        403       403     403            204
            DELETE  /engine-rest/process-instance/{processA}/variables/authzProbe             401       403        403     403        403       403     403            204
            PUT     /engine-rest/execution/{executionA}/localVariables/authzProbe             401       403        403     403        403       403     403            204
            POST    /engine-rest/execution/{executionA}/localVariables                        401       403        403     403        403       403     403            204
            PUT     /engine-rest/task/{taskA}                                                 401       403        403     404        404       204     403            204
            POST    /engine-rest/task/{taskA}/assignee                                        401       403        403     403        403       204     403            204
            POST    /engine-rest/task/{taskA}/claim                                           401       403        403     403        403       204     403            204
            POST    /engine-rest/task/{taskA}/delegate                                        401       403        403     403        403       204     403            204
            POST    /engine-rest/task/{taskA}/resolve                                         401       403        403     403        403       204     403            204
            POST    /engine-rest/task/{taskA}/identity-links                                  401       403        403     403        403       204     403            204
            POST    /engine-rest/task/{taskA}/identity-links/delete                           401       403        403     403        403       204     403            204
            POST    /engine-rest/task/{taskA}/comment/create                                  401       400        400     400        400       200     403            200
            POST    /engine-rest/task/{taskA}/attachment/create                               401       400        400     400        400       200     403            200
            POST    /engine-rest/task/{taskA}/bpmnError                                       401       403        403     403        403       400     403            400
            POST    /engine-rest/task/{taskA}/bpmnEscalation                                  401       403        403     403        403       400     403            400
            # engine-rest's accounts: names and e-mails follow the register; only administrators manage users, groups,
            # memberships, tenants and grants
            POST    /engine-rest/user/create                                                  401       403        403     403        403       403     403            204
            DELETE  /engine-rest/user/{victim}                                                401       403        403     403        403       403     403            204
            PUT     /engine-rest/user/{personA}/profile                                       401       403        404     404        404       403     403            204
            POST    /engine-rest/group/create                                                 401       403        403     403        403       403     403            204
            PUT     /engine-rest/group/{groupB}/members/{personA}                             401       403        403     403        403       403     403            204
            DELETE  /engine-rest/group/{unitA}/members/{personA}                              401       403        403     403        403       403     403            204
            POST    /engine-rest/tenant/create                                                401       403        403     403        403       403     403            204
            POST    /engine-rest/authorization/create                                         401       403        403     403        403       403     403            200
            GET     /engine-rest/group                              ~SD02                     401       200-       200-    200+       200-      200+    200+           200+
            # The Camunda webapps: Tasklist for everyone, Cockpit for the district's managers and leaders, Admin for administrators
            GET     /camunda/app/tasklist/                                                    302       302        302     302        302       302     302            302
            GET     /camunda/app/tasklist/default/                                            302       200        200     200        200       200     200            200
            GET     /camunda/app/cockpit/                                                     302       302        302     302        302       302     302            302
            GET     /camunda/app/cockpit/default/                                             302       403        403     403        403       200     200            200
            GET     /camunda/app/admin/                                                       302       302        302     302        302       302     302            302
            GET     /camunda/app/admin/default/                                               302       403        403     403        403       403     403            200
            # The API description: public by WebSecurityConfig's choice (it names endpoints, never data)
            GET     /v3/api-docs                                                              302       200        200     200        200       200     200            200
            GET     /swagger-ui/index.html                                                    302       200        200     200        200       200     200            200
            # Actuator: health for load balancers, the rest for administrators
            GET     /actuator/health                                                          200       200        200     200        200       200     200            200
            GET     /actuator/info                                                            401       403        403     403        403       403     403            200
            GET     /actuator/metrics                                                         401       403        403     403        403       403     403            200
            # Spring Boot's tests switch metric export off, so /actuator/prometheus is missing here; who may ask is decided first
            GET     /actuator/prometheus                                                      401       403        403     403        403       403     403            404
            # Start-up steps are recorded by the packaged app's main (BufferingApplicationStartup), not in tests: missing here
            GET     /actuator/startup                                                         401       403        403     403        403       403     403            404
            """;

    private static final String PROBE_VALUE = "{\"value\":\"x\",\"type\":\"String\"}";
    private static final String PROBE_MODIFICATION =
            "{\"modifications\":{\"" + AuthorizationFixture.PROBE_VARIABLE + "\":" + PROBE_VALUE + "}}";

    /**
     * engine-rest's write verbs on a task, its process and the accounts (method and path, "{}" for any one
     * segment): each must have a row, so that a verb the engine guard has to answer for is not left out.
     */
    static final List<String> ENGINE_REST_WRITES = List.of(
            "POST /engine-rest/task/{}/complete",
            "POST /engine-rest/task/{}/submit-form",
            "PUT /engine-rest/task/{}/variables/{}",
            "POST /engine-rest/task/{}/variables",
            "DELETE /engine-rest/task/{}/variables/{}",
            "PUT /engine-rest/task/{}/localVariables/{}",
            "POST /engine-rest/task/{}/localVariables",
            "DELETE /engine-rest/task/{}/localVariables/{}",
            "PUT /engine-rest/process-instance/{}/variables/{}",
            "POST /engine-rest/process-instance/{}/variables",
            "DELETE /engine-rest/process-instance/{}/variables/{}",
            "PUT /engine-rest/execution/{}/localVariables/{}",
            "POST /engine-rest/execution/{}/localVariables",
            "PUT /engine-rest/task/{}",
            "POST /engine-rest/task/{}/assignee",
            "POST /engine-rest/task/{}/claim",
            "POST /engine-rest/task/{}/delegate",
            "POST /engine-rest/task/{}/resolve",
            "POST /engine-rest/task/{}/identity-links",
            "POST /engine-rest/task/{}/identity-links/delete",
            "POST /engine-rest/task/{}/comment/create",
            "POST /engine-rest/task/{}/attachment/create",
            "POST /engine-rest/task/{}/bpmnError",
            "POST /engine-rest/task/{}/bpmnEscalation",
            "DELETE /engine-rest/user/{}",
            "PUT /engine-rest/user/{}/profile",
            "POST /engine-rest/user/create",
            "POST /engine-rest/group/create",
            "PUT /engine-rest/group/{}/members/{}",
            "DELETE /engine-rest/group/{}/members/{}",
            "POST /engine-rest/tenant/create",
            "POST /engine-rest/authorization/create");

    /** What each write sends; see the class comment for why these bodies are refused. */
    static final Map<String, Body> BODIES = Map.ofEntries(
            Map.entry("POST /workbench/tasks/{taskA}/comments", new Form("message=")),
            Map.entry("POST /workbench/tasks/{taskA}/claim", new None()),
            Map.entry("POST /workbench/tasks/{taskA}/release", new None()),
            Map.entry("POST /api/workbench/tasks/{taskA}/claim", new None()),
            Map.entry("POST /api/workbench/tasks/{taskA}/release", new None()),
            Map.entry("POST /api/workbench/tasks/{taskA}/complete", new Json("[1,2]")),
            Map.entry("POST /api/workbench/tasks/{taskA}/comments", new Json("{\"message\":\" \"}")),
            // The plan of 2062 is issued: issuing it again is a conflict.
            Map.entry("POST /plans/{year}/issue", new None()),
            Map.entry("POST /api/plans", new Json("{\"year\":{year}}")),
            Map.entry(
                    "POST /api/plans/{year}/targets",
                    new Json(
                            "{\"unitCode\":\"SD01\",\"indicatorCode\":\"NOPE-1\",\"quota\":1,\"dueDate\":\"{year}-12-31\"}")),
            Map.entry("PUT /api/plans/{year}/targets/{targetA}", new Json("{\"quota\":1,\"dueDate\":\"2061-12-31\"}")),
            Map.entry("POST /api/plans/{planId}/issue", new None()),
            // Both units of 2062 are reporting already: no unit waits for a round, none is opened.
            Map.entry("POST /api/plans/{year}/reporting-rounds", new None()),
            Map.entry("POST /api/indicators", new Json(indicator("ZZ-999", 200))),
            Map.entry("PUT /api/indicators/{indicator}", new Json(indicator("ZZ-999", 50))),
            Map.entry("POST /api/tasks/{taskA}/evidence", new File("empty.pdf", new byte[0])),
            Map.entry("DELETE /api/tasks/{taskA}/evidence/{freshEvidenceA}", new None()),
            Map.entry("POST /evidence/tasks/{taskA}", new File("notes.txt", bytes("not a photo"))),
            Map.entry("POST /evidence/tasks/{taskA}/{freshEvidenceA}/delete", new None()),
            Map.entry("POST /api/plans/{year}/import", new File("plan.xlsx", bytes("not a workbook"))),
            Map.entry("POST /api/plans/{year}/import/marked", new File("plan.xlsx", bytes("not a workbook"))),
            // No plan in 1999: nothing to play.
            Map.entry("POST /api/demo/play-year?year=1999", new None()),
            // A meeting can be started for any date: the test cancels the one an allowed role starts.
            Map.entry(
                    "POST /api/meetings", new Json("{\"type\":\"SUBDISTRICT_SECRETARIES\",\"date\":\"{year}-06-30\"}")),
            Map.entry("POST /api/meetings/{meetingPlanned}/reschedule", new Json("{\"date\":\"2061-05-05\"}")),
            Map.entry("POST /api/meetings/{meetingPlanned}/cancel", new Json("{\"reason\":\"\"}")),
            Map.entry(
                    "POST /facilities/rounds",
                    new Form("facilityKind=GALLERY&scope=ALL&inspector=inspector&dueDate=2000-01-01")),
            Map.entry("POST /api/facilities", new Json(facility("ZZ-AUTHZ", "NOPE"))),
            Map.entry("PUT /api/facilities/{facilityA}", new Json(facility("ZZ-OTHER", "SD01"))),
            Map.entry("POST /api/inspection-rounds", new Json("{}")),
            Map.entry(
                    "POST /api/units",
                    new Json(
                            "{\"code\":\"ZZ-AUTHZ\",\"name\":\"x\",\"kind\":\"SUBDISTRICT_ASSOCIATION\",\"parentCode\":\"NOPE\"}")),
            Map.entry(
                    "PUT /api/units/{unitA}",
                    new Json("{\"code\":\"SD02\",\"name\":\"x\",\"kind\":\"SUBDISTRICT_ASSOCIATION\"}")),
            Map.entry("POST /api/people", new Json(person("authz-probe", "NOPE"))),
            Map.entry("PUT /api/people/{personA}", new Json(person("street02", "SD01"))),
            Map.entry("PUT /api/people/me/digest", new Json("{\"digest\":\"NOPE\"}")),
            Map.entry("POST /api/people/{personA}/handover", new Json("{\"successor\":\"NOPE\"}")),
            Map.entry("POST /people/{personA}/handover", new Form("successor=NOPE")),
            // Page forms of the register with a problem in every field: re-shown with the problems, nothing saved.
            Map.entry("POST /units/new", new Form("code=nope&name=&kind=NOPE")),
            Map.entry("POST /units/{unitA}", new Form("name=&kind=SUBDISTRICT_ASSOCIATION")),
            // SD01 has people at work: refused, told why. Reactivating a unit in use changes nothing.
            Map.entry("POST /units/{unitA}/deactivate", new None()),
            Map.entry("POST /units/{unitA}/reactivate", new None()),
            Map.entry(
                    "POST /people/new", new Form("username=NOPE&name=&email=NOPE&role=SECRETARY_GENERAL&language=ZH")),
            Map.entry(
                    "POST /people/{personA}/edit",
                    new Form("name=&email=NOPE&role=SECRETARY_GENERAL&language=ZH&unitCode=SD01")),
            Map.entry("POST /facilities/new", new Form("code=nope&name=&kind=GALLERY&status=NOT_INSPECTED")),
            Map.entry(
                    "POST /facilities/{facilityA}/edit",
                    new Form("name=&kind=GALLERY&status=NOT_INSPECTED&ownerCode=SD01")),
            // The plan year is taken: refused, told why.
            Map.entry("POST /plans/copy", new Form("year=2062&from=1999")),
            Map.entry("POST /register/preview", new Form("file=NOPE")),
            Map.entry("POST /register/apply", new Form("content=NOPE")),
            Map.entry("POST /me/digest", new Form("digest=NOPE")),
            Map.entry("POST /me/password", new Form("current=NOPE&password=NOPE&repeat=NOPE")),
            Map.entry("POST /password/forgot", new Form("account=NOPE")),
            Map.entry("POST /password/set/{taskA}", new Form("password=NOPE&repeat=NOPE")),
            Map.entry("POST /calendar/{year}/preview", new Form("text=NOPE")),
            Map.entry("POST /calendar/{year}", new Form("text=NOPE")),
            // mailA was not refused: sending it again is refused after the role check, nothing changes.
            Map.entry("POST /mailbox/{mailA}/send-again", new None()),
            // A due date that is no date: refused after the role is let through, nothing moved.
            Map.entry("POST /api/tasks/{taskA}/due-date", new Json("{\"due\":\"NOPE\",\"reason\":\"authz\"}")),
            Map.entry("POST /escalations/{taskA}/due-date", new Form("due=NOPE&reason=authz")),
            Map.entry(
                    "POST /engine-rest/task/{taskA}/complete",
                    new Json("{\"variables\":{\"values\":{\"value\":\"not a list\",\"type\":\"String\"}}}")),
            // A field the form does not have: the doers, managers and administrators get through to be told so (400).
            Map.entry(
                    "POST /engine-rest/task/{taskA}/submit-form",
                    new Json("{\"variables\":{\"unitCode\":{\"value\":\"SD02\",\"type\":\"String\"}}}")),
            // Variables an administrator may write: a probe of the matrix's own, which the fixture removes.
            Map.entry("PUT /engine-rest/task/{taskA}/variables/authzProbe", new Json(PROBE_VALUE)),
            Map.entry("POST /engine-rest/task/{taskA}/variables", new Json(PROBE_MODIFICATION)),
            Map.entry("DELETE /engine-rest/task/{taskA}/variables/authzProbe", new None()),
            Map.entry("PUT /engine-rest/task/{taskA}/localVariables/authzProbe", new Json(PROBE_VALUE)),
            Map.entry("POST /engine-rest/task/{taskA}/localVariables", new Json(PROBE_MODIFICATION)),
            Map.entry("DELETE /engine-rest/task/{taskA}/localVariables/authzProbe", new None()),
            Map.entry("PUT /engine-rest/process-instance/{processA}/variables/authzProbe", new Json(PROBE_VALUE)),
            Map.entry("POST /engine-rest/process-instance/{processA}/variables", new Json(PROBE_MODIFICATION)),
            Map.entry("DELETE /engine-rest/process-instance/{processA}/variables/authzProbe", new None()),
            Map.entry("PUT /engine-rest/execution/{executionA}/localVariables/authzProbe", new Json(PROBE_VALUE)),
            Map.entry("POST /engine-rest/execution/{executionA}/localVariables", new Json(PROBE_MODIFICATION)),
            // taskA's fields as they are: a manager's update changes nothing.
            Map.entry("PUT /engine-rest/task/{taskA}", new Json("{taskAFields}")),
            // Handed to, claimed for and delegated to someone else; the fixture unassigns it and takes back the grants.
            Map.entry("POST /engine-rest/task/{taskA}/assignee", new Json("{\"userId\":\"manager\"}")),
            Map.entry("POST /engine-rest/task/{taskA}/claim", new Json("{\"userId\":\"street02\"}")),
            Map.entry("POST /engine-rest/task/{taskA}/delegate", new Json("{\"userId\":\"manager\"}")),
            Map.entry("POST /engine-rest/task/{taskA}/resolve", new Json("{\"variables\":{}}")),
            // The managers as candidates: no role sees more for it; the fixture removes the link.
            Map.entry(
                    "POST /engine-rest/task/{taskA}/identity-links",
                    new Json("{\"groupId\":\"managers\",\"type\":\"candidate\"}")),
            Map.entry(
                    "POST /engine-rest/task/{taskA}/identity-links/delete",
                    new Json("{\"groupId\":\"managers\",\"type\":\"candidate\"}")),
            // A plain comment and a small file; the fixture deletes what was made.
            Map.entry("POST /engine-rest/task/{taskA}/comment/create", new Json("{\"message\":\"授权矩阵测试意见\"}")),
            Map.entry("POST /engine-rest/task/{taskA}/attachment/create", attachment()),
            // Without a code: whoever gets through is told the code is missing (400), nothing is thrown.
            Map.entry("POST /engine-rest/task/{taskA}/bpmnError", new Json("{\"errorCode\":\"\"}")),
            Map.entry("POST /engine-rest/task/{taskA}/bpmnEscalation", new Json("{\"escalationCode\":\"\"}")),
            // A user made for this row; street01 with the manager's name and e-mail; a group, a membership in another
            // unit, street01 out of SD01, a tenant, a grant: the fixture puts each back.
            Map.entry("DELETE /engine-rest/user/{victim}", new None()),
            Map.entry(
                    "PUT /engine-rest/user/{personA}/profile",
                    new Json(
                            "{\"id\":\"street01\",\"firstName\":\"王伟\",\"lastName\":\"\",\"email\":\"manager@demo.targetflow.local\"}")),
            Map.entry(
                    "POST /engine-rest/group/create",
                    new Json("{\"id\":\"" + AuthorizationFixture.PROBE_GROUP
                            + "\",\"name\":\"授权矩阵\",\"type\":\"probe\"}")),
            Map.entry("PUT /engine-rest/group/{groupB}/members/{personA}", new None()),
            Map.entry("DELETE /engine-rest/group/{unitA}/members/{personA}", new None()),
            Map.entry(
                    "POST /engine-rest/tenant/create",
                    new Json("{\"id\":\"" + AuthorizationFixture.PROBE_TENANT + "\",\"name\":\"授权矩阵\"}")),
            Map.entry(
                    "POST /engine-rest/authorization/create",
                    new Json("{\"type\":1,\"permissions\":[\"READ\"],\"userId\":\"" + AuthorizationFixture.PROBE_USER
                            + "\",\"groupId\":null,\"resourceType\":7,\"resourceId\":\"{taskA}\"}")),
            // Camunda creates a user or says why not before looking at it: the test deletes the one made.
            Map.entry(
                    "POST /engine-rest/user/create",
                    new Json("{\"profile\":{\"id\":\"" + AuthorizationFixture.PROBE_USER
                            + "\",\"firstName\":\"Authz\",\"lastName\":\"Probe\",\"email\":\"authz-probe@example.com\"},"
                            + "\"credentials\":{\"password\":\"authz-probe-2062\"}}")));

    private static final Map<String, String> USERNAMES = Map.of(
            "secretaryA",
            "street01",
            "leaderA",
            "street01-leader",
            "secretaryB",
            "street02",
            "inspector",
            "inspector",
            "manager",
            "manager",
            "districtLeader",
            "leader",
            "admin",
            "admin");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    /** The flash messages of the layout (a page's own hidden error boxes have an id and stay empty). */
    private static final Pattern FLASH_NOTICE = Pattern.compile("<p class=\"alert info\" role=\"status\">[^<]+</p>");

    private static final Pattern FLASH_ERROR = Pattern.compile("<p class=\"alert error\" role=\"alert\">[^<]+</p>");
    /** engine-rest names the kind of a refusal in its documented error body; that is not a stack trace. */
    private static final Pattern ENGINE_REST_ERROR_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"[A-Za-z.]*Exception\"");

    private final List<Row> rows = AuthorizationMatrix.parse(MATRIX);
    private final Map<String, RoleClient> clients = new HashMap<>();
    private final AtomicInteger checked = new AtomicInteger();
    private final List<String> findings = new CopyOnWriteArrayList<>();
    private Map<String, String> objects;
    private AuthorizationFixture fixture;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext beans;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeAll
    void makeTheObjectsAndSignEveryoneIn() {
        fixture = new AuthorizationFixture(beans);
        objects = fixture.build();
        clients.put("anonymous", RoleClient.signIn(port, null));
        USERNAMES.forEach((role, username) -> clients.put(role, RoleClient.signIn(port, username)));
    }

    List<Cell> cells() {
        return AuthorizationMatrix.cells(rows);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void answersAsTheMatrixSays(Cell cell) {
        Row row = cell.row();
        Map<String, String> values = new HashMap<>(objects);
        if (row.path().contains("{freshEvidenceA}")) {
            values.put("freshEvidenceA", fixture.freshEvidence());
        }
        Answer answer;
        String got;
        try {
            answer = clients.get(cell.role()).send(row.method(), resolve(row.path(), values), body(row, values));
            got = outcome(cell, answer, values);
        } finally {
            if (row.writes()) {
                fixture.restore();
            }
        }
        checked.incrementAndGet();
        String what = cell + ": expected " + cell.answer() + ", got " + got;
        assertThat(answer.status()).as(what + " — " + excerpt(answer)).isNotEqualTo(500);
        if (answer.textual()) {
            String text = ENGINE_REST_ERROR_TYPE.matcher(answer.text()).replaceAll("");
            assertThat(text)
                    .as(cell + " shows a stack trace")
                    .doesNotContain("at com.")
                    .doesNotContain("Exception");
        }
        if (cell.knownFinding() && !got.equals(cell.answer())) {
            findings.add(what);
            Assumptions.abort("known finding, " + what);
        }
        assertThat(got).as(what + " — " + excerpt(answer)).isEqualTo(cell.answer());
    }

    /** A new endpoint fails here until it has its row: the matrix covers every mapping of the app. */
    @Test
    void everyEndpointOfTheAppHasARow() {
        Set<String> written =
                rows.stream().map(r -> r.method() + " " + shape(r.path())).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("com.targetflow")) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    String endpoint = method.name() + " " + shape(pattern);
                    if (!written.contains(endpoint)) {
                        missing.add(endpoint);
                    }
                }
            }
        });
        assertThat(missing).as("endpoints without a row in the matrix").isEmpty();
    }

    /** A write verb of engine-rest that the engine guard answers for fails here until it has its row. */
    @Test
    void everyEngineRestWriteVerbHasARow() {
        List<String> missing = ENGINE_REST_WRITES.stream()
                .filter(verb -> rows.stream().noneMatch(row -> matches(verb, row)))
                .toList();
        assertThat(missing)
                .as("engine-rest write verbs without a row in the matrix")
                .isEmpty();
    }

    /** Whether a row is the verb: the same method, and the same path where "{}" stands for any one segment. */
    private static boolean matches(String verb, Row row) {
        String[] method = verb.split(" ", 2);
        if (!method[0].equals(row.method())) {
            return false;
        }
        String[] want = method[1].split("/");
        String[] got = row.path().replaceAll("\\?.*", "").split("/");
        if (want.length != got.length) {
            return false;
        }
        for (int n = 0; n < want.length; n++) {
            if (!want[n].equals("{}") && !want[n].equals(got[n])) {
                return false;
            }
        }
        return true;
    }

    @Test
    void everyWriteSaysWhatItSends() {
        List<String> unsaid = rows.stream()
                .filter(Row::writes)
                .map(Row::endpoint)
                .filter(e -> !BODIES.containsKey(e))
                .toList();
        assertThat(unsaid).as("writes without a body in BODIES").isEmpty();
        assertThat(BODIES.keySet())
                .as("bodies without a row")
                .allMatch(e -> rows.stream().anyMatch(r -> r.endpoint().equals(e)));
    }

    @AfterAll
    void sayHowMuchWasChecked() {
        fixture.dispose();
        log.info(
                "roles × endpoints checked: {} cells ({} roles × {} endpoints)",
                checked.get(),
                AuthorizationMatrix.ROLES.size(),
                rows.size());
        findings.forEach(finding -> log.warn("known finding left in the app: {}", finding));
    }

    /** The answer in the matrix's own words: the status, with what the probe, the redirect or the next page says. */
    private String outcome(Cell cell, Answer answer, Map<String, String> values) {
        String expected = cell.answer();
        int status = answer.status();
        if (status == 302 && expected.startsWith("302") && expected.length() > 3) {
            return afterRedirect(clients.get(cell.role()).follow(answer.location()));
        }
        if (status == 302) {
            boolean toSignIn = answer.location().endsWith("/login");
            return toSignIn == cell.role().equals("anonymous") ? "302" : "302 to " + answer.location();
        }
        String probe = cell.row().probe();
        if (status == 200 && probe != null && (expected.endsWith("+") || expected.endsWith("-"))) {
            return answer.text().contains(resolve(probe, values)) ? "200+" : "200-";
        }
        return String.valueOf(status);
    }

    /** What the page a form redirected to says: its notice (done) or its error (not done), or that it is not there. */
    private static String afterRedirect(Answer next) {
        int status = next.status();
        if (status == 200) {
            String page = next.text();
            return FLASH_ERROR.matcher(page).find()
                    ? "302err"
                    : FLASH_NOTICE.matcher(page).find() ? "302ok" : "302 to a page that says neither done nor why not";
        }
        return status == 302 || status == 403 || status == 404 ? "302away" : "302 then " + status;
    }

    private static Body body(Row row, Map<String, String> values) {
        if (!row.writes()) {
            return new None();
        }
        Body body = BODIES.get(row.endpoint());
        if (body instanceof Json json) {
            return new Json(resolve(json.json(), values));
        }
        return body == null ? new None() : body;
    }

    private static String resolve(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no object for {" + m.group(1) + "} in " + text);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    /** A path with its variables blanked and its query dropped: /api/plans/{year} and /api/plans/{id} are one shape. */
    private static String shape(String path) {
        return path.replaceAll("\\?.*", "").replaceAll("\\{[^}]+}", "{}");
    }

    private static String excerpt(Answer answer) {
        if (!answer.textual()) {
            return answer.contentType() + ", " + answer.body().length + " bytes";
        }
        String text = answer.text().replaceAll("\\s+", " ");
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** engine-rest's attachment form: a name, a type and a small text file as its content. */
    private static Body attachment() {
        RawHttp.Body form = EngineAttackCorpusTest.attachment();
        return new RoleClient.Raw(form.contentType(), form.bytes());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String indicator(String code, int quota) {
        return "{\"code\":\"" + code + "\",\"name\":\"x\",\"nameEn\":\"x\",\"kind\":\"COVERAGE\",\"measure\":\"%\","
                + "\"measureEn\":\"%\",\"defaultQuota\":" + quota + ",\"source\":\"REPORTED\"}";
    }

    private static String facility(String code, String owner) {
        return "{\"code\":\"" + code + "\",\"name\":\"x\",\"kind\":\"GALLERY\",\"ownerCode\":\"" + owner
                + "\",\"status\":\"NOT_INSPECTED\"}";
    }

    private static String person(String username, String unit) {
        return "{\"username\":\"" + username
                + "\",\"name\":\"x\",\"email\":\"authz-probe@example.com\",\"language\":\"ZH\","
                + "\"role\":\"SECRETARY_GENERAL\",\"unitCode\":\"" + unit + "\"}";
    }
}
