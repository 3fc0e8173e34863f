package com.targetflow.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * Requests exactly as a careless or hostile client sends them: any method, any bytes, any content
 * type, signed in with HTTP Basic or not at all, no cookies kept and no redirects followed.
 */
final class RawHttp {

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;

    RawHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    record Body(String contentType, byte[] bytes) {
        static Body json(String json) {
            return new Body("application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        static Body none() {
            return new Body(null, new byte[0]);
        }

        /** One file in a multipart form under "file", as a browser's upload sends it. */
        static Body file(String fileName, String fileType, byte[] content) {
            String boundary = "----corpus" + UUID.randomUUID();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: " + fileType + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            out.writeBytes(head);
            out.writeBytes(content);
            out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return new Body("multipart/form-data; boundary=" + boundary, out.toByteArray());
        }

        static Body form(String urlEncoded) {
            return new Body("application/x-www-form-urlencoded", urlEncoded.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A file the app hands out, as bytes. */
    byte[] download(String path, String user, String password) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(
            String method, String path, String user, String password, String language, Body body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", language)
                .method(
                        method,
                        body.bytes().length == 0 && body.contentType() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (body.contentType() != null) {
            request.header("Content-Type", body.contentType());
        }
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
