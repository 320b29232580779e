package io.camelcj.component.cj.api;

import java.util.List;

/**
 * One documented parameter of an operation: whether the reference makes it required, its maximum
 * length, numeric bounds, whether it is multi-valued, and for lists of objects the item fields.
 * Built once by the catalogue with the fluent methods below.
 */
public final class ParamSpec {

    private final String name;
    private final boolean required;
    private int maxLength;
    private Long min;
    private Long max;
    private boolean multiValued;
    private int maxItems;
    private List<ParamSpec> itemFields = List.of();
    private List<String> itemOneOf = List.of();
    private boolean callbackUrl;
    private String requiredUnlessField;
    private String requiredUnlessValue;

    private ParamSpec(String name, boolean required) {
        this.name = name;
        this.required = required;
    }

    /** A parameter the reference marks required (Y). */
    public static ParamSpec req(String name) {
        return new ParamSpec(name, true);
    }

    /** An optional parameter. */
    public static ParamSpec opt(String name) {
        return new ParamSpec(name, false);
    }

    /** Maximum length of a string value (the reference's "Length" column). */
    public ParamSpec len(int maxLength) {
        this.maxLength = maxLength;
        return this;
    }

    /** Inclusive numeric bounds. */
    public ParamSpec range(long min, long max) {
        this.min = min;
        this.max = max;
        return this;
    }

    /** An array parameter; in a query string each value is sent as a repeated key. */
    public ParamSpec multi() {
        this.multiValued = true;
        return this;
    }

    /**
     * At most this many values (a {@code List} parameter whose "Length" column is a count, e.g.
     * getOrderDetail's {@code features}: "The maximum number of features is 20"). Implies {@link #multi()}.
     */
    public ParamSpec maxItems(int count) {
        this.multiValued = true;
        this.maxItems = count;
        return this;
    }

    /** An object, or a list of objects, with these fields. */
    public ParamSpec items(ParamSpec... fields) {
        this.itemFields = List.of(fields);
        return this;
    }

    /** Each item needs at least one of these fields (createOrder products: vid or sku). */
    public ParamSpec itemsNeedOneOf(String... fields) {
        this.itemOneOf = List.of(fields);
        return this;
    }

    /** Each value is a webhook callback URL, checked by {@link CallbackUrlRule} (https only, no localhost). */
    public ParamSpec callbackUrl() {
        this.callbackUrl = true;
        return this;
    }

    /**
     * Required unless a sibling field of the same object has this value (webhook/set: {@code callbackUrls}
     * may be empty to CANCEL a topic, and is needed otherwise: ENABLE, or ALL in older docs).
     */
    public ParamSpec requiredUnless(String siblingField, String siblingValue) {
        this.requiredUnlessField = siblingField;
        this.requiredUnlessValue = siblingValue;
        return this;
    }

    public String name() {
        return name;
    }

    public boolean required() {
        return required;
    }

    /** 0 when unbounded. */
    public int maxLength() {
        return maxLength;
    }

    public Long min() {
        return min;
    }

    public Long max() {
        return max;
    }

    /** 0 when unbounded. */
    public int maxItems() {
        return maxItems;
    }

    public boolean multiValued() {
        return multiValued;
    }

    public List<ParamSpec> itemFields() {
        return itemFields;
    }

    public List<String> itemOneOf() {
        return itemOneOf;
    }

    public boolean isCallbackUrl() {
        return callbackUrl;
    }

    /** The sibling field whose value {@link #requiredUnlessValue()} makes this one optional, or null. */
    public String requiredUnlessField() {
        return requiredUnlessField;
    }

    public String requiredUnlessValue() {
        return requiredUnlessValue;
    }
}
