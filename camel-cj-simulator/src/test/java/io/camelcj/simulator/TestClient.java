package io.camelcj.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A plain java.net.http client for the simulator, independent of the component. */
final class TestClient {

    record Response(int status, JsonNode body) {
        int code() {
            return body.path("code").asInt(-1);
        }

        JsonNode data() {
            return body.path("data");
        }
    }

    static final Mapper MAPPER = new Mapper();

    /** ObjectMapper plus an unchecked readTree for JSON-in-string fields. */
    static final class Mapper extends ObjectMapper {
        JsonNode readTreeSafe(String json) {
            try {
                return readTree(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    String token;

    TestClient(CjSimulator sim) {
        this.base = sim.baseUrl();
    }

    static TestClient loggedIn(CjSimulator sim, String apiKey) {
        TestClient c = new TestClient(sim);
        Response r = c.post("authentication/getAccessToken", Map.of("apiKey", apiKey));
        if (r.code() != 200) {
            throw new IllegalStateException("login failed: " + r.body());
        }
        c.token = r.data().path("accessToken").asText();
        return c;
    }

    Response get(String operationAndQuery) {
        return send(HttpRequest.newBuilder(uri(operationAndQuery)).GET());
    }

    Response post(String operation, Object body) {
        return send("POST", operation, body);
    }

    Response send(String method, String operation, Object body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json(body));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(operation)).method(method, publisher);
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return send(b);
    }

    Response multipart(String operation, Map<String, String> fields, String fileName, byte[] file) {
        String boundary = "----simtest" + System.nanoTime();
        StringBuilder sb = new StringBuilder();
        fields.forEach((k, v) -> sb.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        byte[] head = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] fileHead = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"waybillFile\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + (file == null ? 0 : fileHead.length + file.length) + tail.length];
        int pos = 0;
        System.arraycopy(head, 0, all, pos, head.length);
        pos += head.length;
        if (file != null) {
            System.arraycopy(fileHead, 0, all, pos, fileHead.length);
            pos += fileHead.length;
            System.arraycopy(file, 0, all, pos, file.length);
            pos += file.length;
        }
        System.arraycopy(tail, 0, all, pos, tail.length);
        return send(HttpRequest.newBuilder(uri(operation)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(all)));
    }

    HttpResponse<String> raw(HttpRequest.Builder b) throws IOException, InterruptedException {
        if (token != null) {
            b.header("CJ-Access-Token", token);
        }
        return http.send(b.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String operationAndQuery) {
        return URI.create(base + "/" + operationAndQuery);
    }

    private Response send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> resp = raw(b);
            JsonNode body = resp.body().isEmpty() ? MAPPER.nullNode() : MAPPER.readTree(resp.body());
            return new Response(resp.statusCode(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String json(Object o) {
        try {
            return o instanceof String s ? s : MAPPER.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
