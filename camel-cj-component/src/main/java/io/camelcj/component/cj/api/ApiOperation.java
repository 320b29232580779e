package io.camelcj.component.cj.api;

import java.util.List;
import java.util.Optional;

/**
 * What the client needs to know to call one CJ operation: a row of the catalogue ({@link CjOperation}),
 * or an operation the catalogue does not know yet ({@link CustomOperation}, the {@code cj:METHOD:path}
 * form), called with the same tokens, throttling, envelope reading and errors.
 */
public interface ApiOperation {

    /** Path after {@code /api2.0/v1/}, e.g. {@code shopping/order/createOrderV3}. */
    String path();

    CjHttpMethod method();

    ParamStyle style();

    boolean tokenRequired();

    PagingShape paging();

    RetrySafety safety();

    /** Whether the {@code platformToken} header is sent. */
    boolean usesPlatformToken();

    /** The documented parameters (validated before sending); empty when none are known. */
    List<ParamSpec> params();

    /** Parameter groups of which at least one member is required. */
    List<List<String>> oneOfGroups();

    default Optional<ParamSpec> param(String name) {
        return params().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The last path segment, e.g. {@code createOrderV3}. */
    default String simpleName() {
        return path().substring(path().lastIndexOf('/') + 1);
    }

    /** Whether this is one of the authentication operations the token manager performs. */
    boolean isAuthentication();
}
