package io.camelcj.component.cj;

import org.apache.camel.spi.Metadata;

/** Message headers of the cj: component. */
public final class CjConstants {

    @Metadata(label = "producer", description = "Operation parameters (Map<String,Object>), merged over the URI"
            + " options; for JSON-body operations the message body's fields take precedence.",
            javaType = "java.util.Map<String, Object>")
    public static final String PARAMS = "CamelCjParams";

    @Metadata(label = "producer", description = "The platformToken header value for createOrderV2/V3 and"
            + " podProductCustomPicturesEdit; overrides the platformToken option.", javaType = "String",
            secret = true)
    public static final String PLATFORM_TOKEN = "CamelCjPlatformToken";

    @Metadata(label = "producer", description = "File name of the waybill file when it is given as bytes or a"
            + " stream (uploadWaybillInfo, updateWaybillInfo).", javaType = "String")
    public static final String FILE_NAME = "CamelCjFileName";

    @Metadata(description = "The operation path that was called, e.g. product/listV2.", javaType = "String")
    public static final String OPERATION = "CamelCjOperation";

    @Metadata(description = "CJ's requestId of the answer (quote it to CJ support).", javaType = "String")
    public static final String REQUEST_ID = "CamelCjRequestId";

    @Metadata(description = "The envelope's code (200 or 0 on success).", javaType = "Integer")
    public static final String CODE = "CamelCjCode";

    @Metadata(description = "The envelope's message.", javaType = "String")
    public static final String MESSAGE = "CamelCjMessage";

    @Metadata(description = "Paged operations: the page number of this answer (1-based).", javaType = "Integer")
    public static final String PAGE = "CamelCjPage";

    @Metadata(description = "Paged operations: the page size of this answer.", javaType = "Integer")
    public static final String PAGE_SIZE = "CamelCjPageSize";

    @Metadata(description = "Paged operations: total number of matching items, when CJ reports it.",
            javaType = "Long")
    public static final String TOTAL = "CamelCjTotal";

    @Metadata(description = "Paged operations: number of pages, reported by CJ or computed from total and size.",
            javaType = "Long")
    public static final String TOTAL_PAGES = "CamelCjTotalPages";

    @Metadata(description = "Paged operations: whether a further page exists that the API can serve.",
            javaType = "Boolean")
    public static final String HAS_MORE = "CamelCjHasMore";

    @Metadata(description = "true when a create-order call ended ambiguously (time-out, reset) and the body is"
            + " the existing order found by its orderNumber instead of the create's own answer.",
            javaType = "Boolean")
    public static final String ORDER_RECOVERED = "CamelCjOrderRecovered";

    @Metadata(description = "The remaining daily API points (pointsInfo.remaining), when CJ reports them.",
            javaType = "Long")
    public static final String POINTS_REMAINING = "CamelCjPointsRemaining";

    private CjConstants() {
    }
}
