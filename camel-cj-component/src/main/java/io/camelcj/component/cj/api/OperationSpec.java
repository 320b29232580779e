package io.camelcj.component.cj.api;

import java.util.ArrayList;
import java.util.List;

/** Fluent description of one catalogue row; see {@link CjOperation}. */
public final class OperationSpec {

    final CjHttpMethod method;
    ParamStyle style;
    boolean tokenRequired = true;
    PagingShape paging = PagingShape.NONE;
    RetrySafety safety;
    boolean platformToken;
    String replacement;
    boolean seenInCjClient;
    final List<ParamSpec> params = new ArrayList<>();
    final List<List<String>> oneOf = new ArrayList<>();

    private OperationSpec(CjHttpMethod method, ParamStyle style, RetrySafety safety) {
        this.method = method;
        this.style = style;
        this.safety = safety;
    }

    /** A GET with query parameters; a read, so transient failures are retried. */
    public static OperationSpec get() {
        return new OperationSpec(CjHttpMethod.GET, ParamStyle.QUERY, RetrySafety.SAFE);
    }

    /** A POST with a JSON body; not retried after ambiguous failures unless marked {@link #idempotent()}. */
    public static OperationSpec post() {
        return new OperationSpec(CjHttpMethod.POST, ParamStyle.JSON_BODY, RetrySafety.UNSAFE);
    }

    public static OperationSpec patch() {
        return new OperationSpec(CjHttpMethod.PATCH, ParamStyle.JSON_BODY, RetrySafety.UNSAFE);
    }

    /** A DELETE with query parameters. */
    public static OperationSpec delete() {
        return new OperationSpec(CjHttpMethod.DELETE, ParamStyle.QUERY, RetrySafety.UNSAFE);
    }

    public OperationSpec multipart() {
        this.style = ParamStyle.MULTIPART;
        return this;
    }

    /** Called without CJ-Access-Token (the authentication operations). */
    public OperationSpec noToken() {
        this.tokenRequired = false;
        return this;
    }

    public OperationSpec paged(PagingShape shape) {
        this.paging = shape;
        return this;
    }

    /** A write whose repetition has the same effect (a query sent as POST, a "set"). */
    public OperationSpec idempotent() {
        this.safety = RetrySafety.SAFE;
        return this;
    }

    public OperationSpec createsOrder() {
        this.safety = RetrySafety.CREATE_ORDER;
        return this;
    }

    /** Sends the {@code platformToken} header when one is configured. */
    public OperationSpec platformToken() {
        this.platformToken = true;
        return this;
    }

    /** Deprecated by CJ in favour of the operation with this path. */
    public OperationSpec deprecatedFor(String replacementPath) {
        this.replacement = replacementPath;
        return this;
    }

    /**
     * Not in the reference: seen in CJ's own client ({@code CJ-dropshipping/api-mcp}), its parameters taken
     * from that client's requests. Such rows are marked in component.md.
     */
    public OperationSpec seenInCjClient() {
        this.seenInCjClient = true;
        return this;
    }

    public OperationSpec params(ParamSpec... specs) {
        this.params.addAll(List.of(specs));
        return this;
    }

    /** At least one of these parameters is required ("Choose one of pid, productSku, variantSku"). */
    public OperationSpec oneOf(String... names) {
        this.oneOf.add(List.of(names));
        return this;
    }
}
