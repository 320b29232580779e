package io.camelcj.routes.feeds;

import java.util.Map;

import io.camelcj.component.cj.api.CjOperation;
import io.camelcj.routes.support.CjCaller;

/** Calls a CJ operation and returns the envelope's {@code data} as plain Java, or one page of a paged one. */
public interface CjCalls {

    /**
     * @param params query parameters; a {@code List} value is sent as repeated keys
     */
    Object call(CjOperation operation, Map<String, Object> params);

    /** One page of a paged operation, read by the component's {@code Pages} (both of CJ's paging shapes). */
    CjCaller.Page page(CjOperation operation, Map<String, Object> params);

    /** Calls through the {@code cj:} component, sharing the account's token and rate budget with other routes. */
    static CjCalls through(CjCaller caller) {
        return new CjCalls() {
            @Override
            public Object call(CjOperation operation, Map<String, Object> params) {
                return caller.call(operation, null, params).data();
            }

            @Override
            public CjCaller.Page page(CjOperation operation, Map<String, Object> params) {
                return caller.page(operation, params);
            }
        };
    }
}
