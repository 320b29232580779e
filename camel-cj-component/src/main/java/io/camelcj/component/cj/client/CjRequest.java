package io.camelcj.component.cj.client;

import io.camelcj.component.cj.api.ApiOperation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One call to make: the operation, its parameters (query values, JSON body fields or multipart fields
 * and file), and the optional {@code platformToken} and upload file name.
 *
 * @param operation     the catalogue row, or a custom operation
 * @param params        parameters by name; values may be strings, numbers, booleans, lists, maps, and for
 *                      the waybill file a File, Path, byte[] or InputStream
 * @param platformToken value of the {@code platformToken} header, or null
 * @param fileName      name of the uploaded file when it is given as bytes or a stream, or null
 * @param allowInsecureUrls accept http:// and loopback callback URLs (webhook/set against a simulator; the
 *                      endpoint option {@code allowInsecureCallback})
 */
public record CjRequest(ApiOperation operation, Map<String, Object> params, String platformToken, String fileName,
                        boolean allowInsecureUrls) {

    public CjRequest {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params == null ? Map.of() : params));
    }

    public CjRequest(ApiOperation operation, Map<String, Object> params, String platformToken, String fileName) {
        this(operation, params, platformToken, fileName, false);
    }

    public static CjRequest of(ApiOperation operation, Map<String, Object> params) {
        return new CjRequest(operation, params, null, null);
    }

    /** The same request with one parameter replaced (paging). */
    public CjRequest with(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(params);
        copy.put(name, value);
        return new CjRequest(operation, copy, platformToken, fileName, allowInsecureUrls);
    }

    @Override
    public String toString() {
        // platformToken is a secret: never printed
        return "CjRequest[" + operation.path() + ", params=" + params.keySet() + "]";
    }
}
