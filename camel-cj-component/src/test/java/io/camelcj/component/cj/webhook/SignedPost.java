package io.camelcj.component.cj.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A POST as CJ sends it, with an optional {@code sign} header, for the transport tests. */
final class SignedPost {

    private SignedPost() {
    }

    static HttpResponse<String> post(HttpClient http, String url, String json, String sign, Duration timeout)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (sign != null) {
            request.header(CjWebhookSignature.HEADER, sign);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
