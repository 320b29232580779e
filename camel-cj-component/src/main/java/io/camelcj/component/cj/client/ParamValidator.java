package io.camelcj.component.cj.client;

import io.camelcj.component.cj.api.ApiOperation;
import io.camelcj.component.cj.CjValidationException;
import io.camelcj.component.cj.api.CallbackUrlRule;
import io.camelcj.component.cj.api.ParamSpec;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Checks a request against what the reference makes required, before anything is sent. */
final class ParamValidator {

    private ParamValidator() {
    }

    /**
     * @param allowInsecureUrls lifts the https-only and no-localhost rules of callback URLs (tests against a
     *                          simulator; the endpoint option {@code allowInsecureCallback})
     */
    static void validate(ApiOperation op, Map<String, Object> params, boolean allowInsecureUrls) {
        Check check = new Check(op, allowInsecureUrls);
        for (ParamSpec spec : op.params()) {
            check.param(spec, spec.name(), params.get(spec.name()), false);
        }
        for (List<String> group : op.oneOfGroups()) {
            if (group.stream().noneMatch(name -> present(params.get(name)))) {
                throw new CjValidationException(op.path(), String.join("|", group),
                        "one of " + group + " is required");
            }
        }
    }

    /** One request's check: the operation and whether callback URLs may be insecure. */
    private record Check(ApiOperation op, boolean allowInsecureUrls) {

        void param(ParamSpec spec, String path, Object value, boolean requiredByCondition) {
            if (!present(value)) {
                if (spec.required()) {
                    throw new CjValidationException(op.path(), path, "is required");
                }
                if (requiredByCondition) {
                    throw new CjValidationException(op.path(), path, "is required unless "
                            + spec.requiredUnlessField() + " is " + spec.requiredUnlessValue());
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
                    value(spec, path + "[" + i + "]", element);
                    i++;
                }
            } else if (value.getClass().isArray() && !(value instanceof byte[])) {
                throw new CjValidationException(op.path(), path, "arrays must be given as a java.util.List");
            } else {
                value(spec, path, value);
            }
        }

        void value(ParamSpec spec, String path, Object value) {
            if (!spec.itemFields().isEmpty()) {
                object(spec, path, value);
                return;
            }
            if (spec.isCallbackUrl()) {
                String problem = CallbackUrlRule.problem(String.valueOf(value), allowInsecureUrls);
                if (problem != null) {
                    throw new CjValidationException(op.path(), path, problem);
                }
            }
            if (value instanceof CharSequence s && spec.maxLength() > 0 && s.length() > spec.maxLength()) {
                throw new CjValidationException(op.path(), path,
                        "is " + s.length() + " characters long, the maximum is " + spec.maxLength());
            }
            if (spec.min() != null) {
                BigDecimal n = number(path, value);
                if (n.compareTo(BigDecimal.valueOf(spec.min())) < 0 || n.compareTo(BigDecimal.valueOf(spec.max())) > 0) {
                    throw new CjValidationException(op.path(), path,
                            "must be between " + spec.min() + " and " + spec.max() + " but is " + value);
                }
            }
        }

        void object(ParamSpec spec, String path, Object value) {
            if (!(value instanceof Map<?, ?> item)) {
                throw new CjValidationException(op.path(), path, "must be an object (Map or POJO) with fields "
                        + spec.itemFields().stream().map(ParamSpec::name).toList());
            }
            for (ParamSpec field : spec.itemFields()) {
                boolean conditional = field.requiredUnlessField() != null
                        && !field.requiredUnlessValue().equals(String.valueOf(item.get(field.requiredUnlessField())));
                param(field, path + "." + field.name(), item.get(field.name()), conditional);
            }
            if (!spec.itemOneOf().isEmpty() && spec.itemOneOf().stream().noneMatch(f -> present(item.get(f)))) {
                throw new CjValidationException(op.path(), path + "." + String.join("|", spec.itemOneOf()),
                        "one of " + spec.itemOneOf() + " is required");
            }
        }

        BigDecimal number(String path, Object value) {
            try {
                return new BigDecimal(String.valueOf(value).trim());
            } catch (NumberFormatException e) {
                throw new CjValidationException(op.path(), path, "must be a number but is '" + value + "'");
            }
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
