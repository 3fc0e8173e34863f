package com.targetflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.targetflow.DemoDistrictTest;
import com.targetflow.models.UnitTargetsModel;
import com.targetflow.reliability.RawHttp.Body;
import com.targetflow.report.PlanSheets;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.PlanService;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everything a careless or hostile caller may send, through every way in: the app's JSON API,
 * task completions through engine-rest, Excel plan uploads, evidence uploads and sign-in. Each case
 * must be refused with a 4xx whose message names the problem in the caller's language (Chinese or
 * English), must show no stack trace, exception or SQL, and must leave every table of the database
 * — the app's and Camunda's — with exactly the rows it had, and the tasks open and unclaimed.
 */
@DemoDistrictTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTest {

    private static final Logger log = LoggerFactory.getLogger(BadInputCorpusTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** An issued plan (tasks to complete and attach evidence to) and a draft one (targets to add and change). */
    static final int ISSUED = 2063;

    static final int DRAFT = 2064;
    /** A year without a plan, which an Excel import would create. */
    static final int IMPORTED = 2066;

    private static final String MEGABYTE = "A".repeat(1 << 20);
    /**
     * A refused task submission names each field by the label its form shows (Chinese|English), never by
     * its key or path: 完成值 / 完成情况 for "values", and so on.
     */
    private static final Map<String, String> FORM_LABELS = Map.of(
            "values",
            "完成|Value",
            "narrative",
            "进展说明|Narrative",
            "targetsAccepted",
            "确认结果|Confirmation",
            "objections",
            "异议|Objection");

    private static final String MEGABYTE_OF_EMOJI = "😀".repeat(1 << 18);
    private static final String REMOVE = "\u0000remove";
    /** What a stack trace, an exception's name or a database error looks like in a response. */
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
            "Caused by");

    @LocalServerPort
    int port;

    @Autowired
    PlanService plans;

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

    private RawHttp http;
    private RowCounts rows;
    private final Map<String, String> ids = new HashMap<>();
    private final AtomicInteger tried = new AtomicInteger();
    private ExcelFiles excel;

    @BeforeAll
    void aPlanWithOpenTasksAndADraftPlan() throws Exception {
        http = new RawHttp(port);
        tx.executeWithoutResult(s -> {
            AnnualPlan issued = plans.createDraft(ISSUED);
            plans.addTarget(issued, "FAC-1", "SD01", BigDecimal.TEN, LocalDate.of(ISSUED, 10, 31));
            plans.addTarget(issued, "FAC-1", "SD02", BigDecimal.TEN, LocalDate.of(ISSUED, 10, 31));
            plans.issue(issued);
            AnnualPlan draft = plans.createDraft(DRAFT);
            ids.put(
                    "{draftTarget}",
                    String.valueOf(plans.addTarget(draft, "FAC-1", "SD01", BigDecimal.ONE, LocalDate.of(DRAFT, 6, 30))
                            .getId()));
        });
        // SD01 confirms its targets and reaches its first progress report; SD02 is still to confirm.
        String sd01 = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ISSUED + "-SD01")
                .singleResult()
                .getId();
        tasks.complete(
                tasks.createTaskQuery().processInstanceId(sd01).singleResult().getId(),
                Map.of("targetsAccepted", true));
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(sd01)
                .timers()
                .singleResult()
                .getId());
        ids.put(
                "{report}",
                tasks.createTaskQuery()
                        .processInstanceId(sd01)
                        .taskDefinitionKey(UnitTargetsModel.TASK_REPORT_PROGRESS)
                        .singleResult()
                        .getId());
        String sd02 = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ISSUED + "-SD02")
                .singleResult()
                .getId();
        ids.put(
                "{confirm}",
                tasks.createTaskQuery().processInstanceId(sd02).singleResult().getId());
        ids.put(
                "{issuedTarget}",
                String.valueOf(jdbc.queryForObject(
                        "select min(t.id) from tf_target t join tf_plan p on p.id = t.plan_id where p.plan_year = ?",
                        Long.class,
                        ISSUED)));
        excel = new ExcelFiles(http.download("/api/plans/" + IMPORTED + "/template.xlsx", "manager", "demo"), IMPORTED);
        rows = new RowCounts(jdbc);
    }

    @AfterAll
    void say() {
        log.info(
                "Bad-input corpus: {} cases refused, each checked against the row counts of {} tables",
                tried.get(),
                rows.tableCount());
    }

    Stream<Named<Case>> corpus() {
        List<Case> all = new ArrayList<>();
        all.addAll(units());
        all.addAll(people());
        all.addAll(facilities());
        all.addAll(indicators());
        all.addAll(plansAndTargets());
        all.addAll(meetingsAndInspections());
        all.addAll(workbench());
        all.addAll(engineRest());
        all.addAll(excel());
        all.addAll(evidence());
        all.addAll(signIn());
        all.addAll(addresses());
        return all.stream().map(c -> Named.of(c.toString(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedWithAMessageInTheCallersLanguageAndNothingIsWritten(Case c) throws Exception {
        Map<String, Long> before = rows.now();
        String path = resolve(c.path());
        HttpResponse<String> response = http.send(
                c.method(), path, c.user(), c.password(), c.language(), c.body().get());
        tried.incrementAndGet();

        assertThat(response.statusCode()).as("%s → %s", c, response.body()).isEqualTo(c.status());
        String body = response.body();
        // engine-rest's error format names the kind of error ("type": "InvalidRequestException"), by
        // Camunda's contract with its clients; that name is not a leak, the rest of the answer is checked.
        String shown = body.replaceFirst("^\\{\"type\":\"\\w+\",", "{");
        for (String leak : LEAKS) {
            assertThat(shown).as("%s: the answer shows %s", c, leak).doesNotContain(leak);
        }
        String message = message(body);
        String[] names = c.names().split("\\|");
        String named = names.length > 1 && !c.language().startsWith("zh") ? names[1] : names[0];
        assertThat(message).as("%s: the message names the problem", c).containsIgnoringCase(resolve(named));
        // Chinese characters of the input itself may be quoted back, and a target named as its form shows it (the
        // indicator's name in the district's language); the message's own words decide its language.
        String words = message;
        for (String indicator : jdbc.queryForList("select name from tf_indicator", String.class)) {
            words = words.replace(indicator, "");
        }
        long ownChinese = words.codePoints()
                .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                        && c.echo().indexOf(cp) < 0)
                .count();
        if (c.language().startsWith("zh")) {
            assertThat(ownChinese)
                    .as("%s: a Chinese message, was: %s", c, message)
                    .isPositive();
        } else {
            assertThat(ownChinese)
                    .as("%s: an English message, was: %s", c, message)
                    .isZero();
        }
        assertThat(rows.now()).as("%s wrote nothing", c).isEqualTo(before);
        for (String task : List.of("{report}", "{confirm}")) {
            Task open = tasks.createTaskQuery().taskId(ids.get(task)).singleResult();
            assertThat(open).as("%s: task %s still open", c, task).isNotNull();
            assertThat(open.getAssignee())
                    .as("%s: task %s still unclaimed", c, task)
                    .isNull();
        }
    }

    private String resolve(String path) {
        String resolved = path;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            resolved = resolved.replace(id.getKey(), id.getValue());
        }
        return resolved;
    }

    /** The message of the app's JSON errors and of engine-rest's ({"type", "message"}). */
    private static String message(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            StringBuilder text = new StringBuilder(json.path("message").asText());
            json.path("fields")
                    .forEach(f -> text.append(' ').append(f.path("message").asText()));
            return text.toString();
        } catch (Exception notJson) {
            return body;
        }
    }

    // ------------------------------------------------------------------ the cases

    /** A request that must be refused: status, a word its message must contain, the input it may echo. */
    record Case(
            String label,
            String user,
            String password,
            String language,
            String method,
            String path,
            Supplier<Body> body,
            int status,
            String names,
            String echo) {
        @Override
        public String toString() {
            return label + " [" + language + "]";
        }
    }

    /** Cases are built in Chinese, every third in English, as a mixed district's users send them. */
    private final AtomicInteger made = new AtomicInteger();

    private String nextLanguage() {
        return made.incrementAndGet() % 3 == 0 ? "en" : "zh-CN";
    }

    private Case json(String user, String method, String path, String label, String body, int status, String names) {
        return new Case(
                method + " " + path + " " + label,
                user,
                "demo",
                nextLanguage(),
                method,
                path,
                () -> Body.json(body),
                status,
                names,
                body.length() > 200 ? body.substring(0, 200) : body);
    }

    /** The valid body with one field changed (or removed): the message must name that field. */
    private Case field(
            String user,
            String method,
            String path,
            ObjectNode valid,
            String field,
            String value,
            int status,
            String label) {
        ObjectNode body = valid.deepCopy();
        String echo = "";
        if (REMOVE.equals(value)) {
            body.remove(field);
        } else {
            try {
                body.set(field, JSON.readTree(value));
            } catch (Exception e) {
                throw new IllegalArgumentException(value, e);
            }
            echo = body.get(field).isTextual() ? body.get(field).asText() : value;
        }
        String language = nextLanguage();
        String text = body.toString();
        return new Case(
                method + " " + path + " " + field + ": " + label,
                user,
                "demo",
                language,
                method,
                path,
                () -> Body.json(text),
                status,
                FORM_LABELS.getOrDefault(field, field),
                echo);
    }

    private static ObjectNode object(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bodies that are not what any endpoint reads. */
    private List<Case> malformed(String user, String method, String path) {
        return List.of(
                json(user, method, path, "not JSON", "{\"name\": ", 400, "JSON"),
                json(user, method, path, "a JSON array", "[1, 2, 3]", 400, "JSON"),
                json(user, method, path, "an empty body", "", 400, "JSON"),
                new Case(
                        method + " " + path + " as text/plain",
                        user,
                        "demo",
                        nextLanguage(),
                        method,
                        path,
                        () -> new Body("text/plain", "code=ZZ".getBytes()),
                        415,
                        "text/plain",
                        ""));
    }

    private List<Case> units() {
        String path = "/api/units";
        ObjectNode valid = object("{\"code\":\"ZZ-CORPUS\",\"name\":\"语料测试单位\",\"kind\":\"SUBDISTRICT_ASSOCIATION\"}");
        List<Case> cases = new ArrayList<>(malformed("admin", "POST", path));
        cases.add(field("admin", "POST", path, valid, "code", REMOVE, 400, "missing"));
        cases.add(field("admin", "POST", path, valid, "code", "\"\"", 400, "empty"));
        cases.add(field("admin", "POST", path, valid, "code", "\"ZZ😀01\"", 400, "emoji"));
        cases.add(field("admin", "POST", path, valid, "code", "\"ZZО1\"", 400, "Cyrillic O among Latin letters"));
        cases.add(field("admin", "POST", path, valid, "code", "\"<script>alert(1)</script>\"", 400, "HTML"));
        cases.add(field("admin", "POST", path, valid, "code", "\"ZZ'; DROP TABLE tf_unit;--\"", 400, "SQL injection"));
        cases.add(field("admin", "POST", path, valid, "code", quoted(MEGABYTE), 400, "1 MB"));
        cases.add(field("admin", "POST", path, valid, "code", "{}", 400, "an object"));
        cases.add(field("admin", "POST", path, valid, "code", "\"SD01\"", 409, "taken"));
        cases.add(field("admin", "POST", path, valid, "name", REMOVE, 400, "missing"));
        cases.add(field("admin", "POST", path, valid, "name", "\"   \"", 400, "blank"));
        cases.add(field("admin", "POST", path, valid, "name", quoted(MEGABYTE_OF_EMOJI), 400, "1 MB of emoji"));
        cases.add(field("admin", "POST", path, valid, "name", "[\"a\"]", 400, "an array"));
        cases.add(field("admin", "POST", path, valid, "name", quoted("单位\u0000名称"), 400, "a NUL character"));
        cases.add(field("admin", "POST", path, valid, "kind", "\"PLANET\"", 400, "unknown kind"));
        cases.add(field("admin", "POST", path, valid, "kind", "null", 400, "null"));
        cases.add(field("admin", "POST", path, valid, "parentCode", "\"NOPE\"", 400, "unknown parent"));
        cases.add(field("admin", "POST", path, valid, "isAdmin", "true", 400, "a field it does not have"));
        ObjectNode sd01 = object("{\"code\":\"SD02\",\"name\":\"东城街道科协\",\"kind\":\"SUBDISTRICT_ASSOCIATION\"}");
        cases.add(field("admin", "PUT", "/api/units/SD01", sd01, "code", "\"SD02\"", 400, "another unit's code"));
        return cases;
    }

    private List<Case> people() {
        String path = "/api/people";
        ObjectNode valid = object("{\"username\":\"corpus-user\",\"name\":\"语料\",\"email\":\"corpus@example.com\","
                + "\"phone\":\"010-1234567\",\"language\":\"ZH\",\"role\":\"SECRETARY_GENERAL\",\"unitCode\":\"SD01\","
                + "\"password\":\"corpus-pass-1\"}");
        List<Case> cases = new ArrayList<>();
        cases.add(field("admin", "POST", path, valid, "username", "\"Corpus User\"", 400, "capitals and a space"));
        cases.add(field("admin", "POST", path, valid, "username", "\"../admin\"", 400, "a path"));
        cases.add(field("admin", "POST", path, valid, "username", "\"admin\"", 409, "taken"));
        cases.add(field("admin", "POST", path, valid, "username", quoted(MEGABYTE.toLowerCase()), 400, "1 MB"));
        cases.add(field("admin", "POST", path, valid, "username", "\"用户😀\"", 400, "Chinese and emoji"));
        cases.add(field("admin", "POST", path, valid, "email", "\"not-an-email\"", 400, "not an address"));
        cases.add(field("admin", "POST", path, valid, "email", "\"<script>@x\"", 400, "HTML"));
        cases.add(field("admin", "POST", path, valid, "phone", "\"call me\"", 400, "words"));
        cases.add(field("admin", "POST", path, valid, "phone", quoted("1".repeat(1 << 20)), 400, "1 MB of digits"));
        cases.add(field("admin", "POST", path, valid, "language", "\"FR\"", 400, "unknown language"));
        cases.add(field("admin", "POST", path, valid, "role", "\"GOD\"", 400, "unknown role"));
        cases.add(field("admin", "POST", path, valid, "unitCode", "\"NOPE\"", 400, "unknown unit"));
        cases.add(field("admin", "POST", path, valid, "unitCode", "\"SD01' OR '1'='1\"", 400, "SQL injection"));
        cases.add(field("admin", "POST", path, valid, "password", "\"short\"", 400, "too short"));
        cases.add(field("admin", "POST", path, valid, "password", quoted(MEGABYTE), 400, "1 MB"));
        cases.add(field("admin", "POST", path, valid, "name", REMOVE, 400, "missing"));
        cases.add(json(
                "street01",
                "PUT",
                "/api/people/me/digest",
                "an unknown frequency",
                "{\"digest\":\"HOURLY\"}",
                400,
                "digest"));
        cases.add(json("street01", "PUT", "/api/people/me/digest", "no frequency", "{}", 400, "digest"));
        cases.add(json("street01", "PUT", "/api/people/me/digest", "a number", "{\"digest\":7}", 400, "digest"));
        return cases;
    }

    private List<Case> facilities() {
        String path = "/api/facilities";
        ObjectNode valid =
                object("{\"code\":\"GAL-CORPUS\",\"name\":\"语料科普画廊\",\"kind\":\"GALLERY\",\"ownerCode\":\"SD01\","
                        + "\"status\":\"NOT_INSPECTED\",\"sinceYear\":2020,\"address\":\"某街 1 号\"}");
        List<Case> cases = new ArrayList<>();
        cases.add(field("admin", "POST", path, valid, "sinceYear", "1800", 400, "before 1949"));
        cases.add(field("admin", "POST", path, valid, "sinceYear", "99999999999", 400, "overflows an integer"));
        cases.add(field("admin", "POST", path, valid, "sinceYear", "\"二〇二〇\"", 400, "Chinese numerals"));
        cases.add(field("admin", "POST", path, valid, "sinceYear", "-2020", 400, "negative"));
        cases.add(field("admin", "POST", path, valid, "kind", "\"CASTLE\"", 400, "unknown kind"));
        cases.add(field("admin", "POST", path, valid, "status", "null", 400, "null"));
        cases.add(field("admin", "POST", path, valid, "ownerCode", "\"NOPE\"", 400, "unknown unit"));
        cases.add(field("admin", "POST", path, valid, "address", quoted(MEGABYTE), 400, "1 MB"));
        cases.add(field("admin", "POST", path, valid, "code", "\"gal-1\"", 400, "lower case"));
        cases.add(field("admin", "POST", path, valid, "code", "\"GAL-<b>1</b>\"", 400, "HTML"));
        return cases;
    }

    private List<Case> indicators() {
        String path = "/api/indicators";
        ObjectNode valid = object(
                "{\"code\":\"ZZ-1\",\"name\":\"语料指标\",\"nameEn\":\"Corpus\",\"kind\":\"COUNT\",\"measure\":\"次\","
                        + "\"measureEn\":\"times\",\"defaultQuota\":1,\"source\":\"REPORTED\"}");
        List<Case> cases = new ArrayList<>(malformed("manager", "POST", path));
        cases.add(field("manager", "POST", path, valid, "defaultQuota", "-1", 400, "negative"));
        cases.add(field("manager", "POST", path, valid, "defaultQuota", "1e400", 400, "beyond any double"));
        cases.add(field("manager", "POST", path, valid, "defaultQuota", "12345678901.5", 400, "eleven digits"));
        cases.add(field("manager", "POST", path, valid, "defaultQuota", "0.001", 400, "three decimals"));
        cases.add(field("manager", "POST", path, valid, "defaultQuota", "\"many\"", 400, "a word"));
        cases.add(field("manager", "POST", path, valid, "code", "\"ZZ-1000\"", 400, "four digits"));
        cases.add(field("manager", "POST", path, valid, "code", "\"FAC-1\"", 409, "taken"));
        cases.add(field("manager", "POST", path, valid, "kind", "\"PERCENT\"", 400, "unknown kind"));
        cases.add(field("manager", "POST", path, valid, "measure", REMOVE, 400, "missing"));
        cases.add(field("manager", "POST", path, valid, "source", "\"RUMOUR\"", 400, "unknown source"));
        return cases;
    }

    private List<Case> plansAndTargets() {
        List<Case> cases = new ArrayList<>();
        ObjectNode plan = object("{\"year\":2065}");
        cases.add(field("manager", "POST", "/api/plans", plan, "year", "1999", 400, "before 2000"));
        cases.add(field("manager", "POST", "/api/plans", plan, "year", "2101", 400, "after 2100"));
        cases.add(field("manager", "POST", "/api/plans", plan, "year", "99999999999", 400, "overflows an integer"));
        cases.add(field("manager", "POST", "/api/plans", plan, "year", "\"二〇二六\"", 400, "Chinese numerals"));
        cases.add(field("manager", "POST", "/api/plans", plan, "year", "null", 400, "null"));
        cases.add(field(
                "manager", "POST", "/api/plans", plan, "year", String.valueOf(ISSUED), 409, "a year that has a plan"));
        cases.add(field("manager", "POST", "/api/plans", plan, "copyFromYear", "1990", 400, "before 2000"));
        cases.add(field("manager", "POST", "/api/plans", plan, "copyQuotas", "\"ALL\"", 400, "unknown basis"));
        cases.add(field(
                "manager",
                "POST",
                "/api/plans",
                plan,
                "quarterEnds",
                "[\"2065-02-29\",\"2065-06-30\",\"2065-09-30\",\"2065-12-31\"]",
                400,
                "29 February of a common year"));
        cases.add(field(
                "manager",
                "POST",
                "/api/plans",
                plan,
                "quarterEnds",
                "[\"2065-03-31\",\"2065-06-31\",\"2065-09-30\",\"2065-12-31\"]",
                400,
                "31 June"));
        cases.add(field(
                "manager",
                "POST",
                "/api/plans",
                plan,
                "quarterEnds",
                "[\"2065-03-31\",\"2065-06-30\"]",
                400,
                "two quarters"));
        cases.addAll(malformed("manager", "POST", "/api/plans"));

        String targets = "/api/plans/" + DRAFT + "/targets";
        ObjectNode target = object(
                "{\"unitCode\":\"SD03\",\"indicatorCode\":\"FAC-1\",\"quota\":5,\"dueDate\":\"" + DRAFT + "-06-30\"}");
        cases.add(field("manager", "POST", targets, target, "quota", "-5", 400, "negative"));
        cases.add(field("manager", "POST", targets, target, "quota", "1e400", 400, "beyond any double"));
        cases.add(field("manager", "POST", targets, target, "quota", "99999999999", 400, "eleven digits"));
        cases.add(field("manager", "POST", targets, target, "quota", "\"五\"", 400, "a Chinese numeral"));
        cases.add(field("manager", "POST", targets, target, "quota", "1.234", 400, "three decimals"));
        cases.add(field("manager", "POST", targets, target, "quota", "true", 400, "a boolean"));
        cases.add(field("manager", "POST", targets, target, "quota", REMOVE, 400, "missing"));
        cases.add(field("manager", "POST", targets, target, "dueDate", "\"" + DRAFT + "-02-30\"", 400, "30 February"));
        cases.add(field(
                "manager", "POST", targets, target, "dueDate", "\"2063-02-29\"", 400, "29 February of a common year"));
        cases.add(field("manager", "POST", targets, target, "dueDate", "\"" + DRAFT + "-13-01\"", 400, "month 13"));
        cases.add(field("manager", "POST", targets, target, "dueDate", "\"30/06/" + DRAFT + "\"", 400, "day first"));
        cases.add(field(
                "manager", "POST", targets, target, "dueDate", "\"2070-06-30\"", 400, "another year than the plan's"));
        cases.add(field("manager", "POST", targets, target, "dueDate", "\"\"", 400, "empty"));
        cases.add(field("manager", "POST", targets, target, "unitCode", "\"NOPE\"", 400, "unknown unit"));
        cases.add(field("manager", "POST", targets, target, "unitCode", "\"SD01<script>\"", 400, "HTML"));
        cases.add(field("manager", "POST", targets, target, "indicatorCode", "\"NOPE\"", 400, "unknown indicator"));
        cases.add(field("manager", "POST", targets, target, "indicatorCode", "\"FAC-1' --\"", 400, "SQL comment"));
        cases.add(field("manager", "POST", targets, target, "unitCode", "\"SD01\"", 409, "the unit already has it"));
        cases.add(json(
                "manager",
                "POST",
                "/api/plans/abc/targets",
                "a year that is not a number",
                target.toString(),
                400,
                "year"));
        cases.add(json(
                "manager", "POST", "/api/plans/1999/targets", "a year without a plan", target.toString(), 404, "1999"));

        String change = "/api/plans/" + DRAFT + "/targets/{draftTarget}";
        ObjectNode valid = object("{\"quota\":2,\"dueDate\":\"" + DRAFT + "-09-30\"}");
        cases.add(field("manager", "PUT", change, valid, "quota", "-1", 400, "negative"));
        cases.add(field("manager", "PUT", change, valid, "quota", "null", 400, "null"));
        cases.add(field("manager", "PUT", change, valid, "dueDate", "\"" + DRAFT + "-02-31\"", 400, "31 February"));
        cases.add(field(
                "manager", "PUT", change, valid, "dueDate", "\"2099-09-30\"", 400, "another year than the plan's"));
        cases.add(field("manager", "PUT", change, valid, "dueDate", "\"+99999-01-01\"", 400, "year 99999"));
        cases.add(json(
                "manager",
                "PUT",
                "/api/plans/" + DRAFT + "/targets/abc",
                "a target id that is not a number",
                valid.toString(),
                400,
                "id"));
        cases.add(json(
                "manager",
                "PUT",
                "/api/plans/" + DRAFT + "/targets/99999999",
                "no such target",
                valid.toString(),
                404,
                "99999999"));
        cases.add(json(
                "manager",
                "PUT",
                "/api/plans/" + DRAFT + "/targets/{issuedTarget}",
                "another plan's target",
                valid.toString(),
                404,
                "{issuedTarget}"));
        cases.add(json(
                "manager",
                "POST",
                "/api/plans/99999999999/issue",
                "a plan id that does not exist",
                "",
                404,
                "99999999999"));
        cases.add(json(
                "manager",
                "POST",
                "/api/plans/999999999999999999999/issue",
                "a plan id that overflows",
                "",
                400,
                "id"));
        return cases;
    }

    private List<Case> meetingsAndInspections() {
        List<Case> cases = new ArrayList<>();
        ObjectNode meeting = object("{\"type\":\"FULL_COMMITTEE\",\"date\":\"" + DRAFT + "-03-16\"}");
        cases.add(field("manager", "POST", "/api/meetings", meeting, "type", "\"PARTY\"", 400, "unknown type"));
        cases.add(field(
                "manager", "POST", "/api/meetings", meeting, "date", "\"" + DRAFT + "-02-30\"", 400, "30 February"));
        cases.add(field("manager", "POST", "/api/meetings", meeting, "date", "null", 400, "null"));
        cases.add(field("manager", "POST", "/api/meetings", meeting, "date", "20640316", 400, "a number"));
        cases.add(json(
                "manager",
                "POST",
                "/api/meetings/99999999/reschedule",
                "no such meeting",
                "{\"date\":\"" + DRAFT + "-04-01\"}",
                404,
                "99999999"));
        cases.add(json(
                "manager",
                "POST",
                "/api/meetings/99999999/cancel",
                "no such meeting",
                "{\"reason\":\"x\"}",
                404,
                "99999999"));

        ObjectNode round = object(
                "{\"facilityKind\":\"GALLERY\",\"scope\":\"SUBDISTRICT\",\"unitCode\":\"SD01\",\"samplePercent\":50,"
                        + "\"inspector\":\"inspector\",\"dueDate\":\"" + DRAFT + "-05-29\"}");
        String rounds = "/api/inspection-rounds";
        cases.add(field("manager", "POST", rounds, round, "samplePercent", "0", 400, "zero"));
        cases.add(field("manager", "POST", rounds, round, "samplePercent", "-10", 400, "negative"));
        cases.add(field("manager", "POST", rounds, round, "samplePercent", "101", 400, "above 100"));
        cases.add(field("manager", "POST", rounds, round, "samplePercent", "99999999999", 400, "overflows an integer"));
        cases.add(field("manager", "POST", rounds, round, "inspector", "\"nobody\"", 400, "unknown person"));
        cases.add(field("manager", "POST", rounds, round, "inspector", "\"street01\"", 400, "not an inspector"));
        cases.add(field("manager", "POST", rounds, round, "facilityKind", "null", 400, "null"));
        cases.add(field("manager", "POST", rounds, round, "unitCode", "\"NOPE\"", 400, "unknown unit"));
        cases.add(field("manager", "POST", rounds, round, "dueDate", "\"" + DRAFT + "-02-30\"", 400, "30 February"));
        cases.add(field("manager", "POST", rounds, round, "scope", "\"EVERYWHERE\"", 400, "unknown scope"));
        return cases;
    }

    private List<Case> workbench() {
        List<Case> cases = new ArrayList<>();
        String report = "/api/workbench/tasks/{report}/complete";
        String row = "{\"indicatorCode\":\"FAC-1\",\"value\":%s}";
        ObjectNode valid = object("{\"values\":[" + row.formatted("3") + "],\"narrative\":\"本季度完成 3 次\"}");
        cases.add(field(
                "street01", "POST", report, valid, "values", "[" + row.formatted("-3") + "]", 400, "a negative value"));
        cases.add(field(
                "street01",
                "POST",
                report,
                valid,
                "values",
                "[" + row.formatted("\"三\"") + "]",
                400,
                "a Chinese numeral"));
        cases.add(field(
                "street01",
                "POST",
                report,
                valid,
                "values",
                "[" + row.formatted("1e400") + "]",
                400,
                "beyond any double"));
        cases.add(field("street01", "POST", report, valid, "values", "[]", 400, "no rows"));
        cases.add(field(
                "street01",
                "POST",
                report,
                valid,
                "values",
                "[{\"indicatorCode\":\"NOPE' OR 1=1\",\"value\":1}]",
                400,
                "an indicator not in the plan"));
        cases.add(field("street01", "POST", report, valid, "narrative", quoted(MEGABYTE), 400, "1 MB"));
        cases.add(field(
                "street01", "POST", report, valid, "unitCode", "\"SD09\"", 400, "a field the form does not have"));
        cases.add(json("street01", "POST", report, "a JSON array", "[1]", 400, "JSON"));
        String confirm = "/api/workbench/tasks/{confirm}/complete";
        cases.add(json(
                "street02",
                "POST",
                confirm,
                "targetsAccepted: perhaps",
                "{\"targetsAccepted\":\"perhaps\"}",
                400,
                FORM_LABELS.get("targetsAccepted")));
        cases.add(json(
                "street02",
                "POST",
                confirm,
                "an objection without a reason",
                "{\"targetsAccepted\":\"false\",\"objections\":[]}",
                400,
                FORM_LABELS.get("objections")));
        cases.add(json(
                "street02",
                "POST",
                "/api/workbench/tasks/no-such-task/complete",
                "no such task",
                "{\"targetsAccepted\":\"true\"}",
                404,
                "no-such-task"));
        cases.add(json(
                "street01",
                "POST",
                "/api/workbench/tasks/{report}/comments",
                "a 1 MB comment",
                "{\"message\":" + quoted(MEGABYTE) + "}",
                400,
                "message"));
        cases.add(json(
                "street01",
                "POST",
                "/api/workbench/tasks/{report}/comments",
                "an empty comment",
                "{\"message\":\"  \"}",
                400,
                "message"));
        cases.add(
                json("street01", "POST", "/api/workbench/tasks/{report}/comments", "no comment", "{}", 400, "message"));
        return cases;
    }

    private List<Case> engineRest() {
        List<Case> cases = new ArrayList<>();
        String report = "/engine-rest/task/{report}/complete";
        String values = "{\"variables\":{\"values\":{\"type\":\"Json\",\"value\":%s}%s}}";
        cases.add(json(
                "street01",
                "POST",
                report,
                "a negative value",
                values.formatted(quoted("[{\"indicatorCode\":\"FAC-1\",\"value\":-3}]"), ""),
                400,
                FORM_LABELS.get("values")));
        cases.add(json(
                "street01",
                "POST",
                report,
                "values that are not JSON",
                values.formatted(quoted("not json"), ""),
                400,
                FORM_LABELS.get("values")));
        cases.add(json("street01", "POST", report, "no values", "{\"variables\":{}}", 400, FORM_LABELS.get("values")));
        cases.add(json(
                "street01",
                "POST",
                report,
                "a 1 MB narrative",
                values.formatted(
                        quoted("[{\"indicatorCode\":\"FAC-1\",\"value\":3}]"),
                        ",\"narrative\":{\"type\":\"String\",\"value\":" + quoted(MEGABYTE) + "}"),
                400,
                FORM_LABELS.get("narrative")));
        cases.add(json(
                "street01",
                "POST",
                report,
                "an indicator of another unit's plan",
                values.formatted(quoted("[{\"indicatorCode\":\"SCH-9\",\"value\":3}]"), ""),
                400,
                "SCH-9"));
        cases.add(json(
                "street01",
                "POST",
                report,
                "an integer variable that is a word",
                "{\"variables\":{\"values\":{\"type\":\"Integer\",\"value\":\"abc\"}}}",
                400,
                "abc"));
        cases.add(json(
                "street01",
                "POST",
                report,
                "an unknown value type",
                "{\"variables\":{\"values\":{\"type\":\"Banana\",\"value\":\"1\"}}}",
                400,
                "Banana"));
        cases.add(json("street01", "POST", report, "not JSON", "{\"variables\":", 400, "JSON"));
        String confirm = "/engine-rest/task/{confirm}/complete";
        cases.add(json(
                "street02",
                "POST",
                confirm,
                "a boolean that is a word",
                "{\"variables\":{\"targetsAccepted\":{\"type\":\"Boolean\",\"value\":\"perhaps\"}}}",
                400,
                "perhaps"));
        cases.add(json(
                "street02",
                "POST",
                confirm,
                "no decision",
                "{\"variables\":{}}",
                400,
                FORM_LABELS.get("targetsAccepted")));
        cases.add(json(
                "street02",
                "POST",
                "/engine-rest/task/{confirm}/submit-form",
                "a boolean that is a word",
                "{\"variables\":{\"targetsAccepted\":{\"type\":\"String\",\"value\":\"perhaps\"}}}",
                400,
                FORM_LABELS.get("targetsAccepted")));
        cases.add(json(
                "street02",
                "POST",
                "/engine-rest/task/no-such-task/complete",
                "no such task",
                "{\"variables\":{}}",
                404,
                "no-such-task"));
        return cases;
    }

    private List<Case> evidence() {
        List<Case> cases = new ArrayList<>();
        String path = "/api/tasks/{report}/evidence";
        byte[] jpeg = EvidenceFiles.jpeg();
        cases.add(upload(
                path, "现场照片.jpg", "image/jpeg", "<html><script>alert(1)</script></html>".getBytes(), 415, "JPEG"));
        cases.add(upload(path, "photo.jpg", "image/jpeg", EvidenceFiles.windowsProgram(), 415, "JPEG"));
        cases.add(upload(path, "drawing.svg", "image/svg+xml", EvidenceFiles.svgWithScript(), 415, "JPEG"));
        cases.add(upload(path, "notes.txt", "text/plain", "只是一些文字".getBytes(StandardCharsets.UTF_8), 415, "PDF"));
        cases.add(upload(path, "scan.pdf", "application/pdf", EvidenceFiles.zip(), 415, "PDF"));
        cases.add(upload(path, "empty.jpg", "image/jpeg", new byte[0], 400, "file"));
        cases.add(upload(path, "big.pdf", "application/pdf", EvidenceFiles.pdfOf(21 * 1024 * 1024), 413, "20 MB"));
        cases.add(upload(path, "../../etc/passwd.jpg", "image/jpeg", jpeg, 400, "../"));
        cases.add(upload(path, "..\\..\\windows\\photo.jpg", "image/jpeg", jpeg, 400, "..\\"));
        cases.add(upload("/api/tasks/{confirm}/evidence", "photo.jpg", "image/jpeg", jpeg, 404, "{confirm}"));
        cases.add(upload("/api/tasks/no-such-task/evidence", "photo.jpg", "image/jpeg", jpeg, 404, "no-such-task"));
        cases.add(new Case(
                "POST " + path + " not a multipart upload",
                "street01",
                "demo",
                nextLanguage(),
                "POST",
                path,
                () -> Body.json("{\"file\":\"photo.jpg\"}"),
                415,
                "multipart",
                ""));
        cases.add(new Case(
                "POST " + path + "?indicatorCode=NOPE",
                "street01",
                "demo",
                nextLanguage(),
                "POST",
                path + "?indicatorCode=NOPE",
                () -> Body.file("photo.jpg", "image/jpeg", jpeg),
                400,
                "NOPE",
                "NOPE"));
        return cases;
    }

    private List<Case> excel() {
        String path = "/api/plans/" + IMPORTED + "/import";
        List<Case> cases = new ArrayList<>();
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        cases.add(sheet(path, "wrong columns", "plan.xlsx", xlsx, excel.wrongColumns(), 400, "表头|headings"));
        cases.add(sheet(
                path,
                "a formula linking elsewhere",
                "plan.xlsx",
                xlsx,
                excel.lines(new PlanSheets.Line(
                        "SD01", "FAC-1", "=HYPERLINK(\"http://evil.example/\",5)", LocalDate.of(IMPORTED, 6, 30))),
                400,
                "E"));
        cases.add(sheet(
                path,
                "a formula for the due date",
                "plan.xlsx",
                xlsx,
                excel.lines(new PlanSheets.Line("SD01", "FAC-1", 5, "=TODAY()")),
                400,
                "F"));
        cases.add(sheet(path, "merged unit cells", "plan.xlsx", xlsx, excel.mergedCells(), 400, "A"));
        cases.add(sheet(path, "a zip bomb", "plan.xlsx", xlsx, excel.zipBomb(), 400, "xlsx"));
        cases.add(sheet(path, "a PDF renamed .xlsx", "plan.xlsx", xlsx, EvidenceFiles.pdfOf(2048), 400, "xlsx"));
        cases.add(sheet(path, "a Word document renamed .xlsx", "plan.xlsx", xlsx, EvidenceFiles.zip(), 400, "xlsx"));
        cases.add(sheet(
                path, "an old .xls", "plan.xls", "application/vnd.ms-excel", EvidenceFiles.oldExcel(), 400, "xlsx"));
        cases.add(sheet(
                path,
                "a CSV renamed .xlsx",
                "plan.xlsx",
                xlsx,
                "单位代码,指标代码,目标值\nSD01,FAC-1,5\n".getBytes(StandardCharsets.UTF_8),
                400,
                "xlsx"));
        cases.add(sheet(path, "an empty file", "plan.xlsx", xlsx, new byte[0], 400, "xlsx"));
        cases.add(sheet(
                path,
                "an unknown unit",
                "plan.xlsx",
                xlsx,
                excel.lines(new PlanSheets.Line("NOPE", "FAC-1", 5, LocalDate.of(IMPORTED, 6, 30))),
                400,
                "NOPE"));
        cases.add(sheet(
                path,
                "29 February of a common year",
                "plan.xlsx",
                xlsx,
                excel.lines(new PlanSheets.Line("SD01", "FAC-1", 5, IMPORTED + "-02-29")),
                400,
                IMPORTED + "-02-29"));
        cases.add(sheet(
                path,
                "a quota of 1e400",
                "plan.xlsx",
                xlsx,
                excel.lines(new PlanSheets.Line("SD01", "FAC-1", "1e400", LocalDate.of(IMPORTED, 6, 30))),
                400,
                "目标值|target"));
        cases.add(sheet(
                path,
                "a unit code written as a formula",
                "plan.xlsx",
                xlsx,
                excel.lines(new PlanSheets.Line("=\"SD\"&\"01\"", "FAC-1", 5, LocalDate.of(IMPORTED, 6, 30))),
                400,
                "A"));
        cases.add(
                sheet(path, "more than 10 MB", "plan.xlsx", xlsx, EvidenceFiles.pdfOf(11 * 1024 * 1024), 413, "10 MB"));
        cases.add(sheet(
                "/api/plans/" + ISSUED + "/import",
                "into a plan already issued",
                "plan.xlsx",
                xlsx,
                excel.lines(excel.good("SD03")),
                409,
                String.valueOf(ISSUED)));
        cases.add(sheet(
                "/api/plans/abc/import",
                "a year that is not a number",
                "plan.xlsx",
                xlsx,
                excel.lines(excel.good("SD01")),
                400,
                "year"));
        cases.add(new Case(
                "POST " + path + " not a multipart upload",
                "manager",
                "demo",
                nextLanguage(),
                "POST",
                path,
                () -> Body.json("{}"),
                400,
                "multipart",
                ""));
        return cases;
    }

    private Case sheet(
            String path, String label, String fileName, String type, byte[] content, int status, String names) {
        return new Case(
                "POST " + path + " " + label,
                "manager",
                "demo",
                nextLanguage(),
                "POST",
                path,
                () -> Body.file(fileName, type, content),
                status,
                names,
                fileName);
    }

    private Case upload(String path, String fileName, String type, byte[] content, int status, String names) {
        return new Case(
                "POST " + path + " " + fileName + " (" + content.length + " bytes, " + type + ")",
                "street01",
                "demo",
                nextLanguage(),
                "POST",
                path,
                () -> Body.file(fileName, type, content),
                status,
                names,
                fileName);
    }

    private List<Case> signIn() {
        List<Case> cases = new ArrayList<>();
        String[][] wrong = {
            {"street01", "wrong"},
            {"nobody", "demo"},
            {"", "demo"},
            {"street01", ""},
            {"admin' OR '1'='1", "x' OR '1'='1"},
            {"street01\u0000", "demo"},
            {"街道😀", "demo"},
            {"x".repeat(2000), "demo"},
            {"street01", "y".repeat(2000)},
            {"STREET01", "demo"},
        };
        for (String[] credentials : wrong) {
            String shown = credentials[0].length() > 20 ? credentials[0].substring(0, 20) + "…" : credentials[0];
            cases.add(new Case(
                    "sign in over HTTP Basic as '" + shown + "'",
                    credentials[0],
                    credentials[1],
                    nextLanguage(),
                    "GET",
                    "/api/workbench",
                    Body::none,
                    401,
                    "用户名或密码错误|Wrong username or password",
                    ""));
        }
        cases.add(new Case(
                "engine-rest with a wrong password",
                "street01",
                "wrong",
                nextLanguage(),
                "GET",
                "/engine-rest/task",
                Body::none,
                401,
                "用户名或密码错误|Wrong username or password",
                ""));
        return cases;
    }

    /** Addresses with parameters that are not what they say. */
    private List<Case> addresses() {
        List<Case> cases = new ArrayList<>();
        String[][] gets = {
            {"/api/plans/abc", "400", "year"},
            {"/api/plans/99999999999", "400", "year"},
            {"/api/plans/1999", "404", "1999"},
            {"/api/meetings/attendance?year=abc", "400", "year"},
            {"/api/evidence/abc/content", "400", "id"},
            {"/api/evidence/99999999/content", "404", "99999999"},
            {"/api/reports/-1/evidence", "404", "-1"},
            {"/api/plans/2099/summary.docx?x=%3Cscript%3E", "404", "2099"},
            {"/api/units/%3Cscript%3E", "404", "<script>"},
            {"/api/facilities/NOPE'--", "404", "NOPE"},
            {"/api/people/..%2F..%2Fetc", "400", ""},
            {"/api/people/..%5C..%5Cetc", "400", ""},
            {"/api/no-such-endpoint", "404", "/api/no-such-endpoint"},
        };
        for (String[] get : gets) {
            cases.add(new Case(
                    "GET " + get[0],
                    "manager",
                    "demo",
                    nextLanguage(),
                    "GET",
                    get[0],
                    Body::none,
                    Integer.parseInt(get[1]),
                    get[2],
                    get[2]));
        }
        cases.add(new Case(
                "DELETE /api/plans (no such method)",
                "manager",
                "demo",
                nextLanguage(),
                "DELETE",
                "/api/plans",
                Body::none,
                405,
                "DELETE",
                ""));
        return cases;
    }
}
