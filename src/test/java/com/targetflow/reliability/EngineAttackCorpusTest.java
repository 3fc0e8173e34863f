package com.targetflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.targetflow.DemoDistrictTest;
import com.targetflow.reliability.EngineAttackFixture.Doers;
import com.targetflow.reliability.EngineAttackFixture.Kind;
import com.targetflow.reliability.EngineAttackFixture.TaskState;
import com.targetflow.reliability.RawHttp.Body;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Units cannot act for each other through the engine. Every way engine-rest offers to change a
 * task, its variables, its process or the accounts, tried by the unit's own staff (the doers of
 * the task), by another unit, by the inspector and by a district leader (who reads every task and
 * works on none), against one open task of every kind a unit does (see {@link EngineAttackFixture}).
 * The expected answer of every case is written down: a doer's completion with a field its form does
 * not have is the doer's mistake (400, naming the field); anything else is refused (403), to whoever
 * sees the task and to whoever does not, as the engine itself refuses a write to a task one may not
 * see (engine-rest answers a few verbs itself before the engine is asked: see below). Every refusal comes in the
 * caller's language, shows no stack trace, exception or SQL, writes no row anywhere (the app's
 * tables and Camunda's), and leaves the task open as it was — assignee, due date, candidate groups,
 * variables — with SD02's own task and targets untouched. After the corpus, the legitimate ways of
 * working on a task still work, and the four attacks are replayed as written.
 *
 * <p>A verb that comes in several forms (seven ways of writing a variable on the side, five on the
 * process, eight foreign variables, six fields of a task, …) is tried a few forms at a time, in turn
 * by kind and role, so that every kind meets every form over the five roles and every role over the
 * nine kinds, in about 730 cases. Each case's answer and what was wrong with it go to
 * target/engine-attacks-{h2,postgres}.tsv, one line each, for whoever reads a failed run. What a
 * request that should have been refused changed anyway is put back before the next case
 * ({@link EngineAttackFixture#restore()}); completions and thrown events, which cannot be undone,
 * come last, and a case whose task an earlier one ended is reported as skipped, naming that case.
 */
@DemoDistrictTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EngineAttackCorpusTest {

    private static final Logger log = LoggerFactory.getLogger(EngineAttackCorpusTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENGINE = "/engine-rest";
    /** What a stack trace, an exception's name, a class name or a database error looks like in a response. */
    private static final List<String> LEAKS = List.of(
            "Exception",
            "\tat ",
            "at com.",
            "at org.",
            "at java.",
            "SQLState",
            "JDBC",
            "jdbc:",
            "org.hibernate",
            "org.h2",
            "org.postgresql",
            "PSQL",
            "ORA-",
            "Caused by",
            "org.camunda.",
            "com.fasterxml.",
            "com.targetflow.");
    /** engine-rest names the kind of a refusal in its documented error body ("type"); that is not a leak. */
    private static final Pattern ENGINE_REST_ERROR_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"[A-Za-z.]*\"");
    /** A value that Jackson would turn into a java.net.URL: an object of a class the forms never use. */
    static final String URL_OBJECT = "{\"type\":\"Object\",\"value\":\"\\\"http://127.0.0.1:1/\\\"\","
            + "\"valueInfo\":{\"objectTypeName\":\"java.net.URL\",\"serializationDataFormat\":\"application/json\"}}";

    private static final String DUE_2099 = "2099-12-31T09:00:00.000+0800";
    private static final String RETURN_MARK = "【退回】请重新填写";
    private static final String PLAIN_COMMENT = "一条普通意见";
    /** How a problem that changed something begins. */
    private static final String CHANGED = "CHANGED ";

    /** The callers of the corpus, each with HTTP Basic and the demo password. */
    enum Role {
        secretary("street01"),
        unitLeader("street01-leader"),
        otherSecretary("street02"),
        districtLeader("leader"),
        inspector("inspector");

        final String username;

        Role(String username) {
            this.username = username;
        }
    }

    /** How a role stands to a task: one who does it, one who only reads it, one who does not see it. */
    enum Access {
        DOER,
        SEES,
        NONE
    }

    static Access access(Kind kind, Role role) {
        if (role == Role.districtLeader) {
            return Access.SEES;
        }
        boolean doer = switch (kind.doers) {
            case UNIT -> role == Role.secretary || role == Role.unitLeader;
            case INVITEE -> role == Role.secretary;
            case INSPECTOR -> role == Role.inspector;
        };
        return doer ? Access.DOER : Access.NONE;
    }

    /** Variables no form has, each as engine-rest sends a variable: what a unit would use to act for another. */
    static final Map<String, String> FOREIGN = foreign();

    private static Map<String, String> foreign() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("unitCode", "{\"type\":\"String\",\"value\":\"SD02\"}");
        f.put("planId", "{\"type\":\"Long\",\"value\":1}");
        f.put("round", "{\"type\":\"Integer\",\"value\":4}");
        f.put("inspectionId", "{\"type\":\"Long\",\"value\":1}");
        f.put("actionItemId", "{\"type\":\"Long\",\"value\":1}");
        f.put("meetingId", "{\"type\":\"Long\",\"value\":1}");
        f.put("invitee", "{\"type\":\"String\",\"value\":\"street02\"}");
        f.put("probe", "{\"type\":\"String\",\"value\":\"x\"}");
        return f;
    }

    /** A completion the form accepts, per kind, as engine-rest variables (without the braces). */
    static String ownFields(Kind kind) {
        return join(own(kind));
    }

    /** The form's own fields of a completion it accepts, each as engine-rest sends a variable. */
    static Map<String, String> own(Kind kind) {
        Map<String, String> f = new LinkedHashMap<>();
        switch (kind) {
            case confirm, reconfirm -> f.put("targetsAccepted", "{\"type\":\"Boolean\",\"value\":true}");
            case report -> {
                f.put(
                        "values",
                        "{\"type\":\"Json\",\"value\":" + quoted("[{\"indicatorCode\":\"FAC-1\",\"value\":1}]") + "}");
                f.put("narrative", "{\"type\":\"String\",\"value\":\"本季度新建画廊一处\"}");
            }
            case selfAssessment ->
                f.put(
                        "values",
                        "{\"type\":\"Json\",\"value\":" + quoted("[{\"indicatorCode\":\"FAC-1\",\"value\":4}]") + "}");
            case meetingReply -> f.put("reply", "{\"type\":\"String\",\"value\":\"ATTEND\"}");
            case actionItem -> f.put("result", "{\"type\":\"String\",\"value\":\"已报送画廊更新照片\"}");
            case rectification -> f.put("rectification", "{\"type\":\"String\",\"value\":\"已更换面板玻璃\"}");
            case inspection, reinspection -> {
                f.put("boardIntact", "{\"type\":\"Boolean\",\"value\":true}");
                f.put("remark", "{\"type\":\"String\",\"value\":\"完好\"}");
            }
        }
        return f;
    }

    private static String join(Map<String, String> variables) {
        StringBuilder out = new StringBuilder();
        variables.forEach((name, value) -> out.append(out.length() == 0 ? "" : ",")
                .append('"')
                .append(name)
                .append("\":")
                .append(value));
        return out.toString();
    }

    /** One of the form's own keys, to be sent as an object of a class the form never has. */
    static String ownKey(Kind kind) {
        return switch (kind) {
            case confirm, reconfirm -> "objections";
            case report -> "narrative";
            case selfAssessment -> "values";
            case meetingReply -> "reason";
            case actionItem -> "result";
            case rectification -> "rectification";
            case inspection, reinspection -> "remark";
        };
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext beans;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    private RawHttp http;
    private RowCounts rows;
    private EngineAttackFixture fixture;
    private Map<String, String> ids;
    private String managerProfile;
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger made = new AtomicInteger();
    private final Map<String, String> goneBy = new LinkedHashMap<>();
    private final List<String> repairs = new ArrayList<>();
    private final Map<String, Integer> tally = new LinkedHashMap<>();
    /** One line per case (what it answered, what was wrong), written to target/ for whoever reads the run. */
    private final List<String> outcomes = new ArrayList<>();

    @BeforeAll
    void openWorkOfEveryKind() throws Exception {
        http = new RawHttp(port);
        fixture = new EngineAttackFixture(beans);
        long start = System.nanoTime();
        ids = fixture.build();
        log.info("engine attacks: the open work of every kind made in {} ms", (System.nanoTime() - start) / 1_000_000);
        HttpResponse<String> manager =
                http.send("GET", ENGINE + "/user/manager/profile", "manager", "demo", "zh-CN", Body.none());
        assertThat(manager.statusCode())
                .as("the manager reads the own profile: %s", manager.body())
                .isEqualTo(200);
        managerProfile = manager.body();
        rows = new RowCounts(jdbc);
    }

    @AfterAll
    void say() {
        log.info(
                "engine attacks: {} refused as written ({}), each checked against the row counts of {} tables",
                refused.get(),
                tally.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey())
                        .reduce((a, b) -> a + ", " + b)
                        .orElse(""),
                rows.tableCount());
        repairs.forEach(r -> log.warn("engine attack got through, its change put back: {}", r));
        goneBy.forEach((task, by) -> log.warn("task {} was ended by: {}", task, by));
        try {
            Path out = Path.of(
                    "target", "engine-attacks-" + System.getProperty("targetflow.test.database", "h2") + ".tsv");
            Files.createDirectories(out.getParent());
            Files.write(out, outcomes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("could not write the outcomes: {}", e.getMessage());
        }
    }

    // ------------------------------------------------------------------ the corpus

    /** A request that must be refused: who sends it, what, the answer expected, and the task it is about. */
    record Case(
            String label,
            String user,
            String language,
            String method,
            String path,
            Supplier<Body> body,
            int status,
            String names,
            Kind kind,
            String group) {
        @Override
        public String toString() {
            return label + " [" + language + "]";
        }

        boolean anonymous() {
            return user == null;
        }

        Case in(String lang) {
            return new Case(label, user, lang, method, path, body, status, names, kind, group);
        }
    }

    Stream<Named<Case>> corpus() {
        made.set(0);
        List<Case> all = new ArrayList<>();
        // What can be put back comes first; completions and thrown events, which end a task when they get through,
        // last.
        for (Kind kind : Kind.values()) {
            for (Role role : Role.values()) {
                all.addAll(sideWrites(kind, role));
            }
        }
        all.addAll(accounts());
        all.addAll(anonymous());
        for (Kind kind : Kind.values()) {
            List<Role> order = new ArrayList<>(List.of(Role.values()));
            order.sort((a, b) -> Boolean.compare(access(kind, a) == Access.DOER, access(kind, b) == Access.DOER));
            for (Role role : order) {
                all.addAll(completions(kind, role));
            }
        }
        for (Kind kind : Kind.values()) {
            for (Role role : Role.values()) {
                all.addAll(thrownEvents(kind, role));
            }
        }
        return all.stream().map(c -> c.in(nextLanguage())).map(c -> Named.of(c.toString(), c));
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedInTheCallersLanguageAndNothingChanges(Case c) {
        String taskId = c.kind() == null ? null : fixture.id(c.kind());
        if (taskId != null && goneBy.containsKey(taskId)) {
            outcomes.add(c + "\tskipped\t{" + c.kind() + "} ended by " + goneBy.get(taskId));
            Assumptions.abort(
                    "{" + c.kind() + "} was ended by an earlier case that got through: " + goneBy.get(taskId));
        }
        Map<String, Long> before = rows.now();
        String targetsBefore = fixture.targetsNow();
        List<String> problems = new ArrayList<>();
        HttpResponse<String> response = null;
        try {
            response = http.send(
                    c.method(),
                    resolve(c.path()),
                    c.user(),
                    "demo",
                    c.language(),
                    c.body().get());
            problems.addAll(check(c, response, before, targetsBefore));
        } finally {
            if (taskId != null && fixture.state(taskId) == null) {
                goneBy.put(taskId, c.toString());
            }
            // Put back only what was changed: a wrong status or message alone changed nothing.
            if (response == null
                    || response.statusCode() / 100 == 2
                    || problems.stream().anyMatch(p -> p.startsWith(CHANGED))) {
                String repaired = fixture.restore();
                if (!repaired.isEmpty()) {
                    repairs.add(c + ": " + repaired);
                }
            }
            outcomes.add(c + "\t" + (response == null ? "no answer" : response.statusCode()) + " (expected "
                    + (c.anonymous() ? "401/302" : c.status()) + ")\t"
                    + (problems.isEmpty() ? "ok" : String.join("; ", problems)));
        }
        assertThat(problems).as("%s", c).isEmpty();
        refused.incrementAndGet();
        tally.merge(c.group(), 1, Integer::sum);
    }

    /** What is wrong with an answer, in words; nothing when it is the refusal written down. */
    private List<String> check(Case c, HttpResponse<String> response, Map<String, Long> before, String targetsBefore) {
        List<String> problems = new ArrayList<>();
        String body = response.body();
        int status = response.statusCode();
        if (c.anonymous()) {
            String location = response.headers().firstValue("Location").orElse("");
            if (!(status == 401 || status == 302 && location.endsWith("/login"))) {
                problems.add("answered " + status + " " + location + " (expected 401, or a redirect to /login): "
                        + excerpt(body));
            }
        } else if (status != c.status()) {
            problems.add("answered " + status + " (expected " + c.status() + "): " + excerpt(body));
        }
        String shown = ENGINE_REST_ERROR_TYPE.matcher(body).replaceAll("");
        for (String leak : LEAKS) {
            if (shown.contains(leak)) {
                problems.add("the answer shows " + leak);
            }
        }
        if (status != 302) {
            String message = message(body);
            // The input and the task's name (data, not the message's own words) may be quoted back.
            String echo = (c.body().get().bytes().length == 0
                            ? c.path()
                            : new String(c.body().get().bytes(), StandardCharsets.UTF_8))
                    + (c.kind() == null
                            ? ""
                            : fixture.original(fixture.id(c.kind())).name());
            long ownChinese = message.codePoints()
                    .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && echo.indexOf(cp) < 0)
                    .count();
            if (message.isBlank()) {
                problems.add("no message");
            } else if (c.language().startsWith("zh") && ownChinese == 0) {
                problems.add("the message is not in Chinese: " + excerpt(message));
            } else if (!c.language().startsWith("zh") && ownChinese > 0) {
                problems.add("the message is not in English: " + excerpt(message));
            }
            if (c.names() != null && status == c.status() && !names(message, c.names())) {
                problems.add("the message does not name " + c.names() + ": " + excerpt(message));
            }
        }
        Map<String, Long> after = rows.now();
        List<String> written = new ArrayList<>();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                written.add(table + " " + before.get(table) + "→" + count);
            }
        });
        if (!written.isEmpty()) {
            problems.add(CHANGED + "rows written: " + String.join(", ", written));
        }
        List<String> watched = new ArrayList<>();
        if (c.kind() != null) {
            watched.add(fixture.id(c.kind()));
        }
        watched.add(fixture.sd02Confirm());
        for (String id : watched) {
            String changed = fixture.original(id).differences(fixture.state(id));
            if (!changed.isEmpty()) {
                problems.add(CHANGED + "task " + name(id) + " changed: " + changed);
            }
        }
        if (!fixture.targetsNow().equals(targetsBefore)) {
            problems.add(CHANGED + "targets changed: " + fixture.targetsNow().replace('\n', ','));
        }
        if (!fixture.identityNow().equals(fixture.originalIdentity())) {
            problems.add(CHANGED + "accounts or grants changed");
        }
        return problems;
    }

    /** Whether a message names one of the words (separated by "|"), in any case. */
    private static boolean names(String message, String words) {
        for (String word : words.split("\\|")) {
            if (message.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private String name(String taskId) {
        return ids.entrySet().stream()
                .filter(e -> e.getValue().equals(taskId) && !e.getKey().contains("."))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(taskId);
    }

    /** Cases are built alternately in Chinese and in English. */
    private String nextLanguage() {
        return made.incrementAndGet() % 2 == 1 ? "zh-CN" : "en";
    }

    private Case on(
            Kind kind,
            Role role,
            String method,
            String path,
            String label,
            Supplier<Body> body,
            int doer,
            int sees,
            int none,
            String names,
            String group) {
        Access access = access(kind, role);
        int status = switch (access) {
            case DOER -> doer;
            case SEES -> sees;
            case NONE -> none;
        };
        String shown = path.replace("{T}", "{" + kind + "}")
                .replace("{P}", "{" + kind + ".process}")
                .replace("{E}", "{" + kind + ".execution}");
        return new Case(
                method + " " + shown + (label.isEmpty() ? "" : " " + label) + " as " + role,
                role.username,
                "",
                method,
                ENGINE + shown,
                body,
                status,
                status == 400 ? names : null,
                kind,
                group);
    }

    private Case json(
            Kind kind,
            Role role,
            String method,
            String path,
            String label,
            String json,
            int doer,
            int sees,
            int none,
            String names,
            String group) {
        return on(kind, role, method, path, label, () -> Body.json(json), doer, sees, none, names, group);
    }

    /**
     * Everything but completions and thrown events: refused (403), whether or not the caller sees the task, as
     * the engine refuses a write; only where engine-rest reads the task as the caller first (PUT /task, 404)
     * or its history (comments and attachments, 400 "no task found") does it answer before the guard.
     */
    private List<Case> sideWrites(Kind kind, Role role) {
        int k = kind.ordinal();
        int r = role.ordinal();
        List<Case> cases = new ArrayList<>();
        String unitCode = "{\"value\":\"SD02\",\"type\":\"String\"}";
        // 4. Variables written beside the form: three of the seven, in turn (every kind and every role meets all
        // seven).
        List<Case> variables = List.of(
                json(
                        kind,
                        role,
                        "PUT",
                        "/task/{T}/variables/unitCode",
                        "",
                        unitCode,
                        403,
                        403,
                        403,
                        null,
                        "task variables"),
                json(
                        kind,
                        role,
                        "POST",
                        "/task/{T}/variables",
                        "(modifications: unitCode)",
                        "{\"modifications\":{\"unitCode\":" + unitCode + "}}",
                        403,
                        403,
                        403,
                        null,
                        "task variables"),
                on(
                        kind,
                        role,
                        "DELETE",
                        "/task/{T}/variables/unitCode",
                        "",
                        Body::none,
                        403,
                        403,
                        403,
                        null,
                        "task variables"),
                json(
                        kind,
                        role,
                        "PUT",
                        "/task/{T}/localVariables/x",
                        "",
                        "{\"value\":\"y\",\"type\":\"String\"}",
                        403,
                        403,
                        403,
                        null,
                        "task variables"),
                json(
                        kind,
                        role,
                        "POST",
                        "/task/{T}/localVariables",
                        "(modifications: x)",
                        "{\"modifications\":{\"x\":{\"value\":\"y\",\"type\":\"String\"}}}",
                        403,
                        403,
                        403,
                        null,
                        "task variables"),
                on(
                        kind,
                        role,
                        "DELETE",
                        "/task/{T}/localVariables/x",
                        "",
                        Body::none,
                        403,
                        403,
                        403,
                        null,
                        "task variables"),
                json(
                        kind,
                        role,
                        "PUT",
                        "/task/{T}/variables/probe",
                        "as a java.net.URL object",
                        URL_OBJECT,
                        403,
                        403,
                        403,
                        null,
                        "task variables"));
        cases.addAll(inTurn(variables, k + r, 3));
        // 5. The process instance's and the execution's variables: refused to every role, seen or not; one of five in
        // turn.
        List<Case> process = List.of(
                json(
                        kind,
                        role,
                        "PUT",
                        "/process-instance/{P}/variables/unitCode",
                        "",
                        unitCode,
                        403,
                        403,
                        403,
                        null,
                        "process variables"),
                json(
                        kind,
                        role,
                        "POST",
                        "/process-instance/{P}/variables",
                        "(modifications: unitCode)",
                        "{\"modifications\":{\"unitCode\":" + unitCode + "}}",
                        403,
                        403,
                        403,
                        null,
                        "process variables"),
                on(
                        kind,
                        role,
                        "DELETE",
                        "/process-instance/{P}/variables/unitCode",
                        "",
                        Body::none,
                        403,
                        403,
                        403,
                        null,
                        "process variables"),
                json(
                        kind,
                        role,
                        "PUT",
                        "/execution/{E}/localVariables/unitCode",
                        "",
                        unitCode,
                        403,
                        403,
                        403,
                        null,
                        "process variables"),
                json(
                        kind,
                        role,
                        "POST",
                        "/execution/{E}/localVariables",
                        "(modifications: unitCode)",
                        "{\"modifications\":{\"unitCode\":" + unitCode + "}}",
                        403,
                        403,
                        403,
                        null,
                        "process variables"));
        cases.addAll(inTurn(process, k + r, 1));
        // 6. The task's own fields: the due date always, and one more field in turn.
        cases.add(fields(kind, role, "due", DUE_2099));
        List<Case> others = List.of(
                fields(kind, role, "followUp", "2099-12-30T09:00:00.000+0800"),
                fields(kind, role, "priority", "100"),
                fields(kind, role, "name", "已办结"),
                fields(kind, role, "description", "由他人代办"),
                fields(kind, role, "owner", "street02"));
        cases.addAll(inTurn(others, k + r, 1));
        // 7. Assignment to another unit, always; then in turn one of: to the district, (for a task of one person) to a
        // colleague, 8. a claim for someone else, 9. a delegation, its resolution.
        cases.add(json(
                kind,
                role,
                "POST",
                "/task/{T}/assignee",
                "to street02 (another unit)",
                "{\"userId\":\"street02\"}",
                403,
                403,
                403,
                null,
                "assignment"));
        List<Case> handing = new ArrayList<>(List.of(
                json(
                        kind,
                        role,
                        "POST",
                        "/task/{T}/assignee",
                        "to manager",
                        "{\"userId\":\"manager\"}",
                        403,
                        403,
                        403,
                        null,
                        "assignment"),
                json(
                        kind,
                        role,
                        "POST",
                        "/task/{T}/claim",
                        "for street02",
                        "{\"userId\":\"street02\"}",
                        403,
                        403,
                        403,
                        null,
                        "assignment"),
                json(
                        kind,
                        role,
                        "POST",
                        "/task/{T}/delegate",
                        "to manager",
                        "{\"userId\":\"manager\"}",
                        403,
                        403,
                        403,
                        null,
                        "assignment"),
                json(
                        kind,
                        role,
                        "POST",
                        "/task/{T}/resolve",
                        "",
                        "{\"variables\":{}}",
                        403,
                        403,
                        403,
                        null,
                        "assignment")));
        if (kind.doers != Doers.UNIT) {
            handing.add(json(
                    kind,
                    role,
                    "POST",
                    "/task/{T}/assignee",
                    "to street01-leader",
                    "{\"userId\":\"street01-leader\"}",
                    403,
                    403,
                    403,
                    null,
                    "assignment"));
        }
        cases.addAll(inTurn(handing, k + r, 1));
        // 10. Who the task is for: one of the two in turn.
        cases.addAll(inTurn(
                List.of(
                        json(
                                kind,
                                role,
                                "POST",
                                "/task/{T}/identity-links",
                                "(candidate group SD02)",
                                "{\"groupId\":\"SD02\",\"type\":\"candidate\"}",
                                403,
                                403,
                                403,
                                null,
                                "identity links"),
                        json(
                                kind,
                                role,
                                "POST",
                                "/task/{T}/identity-links/delete",
                                "(candidate group SD01)",
                                "{\"groupId\":\"SD01\",\"type\":\"candidate\"}",
                                403,
                                403,
                                403,
                                null,
                                "identity links")),
                k + r,
                1));
        // 11. The reviewer's return mark is not the unit's to write. engine-rest looks the task up in history as
        // the caller before anything else, and a unit's staff read no history: they cannot comment through
        // engine-rest at all (400, "no task found"; they comment on the workbench). A district leader reads
        // history and is refused by the guard: they may work on no task.
        cases.add(json(
                kind,
                role,
                "POST",
                "/task/{T}/comment/create",
                "with the return mark " + RETURN_MARK,
                "{\"message\":\"" + RETURN_MARK + "\"}",
                400,
                403,
                400,
                null,
                "comments"));
        if (access(kind, role) != Access.DOER) {
            cases.add(json(
                    kind,
                    role,
                    "POST",
                    "/task/{T}/comment/create",
                    "(a plain comment)",
                    "{\"message\":\"" + PLAIN_COMMENT + "\"}",
                    0,
                    403,
                    400,
                    null,
                    "comments"));
        }
        // 12. A file attached through the engine: the same history look-up comes first.
        cases.add(on(
                kind,
                role,
                "POST",
                "/task/{T}/attachment/create",
                "(multipart, a small text file)",
                EngineAttackCorpusTest::attachment,
                400,
                403,
                400,
                null,
                "attachments"));
        return cases;
    }

    /**
     * {@code count} of the cases, starting at {@code turn} and spread over the list: with turn = kind + role, the
     * five roles of one kind, and the nine kinds of one role, between them try every case of the list.
     */
    private static List<Case> inTurn(List<Case> cases, int turn, int count) {
        List<Case> chosen = new ArrayList<>();
        int step = Math.max(1, cases.size() / count);
        for (int n = 0; n < count; n++) {
            chosen.add(cases.get((turn + n * step) % cases.size()));
        }
        return chosen;
    }

    /** PUT /task/{T}: the task as it is, with one field changed. */
    private Case fields(Kind kind, Role role, String field, String value) {
        return on(
                kind,
                role,
                "PUT",
                "/task/{T}",
                "with " + field + " " + value,
                () -> Body.json(taskWith(kind, field, value)),
                403,
                403,
                404,
                null,
                "task fields"); // engine-rest reads the task as the caller first
    }

    private String taskWith(Kind kind, String field, String value) {
        TaskState t = fixture.original(fixture.id(kind));
        Map<String, Object> dto = new LinkedHashMap<>();
        dto.put("name", t.name());
        dto.put("description", t.description());
        dto.put("priority", t.priority());
        dto.put("assignee", t.assignee());
        dto.put("owner", t.owner());
        dto.put(
                "delegationState",
                t.delegation() == null ? null : t.delegation().name());
        dto.put("due", format(t.due()));
        dto.put("followUp", format(t.followUp()));
        dto.put("parentTaskId", null);
        dto.put("caseInstanceId", null);
        dto.put("tenantId", null);
        dto.put(field, field.equals("priority") ? (Object) Integer.parseInt(value) : value);
        try {
            return JSON.writeValueAsString(dto);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String format(Date date) {
        if (date == null) {
            return null;
        }
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        f.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
        return f.format(date);
    }

    /** Completions carrying what the form does not have: the doer's mistake (400), refused to the rest. */
    private List<Case> completions(Kind kind, Role role) {
        int k = kind.ordinal();
        int r = role.ordinal();
        List<String> names = new ArrayList<>(FOREIGN.keySet());
        List<Case> cases = new ArrayList<>();
        // 1. In turn, each role tries every foreign variable over the nine kinds.
        String foreign = names.get((k + r) % names.size());
        cases.add(json(
                kind,
                role,
                "POST",
                "/task/{T}/complete",
                "with " + foreign,
                "{\"variables\":{" + ownFields(kind) + ",\"" + foreign + "\":" + FOREIGN.get(foreign) + "}}",
                400,
                403,
                403,
                foreign,
                "completions"));
        // 2. The same through the form submission.
        String name = names.get((k + 2 * r + 3) % names.size());
        cases.add(json(
                kind,
                role,
                "POST",
                "/task/{T}/submit-form",
                "with " + name,
                "{\"variables\":{" + ownFields(kind) + ",\"" + name + "\":" + FOREIGN.get(name) + "}}",
                400,
                403,
                403,
                name,
                "completions"));
        // 3. One of the form's own keys as an object of another class.
        String key = ownKey(kind);
        Map<String, String> fields = own(kind);
        fields.put(key, URL_OBJECT);
        cases.add(json(
                kind,
                role,
                "POST",
                "/task/{T}/complete",
                "with " + key + " as a java.net.URL object",
                "{\"variables\":{" + join(fields) + "}}",
                400,
                403,
                403,
                null,
                "completions"));
        return cases;
    }

    /** 13. A BPMN error or escalation thrown at the task by a caller. */
    private List<Case> thrownEvents(Kind kind, Role role) {
        return inTurn(
                List.of(
                        json(
                                kind,
                                role,
                                "POST",
                                "/task/{T}/bpmnError",
                                "",
                                "{\"errorCode\":\"x\"}",
                                403,
                                403,
                                403,
                                null,
                                "thrown events"),
                        json(
                                kind,
                                role,
                                "POST",
                                "/task/{T}/bpmnEscalation",
                                "",
                                "{\"escalationCode\":\"x\"}",
                                403,
                                403,
                                403,
                                null,
                                "thrown events")),
                kind.ordinal() + role.ordinal(),
                1);
    }

    /** Accounts, groups, tenants and grants: none is a unit's, an inspector's or a district leader's to change. */
    private List<Case> accounts() {
        List<Case> cases = new ArrayList<>();
        cases.add(account(Role.secretary, "DELETE", "/user/street13", "(another unit's account)", null));
        cases.add(account(
                Role.secretary,
                "PUT",
                "/user/street01/profile",
                "with the manager's name and e-mail",
                () -> profile("street01")));
        // engine-rest reads the account as the caller first, and a unit's staff see only their own: not there (404).
        cases.add(account(
                Role.secretary,
                "PUT",
                "/user/street02/profile",
                "(another unit's account)",
                () -> profile("street02"),
                404));
        cases.add(account(
                Role.secretary,
                "POST",
                "/group/create",
                "(a group SD99)",
                () -> "{\"id\":\"SD99\",\"name\":\"伪造单位\",\"type\":\"unit\"}"));
        cases.add(account(Role.secretary, "PUT", "/group/SD02/members/street01", "(joining another unit)", null));
        cases.add(account(
                Role.secretary, "DELETE", "/group/SD01/members/street01-leader", "(removing a colleague)", null));
        cases.add(account(
                Role.secretary, "POST", "/tenant/create", "", () -> "{\"id\":\"tenant-sd01\",\"name\":\"伪造租户\"}"));
        cases.add(account(
                Role.secretary,
                "POST",
                "/authorization/create",
                "(all on every task)",
                () -> grantAllTasks("street01")));
        cases.add(account(Role.secretary, "POST", "/user/create", "", () -> newUser("intruder-sd01")));
        cases.add(account(
                Role.unitLeader,
                "PUT",
                "/user/street01-leader/profile",
                "with the manager's name and e-mail",
                () -> profile("street01-leader")));
        cases.add(account(
                Role.unitLeader, "PUT", "/group/managers/members/street01-leader", "(joining the managers)", null));
        cases.add(account(Role.unitLeader, "DELETE", "/group/SD01/members/street01", "(removing a colleague)", null));
        cases.add(account(Role.otherSecretary, "DELETE", "/user/street02", "(its own account)", null));
        cases.add(account(Role.otherSecretary, "PUT", "/group/SD01/members/street02", "(joining another unit)", null));
        cases.add(account(
                Role.otherSecretary,
                "POST",
                "/authorization/create",
                "(all on every task)",
                () -> grantAllTasks("street02")));
        cases.add(account(
                Role.districtLeader,
                "PUT",
                "/user/leader/profile",
                "with the manager's name and e-mail",
                () -> profile("leader")));
        cases.add(
                account(Role.districtLeader, "PUT", "/group/managers/members/leader", "(joining the managers)", null));
        cases.add(account(
                Role.districtLeader,
                "POST",
                "/authorization/create",
                "(all on every task)",
                () -> grantAllTasks("leader")));
        cases.add(account(Role.districtLeader, "POST", "/user/create", "", () -> newUser("intruder-leader")));
        cases.add(account(Role.districtLeader, "DELETE", "/user/street13", "(a unit's account)", null));
        cases.add(account(
                Role.inspector,
                "PUT",
                "/user/inspector/profile",
                "with the manager's name and e-mail",
                () -> profile("inspector")));
        cases.add(account(Role.inspector, "PUT", "/group/managers/members/inspector", "(joining the managers)", null));
        cases.add(account(
                Role.inspector,
                "POST",
                "/group/create",
                "(a group SD99)",
                () -> "{\"id\":\"SD99\",\"name\":\"伪造单位\",\"type\":\"unit\"}"));
        cases.add(account(
                Role.inspector, "POST", "/tenant/create", "", () -> "{\"id\":\"tenant-insp\",\"name\":\"伪造租户\"}"));
        cases.add(account(
                Role.inspector, "DELETE", "/group/SD01/members/street01", "(removing a unit's secretary)", null));
        return cases;
    }

    private Case account(Role role, String method, String path, String label, Supplier<String> json) {
        return account(role, method, path, label, json, 403);
    }

    private Case account(Role role, String method, String path, String label, Supplier<String> json, int status) {
        Supplier<Body> body = json == null ? Body::none : () -> Body.json(json.get());
        return new Case(
                method + " " + path + (label.isEmpty() ? "" : " " + label) + " as " + role,
                role.username,
                "",
                method,
                ENGINE + path,
                body,
                status,
                null,
                null,
                "accounts");
    }

    /** The API description names every endpoint: signed-in people only. */
    private List<Case> anonymous() {
        List<Case> cases = new ArrayList<>();
        for (String path : List.of("/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html")) {
            cases.add(new Case(
                    "GET " + path + " as anonymous", null, "", "GET", path, Body::none, 401, null, null, "anonymous"));
        }
        return cases;
    }

    private String profile(String userId) {
        try {
            JsonNode manager = JSON.readTree(managerProfile);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", userId);
            p.put("firstName", manager.path("firstName").asText());
            p.put("lastName", manager.path("lastName").asText());
            p.put("email", manager.path("email").asText());
            return JSON.writeValueAsString(p);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String grantAllTasks(String userId) {
        return "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"" + userId
                + "\",\"groupId\":null,\"resourceType\":7," + "\"resourceId\":\"*\"}";
    }

    private static String newUser(String userId) {
        return "{\"profile\":{\"id\":\"" + userId + "\",\"firstName\":\"伪造\",\"lastName\":\"用户\",\"email\":\"" + userId
                + "@example.com\"},\"credentials\":{\"password\":\"Intruder-2053-pass\"}}";
    }

    /** A small text file as engine-rest's attachment form takes it. */
    static Body attachment() {
        String boundary = "----engine-attack" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String[] field : new String[][] {
            {"attachment-name", "说明.txt"}, {"attachment-description", "代办说明"}, {"attachment-type", "text/plain"}
        }) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                            + field[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"note.txt\"\r\n"
                                + "Content-Type: text/plain\r\n\r\n一些文字\r\n--" + boundary + "--\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        return new Body("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    // ------------------------------------------------------------------ the attacks, as written

    @Test
    @Order(2)
    void aUnitCannotCompleteItsConfirmationForAnotherUnit() {
        List<String> sd02 = fixture.statusesOf("SD02");
        try {
            HttpResponse<String> answer = http.send(
                    "POST",
                    ENGINE + "/task/" + fixture.id(Kind.confirm) + "/complete",
                    "street01",
                    "demo",
                    "zh-CN",
                    Body.json("{\"variables\":{\"unitCode\":{\"value\":\"SD02\",\"type\":\"String\"},"
                            + "\"targetsAccepted\":{\"value\":true,\"type\":\"Boolean\"}}}"));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertThat(message(answer.body())).contains("unitCode");
            assertThat(fixture.statusesOf("SD02")).isEqualTo(sd02).doesNotContain("CONFIRMED");
        } finally {
            fixture.restore();
        }
    }

    @Test
    @Order(2)
    void anotherUnitCannotMoveItsOwnDueDate() {
        String task = fixture.sd02Confirm();
        Date due = fixture.original(task).due();
        try {
            HttpResponse<String> answer = http.send(
                    "PUT",
                    ENGINE + "/task/" + task,
                    "street02",
                    "demo",
                    "zh-CN",
                    Body.json("{\"name\":\"确认目标\",\"due\":\"" + DUE_2099 + "\"}"));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
            assertThat(tasks.createTaskQuery().taskId(task).singleResult().getDueDate())
                    .isEqualTo(due);
        } finally {
            fixture.restore();
        }
    }

    @Test
    @Order(2)
    void aSecretaryCannotDeleteTheirOwnAccount() {
        try {
            HttpResponse<String> answer =
                    http.send("DELETE", ENGINE + "/user/street13", "street13", "demo", "zh-CN", Body.none());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
            assertThat(identity.createUserQuery().userId("street13").count()).isOne();
        } finally {
            fixture.restore();
        }
    }

    @Test
    @Order(2)
    void noObjectOfAnyClassCanBeStoredInATask() {
        try {
            HttpResponse<String> answer = http.send(
                    "PUT",
                    ENGINE + "/task/" + fixture.id(Kind.confirm) + "/variables/probe",
                    "street01",
                    "demo",
                    "en",
                    Body.json(URL_OBJECT));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
            assertThat(tasks.getVariable(fixture.id(Kind.confirm), "probe")).isNull();
        } finally {
            fixture.restore();
        }
    }

    // ------------------------------------------------------------------ legitimate work still works

    @Test
    @Order(3)
    void aSecretaryClaimsReleasesAndHandsTheConfirmationToTheUnitLeaderWhoCompletesIt() {
        String confirm = fixture.id(Kind.confirm);
        List<String> sd02 = fixture.statusesOf("SD02");
        assertThat(post("street01", "/task/" + confirm + "/claim", "{\"userId\":\"street01\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(confirm).singleResult().getAssignee())
                .isEqualTo("street01");
        assertThat(post("street01", "/task/" + confirm + "/unclaim", "").statusCode())
                .isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(confirm).singleResult().getAssignee())
                .isNull();
        assertThat(post("street01", "/task/" + confirm + "/assignee", "{\"userId\":\"street01-leader\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(confirm).singleResult().getAssignee())
                .isEqualTo("street01-leader");

        HttpResponse<String> done = post(
                "street01-leader",
                "/task/" + confirm + "/complete",
                "{\"variables\":{\"targetsAccepted\":{\"value\":true,\"type\":\"Boolean\"}}}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(fixture.statusesOf("SD01")).isNotEmpty().containsOnly("CONFIRMED");
        assertThat(fixture.statusesOf("SD02")).isEqualTo(sd02);
    }

    @Test
    @Order(3)
    void aSecretaryCommentsOnTheUnitsReport() {
        // On the workbench: engine-rest's comment/create reads the task's history first, which a unit may not read.
        HttpResponse<String> answer = http.send(
                "POST",
                "/api/workbench/tasks/" + fixture.id(Kind.report) + "/comments",
                "street01",
                "demo",
                "zh-CN",
                Body.json("{\"message\":\"" + PLAIN_COMMENT + "\"}"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(tasks.getTaskComments(fixture.id(Kind.report)))
                .extracting(c -> c.getFullMessage())
                .contains(PLAIN_COMMENT);
    }

    @Test
    @Order(3)
    void aSecretaryChangesTheirOwnPasswordAndBack() {
        String strong = "Tf-2053-" + UUID.randomUUID();
        try {
            HttpResponse<String> changed = http.send(
                    "PUT",
                    ENGINE + "/user/street01/credentials",
                    "street01",
                    "demo",
                    "zh-CN",
                    Body.json("{\"password\":\"" + strong + "\",\"authenticatedUserPassword\":\"demo\"}"));
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
            HttpResponse<String> back = http.send(
                    "PUT",
                    ENGINE + "/user/street01/credentials",
                    "street01",
                    strong,
                    "zh-CN",
                    Body.json("{\"password\":\"demo\",\"authenticatedUserPassword\":\"" + strong + "\"}"));
            assertThat(back.statusCode()).as(back.body()).isEqualTo(204);
            assertThat(identity.checkPassword("street01", "demo")).isTrue();
        } finally {
            if (!identity.checkPassword("street01", "demo")) {
                User user = identity.createUserQuery().userId("street01").singleResult();
                user.setPassword("demo");
                identity.saveUser(user);
            }
        }
    }

    @Test
    @Order(4)
    void theInviteeRepliesThroughTheForm() {
        String reply = fixture.id(Kind.meetingReply);
        HttpResponse<String> answer = post(
                "street01",
                "/task/" + reply + "/submit-form",
                "{\"variables\":{\"reply\":{\"value\":\"ATTEND\",\"type\":\"String\"}}}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(reply).count()).isZero();
    }

    // ------------------------------------------------------------------ helpers

    private HttpResponse<String> post(String user, String path, String json) {
        return http.send(
                "POST", ENGINE + path, user, "demo", "zh-CN", json.isEmpty() ? Body.json("{}") : Body.json(json));
    }

    private String resolve(String path) {
        String resolved = path;
        // The longest placeholders first: {report.process} before {report}.
        List<Map.Entry<String, String>> entries = new ArrayList<>(ids.entrySet());
        entries.sort((a, b) -> b.getKey().length() - a.getKey().length());
        for (Map.Entry<String, String> id : entries) {
            resolved = resolved.replace(id.getKey(), id.getValue());
        }
        return resolved;
    }

    /** The message of engine-rest's errors ({"type", "message"}) and of the app's ({"message", "fields"}). */
    static String message(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            StringBuilder text = new StringBuilder(json.path("message").asText());
            json.path("fields")
                    .forEach(f -> text.append(' ')
                            .append(f.path("field").asText())
                            .append(' ')
                            .append(f.path("message").asText()));
            return text.toString().strip();
        } catch (Exception notJson) {
            return body;
        }
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String excerpt(String body) {
        String text = body == null ? "" : body.replaceAll("\\s+", " ");
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
