package com.targetflow.reliability;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One role of the authorization matrix as a client. The JSON API, engine-rest and actuator get HTTP
 * Basic, as API clients send it; pages and the Camunda webapps get the session of the /login form,
 * as a browser has it, and writes on it carry the page's CSRF token. Anonymous has a session too
 * (the sign-in page's), so that its writes are refused for want of a sign-in, not of a token.
 */
final class RoleClient {

    static final String PASSWORD = "demo";
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final HttpClient STATELESS =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** What the matrix sends: nothing, JSON, a form, one file as multipart, or bytes of a type of their own. */
    sealed interface Body permits None, Json, Form, File, Raw {}

    record None() implements Body {}

    record Json(String json) implements Body {}

    record Form(String fields) implements Body {}

    record File(String name, byte[] content) implements Body {}

    /** A body made elsewhere (engine-rest's multipart attachment form), sent as it is. */
    record Raw(String contentType, byte[] bytes) implements Body {}

    record Answer(int status, String location, String contentType, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** Office files and images are compressed bytes; everything else is read as text. */
        boolean textual() {
            return contentType == null
                    || contentType.startsWith("text/")
                    || contentType.contains("json")
                    || contentType.contains("xml")
                    || contentType.contains("javascript");
        }
    }

    private final String base;
    private final String username;
    private final HttpClient session;
    private final String csrf;

    private RoleClient(String base, String username, HttpClient session, String csrf) {
        this.base = base;
        this.username = username;
        this.session = session;
        this.csrf = csrf;
    }

    /** Signs in through the /login form; a null username stays anonymous with the sign-in page's session. */
    static RoleClient signIn(int port, String username) {
        String base = "http://localhost:" + port;
        HttpClient session = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String loginToken =
                find(FORM_TOKEN, exchange(session, get(base + "/login")).text(), "/login");
        if (username == null) {
            return new RoleClient(base, null, session, loginToken);
        }
        Answer signedIn = exchange(
                session,
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                                + PASSWORD + "&_csrf=" + encode(loginToken)))
                        .build());
        if (signedIn.status() != 302 || signedIn.location().contains("error")) {
            throw new IllegalStateException(
                    username + " could not sign in: " + signedIn.status() + " " + signedIn.location());
        }
        // Signing in gives the session a new token; a page shows it in its <meta name="_csrf">.
        String token = find(META_TOKEN, exchange(session, get(base + "/me")).text(), "/me");
        return new RoleClient(base, username, session, token);
    }

    Answer send(String method, String path, Body body) {
        boolean basic = username != null
                && (path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/actuator/"));
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en");
        if (basic) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            request.header("Accept", "application/json");
        } else {
            request.header("Accept", BROWSER_ACCEPT);
            if (!method.equals("GET")) {
                request.header("X-CSRF-TOKEN", csrf);
            }
        }
        request.method(method, publisher(body, request));
        return exchange(basic ? STATELESS : session, request.build());
    }

    /** Follows a redirect of a page as the browser would, in the same session. */
    Answer follow(String location) {
        return exchange(
                session,
                HttpRequest.newBuilder(URI.create(location.startsWith("http") ? location : base + location))
                        .header("Accept", BROWSER_ACCEPT)
                        .header("Accept-Language", "en")
                        .GET()
                        .build());
    }

    private static HttpRequest.BodyPublisher publisher(Body body, HttpRequest.Builder request) {
        if (body instanceof Json json) {
            request.header("Content-Type", "application/json");
            return HttpRequest.BodyPublishers.ofString(json.json());
        }
        if (body instanceof Form form) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
            return HttpRequest.BodyPublishers.ofString(form.fields());
        }
        if (body instanceof Raw raw) {
            request.header("Content-Type", raw.contentType());
            return HttpRequest.BodyPublishers.ofByteArray(raw.bytes());
        }
        if (body instanceof File file) {
            RawHttp.Body upload = RawHttp.Body.file(file.name(), "application/octet-stream", file.content());
            request.header("Content-Type", upload.contentType());
            return HttpRequest.BodyPublishers.ofByteArray(upload.bytes());
        }
        return HttpRequest.BodyPublishers.noBody();
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Accept", BROWSER_ACCEPT)
                .GET()
                .build();
    }

    private static Answer exchange(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Location").orElse(""),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String find(Pattern pattern, String page, String where) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + where);
        }
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
