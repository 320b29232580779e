package io.camelcj.component.cj.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of the typed models: fields are bound directly, and every field CJ sends that the model does not
 * name is kept in {@link #other()} (CJ adds fields all the time; nothing is dropped, and writing the
 * model back as JSON includes them).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class CjModel {

    private final Map<String, Object> other = new LinkedHashMap<>();

    @JsonAnySetter
    void setOther(String name, Object value) {
        other.put(name, value);
    }

    /** Fields of the answer that this model has no property for, by name. */
    @JsonAnyGetter
    public Map<String, Object> other() {
        return other;
    }
}
