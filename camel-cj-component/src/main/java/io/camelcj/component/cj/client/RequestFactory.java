package io.camelcj.component.cj.client;

import io.camelcj.component.cj.api.ApiOperation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelcj.component.cj.CjValidationException;
import io.camelcj.component.cj.api.CjOperation;
import io.camelcj.component.cj.api.ParamSpec;
import io.camelcj.component.cj.api.ParamStyle;
import io.camelcj.component.cj.http.MultipartBody;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Normalises, validates and encodes a {@link CjRequest} according to its operation's parameter style. */
final class RequestFactory {

    private final ObjectMapper mapper;

    RequestFactory(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    PreparedRequest prepare(CjRequest request) {
        ApiOperation op = request.operation();
        Map<String, Object> params = normalise(op, request.params());
        ParamValidator.validate(op, params, request.allowInsecureUrls());
        String platformToken = op.usesPlatformToken() ? request.platformToken() : null;
        switch (op.style()) {
            case QUERY:
                return new PreparedRequest(op, query(params), null, null, platformToken);
            case JSON_BODY:
                return new PreparedRequest(op, "", "application/json", json(op, params), platformToken);
            case MULTIPART:
                MultipartBody mp = multipart(op, params, request.fileName());
                return new PreparedRequest(op, "", mp.contentType(), mp.toBytes(), platformToken);
            default:
                throw new IllegalStateException("unknown style " + op.style());
        }
    }

    /** Arrays become lists; a comma-separated string for a multi-valued parameter becomes a list. */
    private static Map<String, Object> normalise(ApiOperation op, Map<String, Object> params) {
        Map<String, Object> out = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (value instanceof Object[] array) {
                value = Arrays.asList(array);
            } else if (value instanceof CharSequence s && op.param(name).map(ParamSpec::multiValued).orElse(false)) {
                value = Arrays.stream(s.toString().split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
            }
            if (value != null) {
                out.put(name, value);
            }
        });
        return out;
    }

    private static String query(Map<String, Object> params) {
        StringJoiner q = new StringJoiner("&");
        params.forEach((name, value) -> {
            Collection<?> values = value instanceof Collection<?> c ? c : List.of(value);
            for (Object v : values) {
                q.add(encode(name) + "=" + encode(String.valueOf(v)));
            }
        });
        return q.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private byte[] json(ApiOperation op, Map<String, Object> params) {
        try {
            return mapper.writeValueAsBytes(params);
        } catch (JsonProcessingException e) {
            throw new CjValidationException(op.path(), "body", "cannot be written as JSON: " + e.getOriginalMessage());
        }
    }

    private static MultipartBody multipart(ApiOperation op, Map<String, Object> params, String fileName) {
        MultipartBody mp = new MultipartBody();
        params.forEach((name, value) -> {
            if (name.equals(CjOperation.MULTIPART_FILE_PARAM)) {
                FilePart file = filePart(op, value, fileName);
                mp.file(name, file.name(), file.content());
            } else {
                Collection<?> values = value instanceof Collection<?> c ? c : List.of(value);
                values.forEach(v -> mp.field(name, String.valueOf(v)));
            }
        });
        return mp;
    }

    private record FilePart(String name, byte[] content) {
    }

    private static FilePart filePart(ApiOperation op, Object value, String fileName) {
        String field = CjOperation.MULTIPART_FILE_PARAM;
        try {
            if (value instanceof byte[] bytes) {
                return new FilePart(fileName != null ? fileName : field, bytes);
            }
            if (value instanceof InputStream in) {
                try (in) {
                    return new FilePart(fileName != null ? fileName : field, in.readAllBytes());
                }
            }
            Path path = value instanceof Path p ? p : value instanceof File f ? f.toPath()
                    : value instanceof CharSequence s ? Path.of(s.toString()) : null;
            if (path == null) {
                throw new CjValidationException(op.path(), field,
                        "must be a File, Path, file name, byte[] or InputStream, not " + value.getClass().getName());
            }
            if (!Files.isRegularFile(path)) {
                throw new CjValidationException(op.path(), field, "file not found: " + path);
            }
            return new FilePart(fileName != null ? fileName : path.getFileName().toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            CjValidationException unreadable = new CjValidationException(op.path(), field,
                    "cannot be read: " + e.getMessage());
            unreadable.initCause(e);
            throw unreadable;
        }
    }
}
