package io.camelcj.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The baseline of the producer-overhead benchmark: what a developer would write by hand with the JDK
 * {@link HttpClient} and Jackson. A token is obtained once; each call is a GET with the token header, the answer is
 * read into a Map and its {@code data} returned when {@code code} is 200. No throttling, no retries, no token
 * renewal, no validation: the bare minimum the component is compared with.
 */
final class HandMadeCjClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private final String accessToken;

    HandMadeCjClient(String baseUrl, String apiKey) throws IOException, InterruptedException {
        this.baseUrl = baseUrl;
        HttpRequest login = HttpRequest.newBuilder(URI.create(baseUrl + "/authentication/getAccessToken"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(Map.of("apiKey", apiKey))))
                .build();
        Object data = data("authentication/getAccessToken", http.send(login, HttpResponse.BodyHandlers.ofByteArray()));
        this.accessToken = String.valueOf(((Map<?, ?>) data).get("accessToken"));
    }

    /** GET {@code operation} with {@code params} as the query string; returns the envelope's data. */
    Object get(String operation, Map<String, ?> params) throws IOException, InterruptedException {
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> query.append(query.length() == 0 ? "?" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/" + operation + query))
                .timeout(Duration.ofSeconds(30))
                .header("CJ-Access-Token", accessToken)
                .GET()
                .build();
        return data(operation, http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    private Object data(String operation, HttpResponse<byte[]> response) throws IOException {
        Map<?, ?> envelope = json.readValue(response.body(), Map.class);
        Object code = envelope.get("code");
        if (!(code instanceof Number n) || n.intValue() != 200) {
            throw new IOException(operation + " answered HTTP " + response.statusCode() + " with code " + code + ": "
                    + envelope.get("message"));
        }
        return envelope.get("data");
    }
}
