package io.camelcj.component.cj.webhook;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A CJ webhook push as a typed object. {@code params} stays a map because its shape depends on the
 * type (see the CJ reference, Webhook section); fields CJ adds later are kept in {@link #getOther()}
 * and written back when the message is serialised.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CjWebhookMessage {

    private String messageId;
    private String type;
    private String messageType;
    /** Sent with LOGISTIC messages; a number on the wire, kept as a string like every CJ id. */
    private String openId;
    private Map<String, Object> params;
    private final Map<String, Object> other = new LinkedHashMap<>();

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getMessageType() {
        return messageType;
    }

    public void setMessageType(String messageType) {
        this.messageType = messageType;
    }

    public String getOpenId() {
        return openId;
    }

    public void setOpenId(String openId) {
        this.openId = openId;
    }

    public Map<String, Object> getParams() {
        return params;
    }

    public void setParams(Map<String, Object> params) {
        this.params = params;
    }

    @JsonAnyGetter
    public Map<String, Object> getOther() {
        return other;
    }

    @JsonAnySetter
    public void setOther(String name, Object value) {
        other.put(name, value);
    }

    /** The known type, empty when CJ sent a type this version does not know. */
    @JsonIgnore
    public Optional<CjWebhookType> knownType() {
        return CjWebhookType.of(type);
    }

    /** The id of the entity this message is about (pid, vid, order number...), or null. */
    @JsonIgnore
    public String entityId() {
        return knownType().map(t -> t.entityId(params)).orElse(null);
    }

    @Override
    public String toString() {
        return "CjWebhookMessage[messageId=" + messageId + ", type=" + type + ", messageType=" + messageType + "]";
    }
}
