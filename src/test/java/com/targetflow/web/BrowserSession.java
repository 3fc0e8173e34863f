package com.targetflow.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cookie-keeping HTTP client that signs in through the real /login form, as a browser does. */
public class BrowserSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final String language;
    private final HttpClient client;

    public BrowserSession(int port, String language) {
        this.base = "http://localhost:" + port;
        this.language = language;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** A GET with headers of its own, as name, value, name, value… */
    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path).headers(headers).GET().build());
    }

    /** A POST of a form as a browser sends it (Accept: text/html), with exactly these fields. */
    public HttpResponse<String> postFormAsBrowser(String path, String form) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/xhtml+xml")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    public HttpResponse<String> signIn(String username, String password) {
        String token = csrfToken(get("/login").body());
        return postForm("/login", "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token));
    }

    /** Posts a form of the app's own pages, with the CSRF token of the page it came from. */
    public HttpResponse<String> postFormFrom(String page, String path) {
        return postForm(path, "_csrf=" + enc(csrfToken(get(page).body())));
    }

    /** Posts a form of the app's own pages with these fields (already encoded, joined by &), and the page's CSRF token. */
    public HttpResponse<String> postFormFrom(String page, String path, String fields) {
        return postForm(path, fields + "&_csrf=" + enc(csrfToken(get(page).body())));
    }

    /** Posts a multipart form (text fields and one file) as a browser does, with the page's CSRF token. */
    public HttpResponse<String> postMultipartFrom(
            String page, String path, Map<String, String> fields, String fileField, String fileName, byte[] file) {
        String boundary = "----TargetFlowTest" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrfToken(get(page).body()));
        all.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        if (fileField != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                            + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html,application/xhtml+xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    public HttpResponse<String> post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpResponse<String> postForm(String path, String form) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String csrfToken(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in page");
        }
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
