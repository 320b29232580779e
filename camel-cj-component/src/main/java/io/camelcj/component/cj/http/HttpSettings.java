package io.camelcj.component.cj.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

/**
 * Connection settings of one account's HTTP client.
 *
 * @param baseUrl        e.g. {@code https://developers.cjdropshipping.com/api2.0/v1}; plain http only for loopback hosts
 * @param connectTimeout TCP/TLS connect time-out
 * @param readTimeout    time-out for the whole answer of one request
 * @param proxyHost      HTTP proxy host, null for none
 * @param proxyPort      HTTP proxy port
 */
public record HttpSettings(String baseUrl, Duration connectTimeout, Duration readTimeout, String proxyHost,
                           int proxyPort) {

    public HttpSettings {
        baseUrl = checkBaseUrl(baseUrl);
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive");
        }
        if (readTimeout == null || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("readTimeout must be positive");
        }
        if (proxyHost != null && !proxyHost.isBlank() && (proxyPort <= 0 || proxyPort > 65535)) {
            throw new IllegalArgumentException("proxyPort must be 1..65535 when proxyHost is set");
        }
        if (proxyHost != null && !proxyHost.isBlank() && baseUrl.toLowerCase(Locale.ROOT).startsWith("http:")
                && !isLoopback(proxyHost.trim())) {
            // plain http is allowed for a loopback server only; through a remote proxy it would leave the host
            throw new IllegalArgumentException("Refusing plain http:// baseUrl through the remote proxy " + proxyHost
                    + ": the access token would travel unencrypted to it. Use https:// or a loopback proxy");
        }
    }

    /**
     * Validates a base URL: absolute, https, or http to a loopback address (simulator, local tests),
     * so tokens are never sent in clear over a network. Returns it without a trailing slash.
     */
    public static String checkBaseUrl(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("baseUrl must be set");
        }
        URI uri;
        try {
            uri = URI.create(baseUrl.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("baseUrl is not a valid URL: " + baseUrl, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL: " + baseUrl);
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("Refusing plain http:// to non-loopback host " + uri.getHost()
                    + ": the access token would travel unencrypted. Use https://");
        }
        String s = uri.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        // only literal addresses are checked, so no DNS lookup happens here
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
