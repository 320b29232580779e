package io.camelcj.routes.orders.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A list of codes CJ accepts, read from a resource of one code a line ({@code #} starts a comment).
 */
public final class CjCodeList {

    /** Appendix 2 of the CJ reference: two-letter country codes. */
    public static final CjCodeList COUNTRIES = load("country-codes.txt", false);
    /** Appendix 3 of the CJ reference: supported platforms, compared case-insensitively. */
    public static final CjCodeList PLATFORMS = load("platforms.txt", true);

    private final Set<String> codes;
    private final boolean ignoreCase;

    private CjCodeList(Set<String> codes, boolean ignoreCase) {
        this.codes = codes;
        this.ignoreCase = ignoreCase;
    }

    public boolean contains(String code) {
        return code != null && codes.contains(ignoreCase ? code.toLowerCase(Locale.ROOT) : code);
    }

    public int size() {
        return codes.size();
    }

    private static CjCodeList load(String resource, boolean ignoreCase) {
        String path = "/io/camelcj/routes/orders/" + resource;
        try (InputStream in = CjCodeList.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> codes = reader.lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> ignoreCase ? line.toLowerCase(Locale.ROOT) : line)
                    .collect(Collectors.toUnmodifiableSet());
            return new CjCodeList(codes, ignoreCase);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
