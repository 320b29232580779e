package io.camelcj.component.cj.client;

import io.camelcj.component.cj.api.ApiOperation;
import io.camelcj.component.cj.CjValidationException;
import io.camelcj.component.cj.api.ParamSpec;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Checks a request against what the reference makes required, before anything is sent. */
final class ParamValidator {

    private ParamValidator() {
    }

    static void validate(ApiOperation op, Map<String, Object> params) {
        for (ParamSpec spec : op.params()) {
            check(op, spec, spec.name(), params.get(spec.name()));
        }
        for (List<String> group : op.oneOfGroups()) {
            if (group.stream().noneMatch(name -> present(params.get(name)))) {
                throw new CjValidationException(op.path(), String.join("|", group),
                        "one of " + group + " is required");
            }
        }
    }

    private static void check(ApiOperation op, ParamSpec spec, String path, Object value) {
        if (!present(value)) {
            if (spec.required()) {
                throw new CjValidationException(op.path(), path, "is required");
            }
            return;
        }
        if (value instanceof Collection<?> c) {
            if (spec.maxItems() > 0 && c.size() > spec.maxItems()) {
                throw new CjValidationException(op.path(), path,
                        "has " + c.size() + " values, the maximum is " + spec.maxItems());
            }
            int i = 0;
            for (Object element : c) {
                checkValue(op, spec, path + "[" + i + "]", element);
                i++;
            }
        } else if (value.getClass().isArray() && !(value instanceof byte[])) {
            throw new CjValidationException(op.path(), path, "arrays must be given as a java.util.List");
        } else {
            checkValue(op, spec, path, value);
        }
    }

    private static void checkValue(ApiOperation op, ParamSpec spec, String path, Object value) {
        if (!spec.itemFields().isEmpty()) {
            checkObject(op, spec, path, value);
            return;
        }
        if (value instanceof CharSequence s && spec.maxLength() > 0 && s.length() > spec.maxLength()) {
            throw new CjValidationException(op.path(), path,
                    "is " + s.length() + " characters long, the maximum is " + spec.maxLength());
        }
        if (spec.min() != null) {
            BigDecimal n = number(op, path, value);
            if (n.compareTo(BigDecimal.valueOf(spec.min())) < 0 || n.compareTo(BigDecimal.valueOf(spec.max())) > 0) {
                throw new CjValidationException(op.path(), path,
                        "must be between " + spec.min() + " and " + spec.max() + " but is " + value);
            }
        }
    }

    private static void checkObject(ApiOperation op, ParamSpec spec, String path, Object value) {
        if (!(value instanceof Map<?, ?> item)) {
            throw new CjValidationException(op.path(), path, "must be an object (Map or POJO) with fields "
                    + spec.itemFields().stream().map(ParamSpec::name).toList());
        }
        for (ParamSpec field : spec.itemFields()) {
            check(op, field, path + "." + field.name(), item.get(field.name()));
        }
        if (!spec.itemOneOf().isEmpty() && spec.itemOneOf().stream().noneMatch(f -> present(item.get(f)))) {
            throw new CjValidationException(op.path(), path + "." + String.join("|", spec.itemOneOf()),
                    "one of " + spec.itemOneOf() + " is required");
        }
    }

    private static BigDecimal number(ApiOperation op, String path, Object value) {
        try {
            return new BigDecimal(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new CjValidationException(op.path(), path, "must be a number but is '" + value + "'");
        }
    }

    static boolean present(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof CharSequence s) {
            return !s.toString().isBlank();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }
}
