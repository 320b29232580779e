package io.camelcj.component.cj.api;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An operation CJ offers that the catalogue does not list yet, named by method and path in the endpoint
 * URI: {@code cj:POST:product/newOperation}. GET and DELETE send their parameters as a query string, POST
 * and PATCH as a JSON body; nothing is validated beyond that (the catalogue knows no parameters for it).
 * Only GET is repeated after an ambiguous failure: a write may have been done (its failure then says
 * {@code isOutcomeUnknown()}).
 *
 * @param method the HTTP method
 * @param path   the path after {@code /api2.0/v1/}
 */
public record CustomOperation(CjHttpMethod method, String path) implements ApiOperation {

    private static final Pattern FORM = Pattern.compile("(?i)(GET|POST|PATCH|DELETE):/*(?:api2\\.0/v1/)?(.+)");
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_\\-]+(/[A-Za-z0-9_\\-]+)*");

    public CustomOperation {
        Objects.requireNonNull(method, "method");
        if (path == null || !PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("cj:" + method + ":" + path + ": the path must be segments of letters,"
                    + " digits, '-' and '_' separated by '/', e.g. cj:POST:product/newOperation");
        }
        if (path.startsWith("authentication/")) {
            throw new IllegalArgumentException("cj:" + method + ":" + path + ": authentication operations are"
                    + " performed by the token manager; use cj:" + path);
        }
    }

    /** True when {@code uri} (what follows {@code cj:}) is of the form {@code METHOD:path}. */
    public static boolean isCustomForm(String uri) {
        return uri != null && FORM.matcher(uri.trim()).matches();
    }

    /** Parses {@code METHOD:path}; see {@link #isCustomForm(String)}. */
    public static CustomOperation parse(String uri) {
        Matcher m = FORM.matcher(uri.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + uri + "' is not of the form METHOD:path, e.g. POST:product/newOperation");
        }
        return new CustomOperation(CjHttpMethod.valueOf(m.group(1).toUpperCase(Locale.ROOT)), m.group(2));
    }

    @Override
    public ParamStyle style() {
        return method == CjHttpMethod.GET || method == CjHttpMethod.DELETE ? ParamStyle.QUERY : ParamStyle.JSON_BODY;
    }

    @Override
    public boolean tokenRequired() {
        return true;
    }

    @Override
    public PagingShape paging() {
        return PagingShape.NONE;
    }

    @Override
    public RetrySafety safety() {
        return method == CjHttpMethod.GET ? RetrySafety.SAFE : RetrySafety.UNSAFE;
    }

    @Override
    public boolean usesPlatformToken() {
        return false;
    }

    @Override
    public List<ParamSpec> params() {
        return List.of();
    }

    @Override
    public List<List<String>> oneOfGroups() {
        return List.of();
    }

    /** Never: the token manager's calls are catalogue rows, and other authentication paths are refused. */
    @Override
    public boolean isAuthentication() {
        return false;
    }

    @Override
    public String toString() {
        return method + ":" + path;
    }
}
