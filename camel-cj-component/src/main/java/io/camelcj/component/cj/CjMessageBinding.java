package io.camelcj.component.cj;

import io.camelcj.component.cj.api.ApiOperation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelcj.component.cj.api.CjOperation;
import io.camelcj.component.cj.api.ParamStyle;
import io.camelcj.component.cj.client.CjRequest;
import io.camelcj.component.cj.client.CjResponse;
import io.camelcj.component.cj.envelope.Envelope;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Moves data between Camel messages and CJ requests/answers. */
final class CjMessageBinding {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final CjEndpoint endpoint;
    private final ObjectMapper mapper;

    CjMessageBinding(CjEndpoint endpoint, ObjectMapper mapper) {
        this.endpoint = endpoint;
        this.mapper = mapper;
    }

    /**
     * The request for this exchange. Parameters, later sources winning: URI options, the
     * {@link CjConstants#PARAMS} header, and for JSON-body operations the body's fields; for the
     * multipart uploads a File/Path/byte[]/InputStream body is the waybill file unless given as parameter.
     */
    CjRequest request(Exchange exchange) {
        ApiOperation op = endpoint.getResolvedOperation();
        Message in = exchange.getMessage();
        Map<String, Object> params = new LinkedHashMap<>(endpoint.getOperationParameters());
        Map<?, ?> headerParams = in.getHeader(CjConstants.PARAMS, Map.class);
        if (headerParams != null) {
            headerParams.forEach((k, v) -> params.put(String.valueOf(k), v));
        }
        Object body = in.getBody();
        if (op.style() == ParamStyle.JSON_BODY && body != null) {
            params.putAll(bodyFields(op, body));
        } else if (op.style() == ParamStyle.MULTIPART && body != null
                && !params.containsKey(CjOperation.MULTIPART_FILE_PARAM)) {
            Object file = body instanceof WrappedFile<?> wf ? wf.getFile() : body;
            if (file instanceof File || file instanceof Path || file instanceof byte[] || file instanceof InputStream) {
                params.put(CjOperation.MULTIPART_FILE_PARAM, file);
            }
        }
        String platformToken = in.getHeader(CjConstants.PLATFORM_TOKEN, endpoint.getConfiguration().getPlatformToken(),
                String.class);
        return new CjRequest(op, params, platformToken, in.getHeader(CjConstants.FILE_NAME, String.class),
                endpoint.getWebhookConfiguration().isAllowInsecureCallback());
    }

    private Map<String, Object> bodyFields(ApiOperation op, Object body) {
        try {
            if (body instanceof Map<?, ?> map) {
                Map<String, Object> out = new LinkedHashMap<>();
                map.forEach((k, v) -> out.put(String.valueOf(k), v));
                return out;
            }
            if (body instanceof String || body instanceof byte[]) {
                String json = body instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : (String) body;
                return json.isBlank() ? Map.of() : mapper.readValue(json, MAP);
            }
            if (body instanceof JsonNode node) {
                return mapper.convertValue(node, MAP);
            }
            return mapper.convertValue(body, MAP);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new CjValidationException(op.path(), "body", "must be a JSON object, Map or POJO for "
                    + op.path() + " (" + body.getClass().getSimpleName() + " given)");
        }
    }

    /** Sets the body and headers from an answer. */
    void response(Message out, CjResponse response) {
        Envelope env = response.envelope();
        out.setHeader(CjConstants.OPERATION, response.operation().path());
        out.setHeader(CjConstants.REQUEST_ID, env.requestId());
        out.setHeader(CjConstants.CODE, env.code());
        out.setHeader(CjConstants.MESSAGE, env.message());
        Long points = env.pointsRemaining();
        if (points != null) {
            out.setHeader(CjConstants.POINTS_REMAINING, points);
        }
        if (response.recovered()) {
            out.setHeader(CjConstants.ORDER_RECOVERED, Boolean.TRUE);
        }
    }


}
