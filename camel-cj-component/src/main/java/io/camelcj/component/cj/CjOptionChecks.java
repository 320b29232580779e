package io.camelcj.component.cj;

import io.camelcj.component.cj.api.ApiOperation;
import org.apache.camel.PropertyBindingException;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the options of the component and of each endpoint when they are created, so that a wrong value
 * fails the route start naming the option and what it expects, not the first call (issue 16.8); and keeps
 * a mistyped secret ({@code api_key=...}) from being sent to CJ as a query parameter (issue 16.6).
 */
final class CjOptionChecks {

    private static final String DURATION = "a duration such as 30s, 5m, 1h or milliseconds";
    /** What each option expects, for the message when a value cannot be converted. */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("qps", "a positive number of requests per second, e.g. 1 or 0.5, or 0 to read it from setting/get"),
            Map.entry("maxRetries", "a whole number, 0 or more"),
            Map.entry("pageSize", "a whole number, 1 or more"),
            Map.entry("proxyPort", "a port number, 1 to 65535"),
            Map.entry("rateLimitMargin", DURATION), Map.entry("maxPermitWait", DURATION),
            Map.entry("connectTimeout", DURATION), Map.entry("readTimeout", DURATION),
            Map.entry("getAccessTokenCooldown", DURATION), Map.entry("tokenRefreshAhead", DURATION),
            Map.entry("retryBackoff", DURATION), Map.entry("retryBackoffMax", DURATION),
            Map.entry("fetchAllPages", "true or false"), Map.entry("rawEnvelope", "true or false"),
            Map.entry("exchangePerPage", "true or false"));
    private static final Set<String> SECRET_OPTIONS = Set.of("apiKey", "platformToken");
    /** Names that look like a credential: never sent to CJ as an operation parameter by mistake. */
    private static final Pattern LOOKS_LIKE_A_SECRET = Pattern.compile(
            "(api[-_.]?key|apikey|access[-_.]?token|refresh[-_.]?token|token|secret|password|passwd|credential)s?",
            Pattern.CASE_INSENSITIVE);

    private CjOptionChecks() {
    }

    /** The option values of a component or endpoint; the message names the option and what it expects. */
    static void checkValues(String where, CjConfiguration c) {
        require(where, "qps", c.getQps() >= 0 && !Double.isInfinite(c.getQps()), c.getQps(), EXPECTED.get("qps"));
        require(where, "maxRetries", c.getMaxRetries() >= 0, c.getMaxRetries(), "0 or more (0 turns retries off)");
        require(where, "retryBackoff", c.getRetryBackoff() >= 0, c.getRetryBackoff() + " ms", "0 or more");
        require(where, "retryBackoffMax", c.getRetryBackoffMax() >= c.getRetryBackoff(), c.getRetryBackoffMax() + " ms",
                "at least retryBackoff (" + c.getRetryBackoff() + " ms)");
        require(where, "rateLimitMargin", c.getRateLimitMargin() >= 0, c.getRateLimitMargin() + " ms", "0 or more");
        require(where, "maxPermitWait", c.getMaxPermitWait() >= 0, c.getMaxPermitWait() + " ms", "0 or more");
        require(where, "connectTimeout", c.getConnectTimeout() > 0, c.getConnectTimeout() + " ms", "more than 0");
        require(where, "readTimeout", c.getReadTimeout() > 0, c.getReadTimeout() + " ms", "more than 0");
        require(where, "getAccessTokenCooldown", c.getGetAccessTokenCooldown() >= 0,
                c.getGetAccessTokenCooldown() + " ms", "0 or more");
        require(where, "tokenRefreshAhead", c.getTokenRefreshAhead() >= 0, c.getTokenRefreshAhead() + " ms", "0 or more");
        require(where, "pageSize", c.getPageSize() == null || c.getPageSize() >= 1, c.getPageSize(), "1 or more");
        require(where, "proxyPort", c.getProxyPort() >= 0 && c.getProxyPort() <= 65535, c.getProxyPort(),
                EXPECTED.get("proxyPort"));
    }

    private static void require(String where, String option, boolean ok, Object value, String expected) {
        if (!ok) {
            throw new IllegalArgumentException(where + ": option " + option + " must be " + expected + ", was " + value);
        }
    }

    /** A value Camel could not convert: the option, what it expects, and the value unless it is a secret. */
    static IllegalArgumentException unconvertible(String where, PropertyBindingException e) {
        String option = e.getPropertyName();
        String expected = EXPECTED.getOrDefault(option, "a valid value");
        String value = SECRET_OPTIONS.contains(option) ? "(not shown)" : "'" + e.getValue() + "'";
        return new IllegalArgumentException(where + ": option " + option + " must be " + expected + ", was " + value);
    }

    private static final Set<String> WHOLE_NUMBERS = Set.of("maxRetries", "pageSize", "proxyPort");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /**
     * The written values of the numeric options, before Camel converts them: its converter turned
     * {@code maxRetries=two} into 0 without a word.
     */
    static void checkWrittenNumbers(String where, Map<String, Object> parameters) {
        for (Map.Entry<String, Object> p : parameters.entrySet()) {
            if (!(p.getValue() instanceof String written)) {
                continue;
            }
            String option = EXPECTED.keySet().stream().filter(o -> o.equalsIgnoreCase(p.getKey())).findFirst().orElse("");
            boolean wrong = WHOLE_NUMBERS.contains(option) ? !WHOLE_NUMBER.matcher(written.trim()).matches()
                    : option.equals("qps") && !NUMBER.matcher(written.trim()).matches();
            if (wrong) {
                throw new IllegalArgumentException(where + ": option " + option + " must be " + EXPECTED.get(option)
                        + ", was '" + written + "'");
            }
        }
    }

    /**
     * A cj option left over after binding is one Camel could not convert (it keeps such a value as a plain
     * parameter when properties are lenient): refuse it rather than send it to CJ.
     */
    static void refuseUnboundOptions(String where, Map<String, Object> parameters) {
        for (Map.Entry<String, Object> p : parameters.entrySet()) {
            String option = EXPECTED.keySet().stream().filter(o -> o.equalsIgnoreCase(p.getKey())).findFirst().orElse(null);
            if (option != null) {
                throw new IllegalArgumentException(where + ": option " + option + " must be " + EXPECTED.get(option)
                        + ", was '" + p.getValue() + "'");
            }
        }
    }

    /**
     * URI options that are not cj options are operation parameters; one whose name looks like a credential
     * ({@code api_key}, {@code token}...) and that the operation does not document is refused rather than sent
     * to CJ in a query string. Its value is not shown.
     */
    static void refuseSecretLookingParameters(String where, ApiOperation op, Map<String, Object> parameters) {
        for (String name : parameters.keySet()) {
            boolean documented = op != null && op.param(name).isPresent();
            if (!documented && LOOKS_LIKE_A_SECRET.matcher(name).matches()) {
                throw new IllegalArgumentException(where + ": '" + name + "' is not a cj option and looks like a"
                        + " credential, so it is not sent to CJ as a parameter; the API key is the option apiKey"
                        + (name.toLowerCase(Locale.ROOT).contains("platform") ? "" : ", the platform token platformToken")
                        + " (value not shown)");
            }
        }
    }
}
