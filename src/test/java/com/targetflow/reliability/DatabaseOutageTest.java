package com.targetflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetflow.TargetFlowApplication;
import com.targetflow.postgres.EmbeddedPostgresServer;
import com.targetflow.web.BrowserSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database briefly unreachable — the connection between the app and PostgreSQL cut, the
 * database itself still running — while the whole app serves on a real port. Every request in the
 * outage answers within seconds with 503 and a message in the caller's language, never a stack
 * trace or a word about the database's insides; once the connection is back, the same app answers
 * again without a restart, the browser's session included, and the write refused during the outage
 * left nothing behind. The waits are the app's own (Hikari settings in application.yml).
 */
class DatabaseOutageTest {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageTest.class);
    private static final Duration QUICK = Duration.ofSeconds(10);
    private static final Duration RECOVERY = Duration.ofSeconds(30);
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static String database;
    private static TcpProxy proxy;
    private static ConfigurableApplicationContext app;
    private static int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Not the common pool: on two cores it has one thread, and the requests in the outage must wait side by side. */
    private final ExecutorService callers = Executors.newFixedThreadPool(4);

    @BeforeAll
    static void startTheAppBehindAProxy() throws Exception {
        database = EmbeddedPostgresServer.database("tf_outage");
        proxy = new TcpProxy(URI.create(database.substring("jdbc:".length())).getPort());
        app = new SpringApplicationBuilder(TargetFlowApplication.class)
                .profiles("test", "demo", "postgres")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + proxy.port() + "/tf_outage",
                        "--spring.datasource.username=" + EmbeddedPostgresServer.username(),
                        "--spring.datasource.password=",
                        // Not "default": closing this app must not unregister another test's engine.
                        "--camunda.bpm.process-engine-name=outage");
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stopTheAppAndTheProxy() {
        if (proxy != null) {
            // connected again first, should the test have stopped in the outage: the engine writes as it closes
            proxy.restore();
        }
        if (app != null) {
            app.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @AfterEach
    void stopTheCallers() {
        callers.shutdownNow();
    }

    @Test
    @Timeout(90)
    void whileTheDatabaseIsUnreachableRequestsFailQuicklyAndCleanlyAndAfterwardsTheSameAppWorksAgain()
            throws Exception {
        BrowserSession browser = new BrowserSession(port, "zh-CN,zh;q=0.9");
        assertThat(browser.signIn("street01", "demo").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(send(api("GET", "/api/workbench", null, "zh-CN")).statusCode())
                .isEqualTo(200);
        assertThat(browser.get("/dashboard", "Accept", BROWSER).statusCode()).isEqualTo(200);
        assertThat(digestInTheDatabase("street01")).isEqualTo("WEEKLY");

        // Side by side, so the class stays short; each request is timed on its own.
        proxy.cut();
        List<CompletableFuture<Duration>> inTheOutage = List.of(
                outage(() -> send(api("GET", "/api/workbench", null, "zh-CN")), "application/json", "数据库暂时无法连接，请稍后再试"),
                outage(
                        () -> send(api("PUT", "/api/people/me/digest", "{\"digest\":\"OFF\"}", "en")),
                        "application/json",
                        "The database cannot be reached at the moment"),
                outage(
                        () -> browser.get("/dashboard", "Accept", BROWSER),
                        "text/html",
                        "数据库暂时无法连接，请稍后再试",
                        "暂时无法使用",
                        "<html lang=\"zh\""),
                outage(
                        () -> send(api("GET", "/dashboard", null, "en", BROWSER).build()),
                        "text/html",
                        "The database cannot be reached at the moment",
                        "Temporarily unavailable",
                        "<html lang=\"en\""));
        CompletableFuture.allOf(inTheOutage.toArray(CompletableFuture[]::new)).join();
        Duration slowest = inTheOutage.stream()
                .map(CompletableFuture::join)
                .max(Duration::compareTo)
                .orElseThrow();

        proxy.restore();
        long restored = System.nanoTime();
        HttpResponse<String> workbench = send(api("GET", "/api/workbench", null, "zh-CN"));
        while (workbench.statusCode() != 200
                && Duration.ofNanos(System.nanoTime() - restored).compareTo(RECOVERY) < 0) {
            Thread.sleep(250);
            workbench = send(api("GET", "/api/workbench", null, "zh-CN"));
        }
        Duration recovery = Duration.ofNanos(System.nanoTime() - restored);
        assertThat(workbench.statusCode())
                .as("answers again within %s of the database coming back", RECOVERY)
                .isEqualTo(200);
        assertThat(browser.get("/dashboard", "Accept", BROWSER).statusCode())
                .as("the same session, no new sign-in")
                .isEqualTo(200);
        assertThat(digestInTheDatabase("street01"))
                .as("the write refused in the outage left nothing")
                .isEqualTo("WEEKLY");

        HttpResponse<String> chosen = send(api("PUT", "/api/people/me/digest", "{\"digest\":\"DAILY\"}", "zh-CN"));
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
        assertThat(digestInTheDatabase("street01"))
                .as("read straight from PostgreSQL, past the proxy")
                .isEqualTo("DAILY");
        assertThat(send(api("GET", "/api/people/me", null, "zh-CN")).body()).contains("\"digest\":\"DAILY\"");
        log.info(
                "Database outage: requests answered 503 within {} ms; answering again {} ms after the database came back",
                slowest.toMillis(),
                recovery.toMillis());
    }

    /** One request in the outage: 503 well within {@link #QUICK}, in the caller's language, nothing of the insides. */
    private CompletableFuture<Duration> outage(
            Supplier<HttpResponse<String>> request, String contentType, String... texts) {
        return CompletableFuture.supplyAsync(
                () -> {
                    long started = System.nanoTime();
                    HttpResponse<String> response = request.get();
                    Duration took = Duration.ofNanos(System.nanoTime() - started);
                    String what = response.request().method() + " "
                            + response.request().uri().getPath() + " took " + took.toMillis() + " ms: "
                            + response.body();
                    assertThat(took).as(what).isLessThan(QUICK);
                    assertThat(response.statusCode()).as(what).isEqualTo(503);
                    assertThat(response.headers().firstValue("Content-Type"))
                            .as(what)
                            .hasValueSatisfying(t -> assertThat(t).startsWith(contentType));
                    assertThat(response.headers().firstValue("X-Content-Type-Options"))
                            .as(what)
                            .hasValue("nosniff");
                    assertThat(response.body())
                            .as(what)
                            .contains(texts)
                            .doesNotContain("Exception", "SQL", "jdbc", "postgres", "Hikari", "\tat ", "tf_");
                    return took;
                },
                callers);
    }

    private HttpRequest api(String method, String path, String json, String language) {
        return api(method, path, json, language, "application/json").build();
    }

    private HttpRequest.Builder api(String method, String path, String json, String language, String accept) {
        String basic = Base64.getEncoder().encodeToString("street01:demo".getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + basic)
                .header("Accept-Language", language)
                .header("Accept", accept)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String digestInTheDatabase(String username) throws Exception {
        try (Connection c = DriverManager.getConnection(database, EmbeddedPostgresServer.username(), "");
                PreparedStatement s = c.prepareStatement("select digest from tf_person where username = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getString(1);
            }
        }
    }
}
