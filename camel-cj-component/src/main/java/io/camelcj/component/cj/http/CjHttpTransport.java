package io.camelcj.component.cj.http;

import io.camelcj.component.cj.api.CjHttpMethod;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Map;

/** One JDK {@link HttpClient} per account (connection pool, timeouts, proxy). Knows nothing of CJ envelopes. */
public final class CjHttpTransport {

    private final HttpSettings settings;
    private final HttpClient client;

    public CjHttpTransport(HttpSettings settings) {
        this.settings = settings;
        HttpClient.Builder b = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (settings.proxyHost() != null && !settings.proxyHost().isBlank()) {
            b.proxy(ProxySelector.of(new InetSocketAddress(settings.proxyHost(), settings.proxyPort())));
        }
        this.client = b.build();
    }

    /** URI of an operation path plus an already encoded query string (may be empty). */
    public URI uri(String path, String query) {
        return URI.create(settings.baseUrl() + "/" + path + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    /**
     * Sends one request and returns whatever status came back.
     *
     * @throws TransportException when no answer arrived
     */
    public HttpResult send(CjHttpMethod method, URI uri, Map<String, String> headers, byte[] body)
            throws TransportException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri).timeout(settings.readTimeout())
                .method(method.name(), publisher);
        headers.forEach(rb::header);
        try {
            HttpResponse<byte[]> response = client.send(rb.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new HttpResult(response.statusCode(), response.body());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new TransportException("could not connect to " + uri.getHost() + ": " + e, false, e);
        } catch (HttpTimeoutException e) {
            throw new TransportException("no answer within " + settings.readTimeout().toMillis() + " ms", true, e);
        } catch (IOException e) {
            throw new TransportException("connection failed after sending: " + e, true, e);
        }
    }
}
