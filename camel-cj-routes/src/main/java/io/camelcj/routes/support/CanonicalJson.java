package io.camelcj.routes.support;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * One JSON form for everything the routes publish or hash: map keys sorted, {@code BigDecimal} written plainly (no
 * exponent), decimals read as {@code BigDecimal} (money must not pass through {@code double}). Two equal documents
 * always give the same bytes, so their {@link #sha256 hash} is a content fingerprint.
 * <p>
 * The hash also ignores a decimal's trailing zeros: {@code 12.50} and {@code 12.5} are the same amount. Records keep
 * the scale CJ sent. (Until the component parsed each answer once, straight into plain Java, its tree stripped them
 * on the way in; hashing without them keeps every fingerprint the same as then.)
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    /** {@link #MAPPER} writing decimals without trailing zeros: the text {@link #sha256} hashes. */
    private static final ObjectMapper HASHED = MAPPER.copy().registerModule(new SimpleModule("camel-cj-hashed-decimals")
            .addSerializer(BigDecimal.class, new StdSerializer<>(BigDecimal.class) {
                @Override
                public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider)
                        throws IOException {
                    gen.writeNumber(value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros());
                }
            }));

    /** Reads JSON text or a tree into plain Java (Map, List, String, BigDecimal...), without an intermediate copy. */
    private static final ObjectReader PLAIN = MAPPER.readerFor(Object.class);

    private CanonicalJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Canonical JSON text of a Map/List/scalar/JsonNode tree. */
    public static String write(Object value) {
        return write(MAPPER, value);
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            // A JsonNode is turned into plain collections first so that object keys get sorted too.
            Object plain = value instanceof JsonNode node ? PLAIN.readValue(node) : value;
            return mapper.writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Value cannot be written as JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Value cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    public static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Hex SHA-256 of the canonical JSON of {@code value}. The value is first passed through its JSON text once, so a
     * document hashed in memory and the same document read back from Kafka give the same hash (a {@code double}
     * such as 1.0E7 becomes the decimal 10000000 both ways).
     */
    public static String sha256(Object value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String text = write(HASHED, value);
            // read back as plain collections and written again, unless that cannot change the text
            String normalized = isTextStable(value) ? text : HASHED.writeValueAsString(PLAIN.readValue(text));
            return HexFormat.of().formatHex(digest.digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Value cannot be written as JSON: " + e.getOriginalMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * True when reading {@code value}'s canonical text back and writing it again gives the same text: maps with
     * String keys, lists, strings, booleans, nulls, integers and BigDecimals (written plainly either way). A double, a
     * non-String key (sorted differently once it is text), a JsonNode or a POJO makes it false.
     */
    private static boolean isTextStable(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof BigDecimal || value instanceof BigInteger) {
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String) || !isTextStable(e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof List<?> list) {
            for (Object element : list) {
                if (!isTextStable(element)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
