package io.camelcj.component.cj;

/** A request refused before sending because a parameter is missing or invalid; names the field. */
public class CjValidationException extends CjApiException {

    private final String field;

    public CjValidationException(String operation, String field, String reason) {
        super(operation, CjErrorCategory.INVALID_PARAMETER, "invalid parameter '" + field + "': " + reason);
        this.field = field;
    }

    /** The parameter (dotted path for nested fields, e.g. {@code products[0].quantity}). */
    public String getField() {
        return field;
    }
}
