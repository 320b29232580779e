package io.camelcj.component.cj.api;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns what a user writes after {@code cj:} into a catalogue row. Accepted, in this order: the full
 * path ({@code shopping/order/createOrderV3}), the short form without the resource group
 * ({@code shopping/createOrderV3}), the bare name when unique ({@code createOrderV3}). A leading
 * {@code /} or {@code /api2.0/v1/} is ignored.
 */
public final class OperationResolver {

    /** Rows by path; a path CJ serves with several methods (product/conn/connection) has several rows. */
    private static final Map<String, List<CjOperation>> BY_PATH = Arrays.stream(CjOperation.values())
            .collect(Collectors.groupingBy(CjOperation::path));

    private OperationResolver() {
    }

    /** The operation with exactly this path; for catalogue-internal references. */
    static CjOperation byPath(String path) {
        List<CjOperation> ops = BY_PATH.get(path);
        if (ops == null || ops.size() != 1) {
            throw new IllegalStateException("catalogue refers to unknown or multi-method path " + path);
        }
        return ops.get(0);
    }

    /** The row for this method and path ({@code cj:DELETE:product/conn/connection}), if the catalogue has one. */
    public static Optional<CjOperation> byMethodAndPath(CjHttpMethod method, String path) {
        return BY_PATH.getOrDefault(path, List.of()).stream().filter(op -> op.method() == method).findFirst();
    }

    /**
     * Resolves a name or fails with an {@link IllegalArgumentException} naming the closest valid
     * operations (or the candidates when the name is ambiguous).
     */
    public static CjOperation resolve(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("No CJ operation given: use cj:<operation>, e.g. cj:product/listV2");
        }
        String n = normalise(name);
        List<CjOperation> exact = BY_PATH.get(n);
        if (exact != null && exact.size() == 1) {
            return exact.get(0);
        }
        if (exact != null) {
            throw new IllegalArgumentException("CJ operation '" + name + "' is served with several methods; use one of "
                    + exact.stream().map(op -> "cj:" + op.method() + ":" + op.path()).collect(Collectors.joining(", ")));
        }
        List<CjOperation> candidates = n.contains("/") ? shortFormMatches(n) : bareNameMatches(n);
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.size() > 1) {
            throw new IllegalArgumentException("CJ operation '" + name + "' is ambiguous; use one of "
                    + paths(candidates));
        }
        throw new IllegalArgumentException("Unknown CJ operation '" + name + "'. Closest valid operations: "
                + paths(closest(n, 3)));
    }

    private static String normalise(String name) {
        String n = name.trim();
        int prefix = n.indexOf("api2.0/v1/");
        if (prefix >= 0) {
            n = n.substring(prefix + "api2.0/v1/".length());
        }
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        return n;
    }

    private static List<CjOperation> shortFormMatches(String n) {
        String group = n.substring(0, n.indexOf('/'));
        String simple = n.substring(n.lastIndexOf('/') + 1);
        return Arrays.stream(CjOperation.values())
                .filter(op -> op.path().startsWith(group + "/") && op.simpleName().equals(simple))
                .collect(Collectors.toList());
    }

    private static List<CjOperation> bareNameMatches(String n) {
        return Arrays.stream(CjOperation.values()).filter(op -> op.simpleName().equals(n))
                .collect(Collectors.toList());
    }

    /** The {@code limit} operations whose path or simple name is nearest to {@code n} (edit distance). */
    static List<CjOperation> closest(String n, int limit) {
        String lower = n.toLowerCase(Locale.ROOT);
        return Arrays.stream(CjOperation.values())
                .sorted(Comparator.comparingInt((CjOperation op) -> Math.min(
                        distance(lower, op.path().toLowerCase(Locale.ROOT)),
                        distance(lower, op.simpleName().toLowerCase(Locale.ROOT)))).thenComparing(CjOperation::path))
                .limit(limit)
                .collect(Collectors.toList());
    }

    private static String paths(List<CjOperation> ops) {
        return ops.stream().map(CjOperation::path).collect(Collectors.joining(", "));
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
