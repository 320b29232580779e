package io.camelcj.component.cj.api;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The reference's rules for a webhook/set callback URL ("Supported Protocols: HTTPS"), checked before the
 * call so that the mistake is named here instead of coming back as 1607001/1607002: present, an absolute
 * URL, {@code https://} only, and not localhost or a loopback address. {@code allowInsecure} (tests, a local
 * simulator) lifts the last two rules. Used by the producer's parameter check of webhook/set and by the
 * webhook consumer's own {@code callbackUrl}.
 */
public final class CallbackUrlRule {

    private CallbackUrlRule() {
    }

    /** @return what is wrong with the URL ("is required", "must start with https://..."), or null when it is fine */
    public static String problem(String url, boolean allowInsecure) {
        if (url == null || url.isBlank()) {
            return "is required (the public https:// URL CJ calls)";
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return "is not a valid URL: " + e.getMessage();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return "must be an absolute https:// URL, was " + url;
        }
        if (allowInsecure) {
            return null;
        }
        if (!scheme.equals("https")) {
            return "must start with https:// (CJ refuses other URLs with 1607002); allowInsecureCallback=true is"
                    + " for tests against a simulator";
        }
        if (isLoopback(uri.getHost())) {
            return "must not name localhost or a loopback address (CJ refuses it with 1607001), was host "
                    + uri.getHost();
        }
        return null;
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        // only literal addresses are checked: a name is not resolved here
        if (h.matches("[0-9.]+") || h.startsWith("[")) {
            try {
                InetAddress address = InetAddress.getByName(h.startsWith("[") ? h.substring(1, h.length() - 1) : h);
                return address.isLoopbackAddress() || address.isAnyLocalAddress();
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}
