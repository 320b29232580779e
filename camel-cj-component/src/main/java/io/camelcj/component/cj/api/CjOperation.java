package io.camelcj.component.cj.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.camelcj.component.cj.api.OperationSpec.delete;
import static io.camelcj.component.cj.api.OperationSpec.get;
import static io.camelcj.component.cj.api.OperationSpec.patch;
import static io.camelcj.component.cj.api.OperationSpec.post;
import static io.camelcj.component.cj.api.ParamSpec.opt;
import static io.camelcj.component.cj.api.ParamSpec.req;

/**
 * The catalogue: every operation of CJ API 2.0 (cj-api-2.0.md), one row each. Everything else (URI
 * resolution, request building, validation, retries, paging, docs) reads this table; adding a CJ
 * operation means adding one row.
 * <p>
 * Where a parameter table contradicts the request example of the reference, the row follows the
 * example (freightCalculate sends {@code products[]}, dispute items omit {@code price}).
 */
public enum CjOperation implements ApiOperation {

    // ---- 1 Authentication (handled by the token manager when called through an endpoint)
    GET_ACCESS_TOKEN("authentication/getAccessToken", post().noToken()
            .params(req("apiKey").len(200))),
    REFRESH_ACCESS_TOKEN("authentication/refreshAccessToken", post().noToken()
            .params(req("refreshToken"))),
    LOGOUT("authentication/logout", post()),

    // ---- 2 Settings
    SETTING_GET("setting/get", get()),
    SETTING_ACCOUNT_SET("setting/account/set", patch().idempotent()
            .params(opt("openName").len(200), opt("openEmail").len(200))),

    // ---- 3 Product
    GET_CATEGORY("product/getCategory", get()),
    PRODUCT_LIST_V2("product/listV2", get().paged(PagingShape.LIST_V2).params(
            opt("keyWord").len(200), opt("page").range(1, 1000), opt("size").range(1, 100),
            opt("categoryId").len(200), opt("lv2categoryList").multi(), opt("lv3categoryList").multi(),
            opt("countryCode").len(200), opt("startSellPrice"), opt("endSellPrice"), opt("addMarkStatus"),
            opt("productType"), opt("productFlag"), opt("startWarehouseInventory"), opt("endWarehouseInventory"),
            opt("verifiedWarehouse"), opt("timeStart"), opt("timeEnd"), opt("zonePlatform").len(200),
            opt("isWarehouse"), opt("sort").len(4), opt("orderBy"), opt("features").multi(),
            opt("supplierId").len(200), opt("hasCertification"), opt("isSelfPickup"), opt("customization"))),
    GLOBAL_WAREHOUSE_LIST("product/globalWarehouseList", get()),
    PRODUCT_LIST("product/list", get().paged(PagingShape.PAGE_NUM).params(
            opt("pageNum").range(1, Integer.MAX_VALUE), opt("pageSize").range(1, 200), opt("categoryId").len(200),
            opt("pid").len(200), opt("productSku").len(200), opt("productName").len(200),
            opt("productNameEn").len(200), opt("productType").len(200), opt("countryCode").len(200),
            opt("deliveryTime").len(200), opt("verifiedWarehouse"), opt("startInventory"), opt("endInventory"),
            opt("createTimeFrom").len(200), opt("createTimeTo").len(200), opt("brandOpenId"), opt("minPrice"),
            opt("maxPrice"), opt("searchType"), opt("minListedNum"), opt("maxListedNum"), opt("sort").len(4),
            opt("orderBy").len(20), opt("isSelfPickup"), opt("supplierId").len(40), opt("isFreeShipping"),
            opt("customizationVersion"))),
    PRODUCT_QUERY("product/query", get()
            .params(opt("pid").len(200), opt("productSku").len(200), opt("variantSku").len(200),
                    opt("features").multi(), opt("countryCode").len(2))
            .oneOf("pid", "productSku", "variantSku")),
    ADD_TO_MY_PRODUCT("product/addToMyProduct", post().params(req("productId").len(100))),
    MY_PRODUCT_QUERY("product/myProduct/query", get().paged(PagingShape.CONTENT).params(
            opt("keyword").len(200), opt("categoryId").len(200), opt("startAt").len(200), opt("endAt").len(200),
            opt("isListed"), opt("visiable"), opt("hasPacked"), opt("hasVirPacked"),
            opt("pageNum").range(1, Integer.MAX_VALUE), opt("pageSize").range(1, Integer.MAX_VALUE))),
    VARIANT_QUERY("product/variant/query", get()
            .params(opt("pid").len(200), opt("productSku").len(200), opt("variantSku").len(200),
                    opt("countryCode").len(2))
            .oneOf("pid", "productSku", "variantSku")),
    VARIANT_QUERY_BY_VID("product/variant/queryByVid", get()
            .params(req("vid").len(200), opt("features").multi())),
    STOCK_QUERY_BY_VID("product/stock/queryByVid", get().params(req("vid").len(200))),
    STOCK_QUERY_BY_SKU("product/stock/queryBySku", get().params(req("sku").len(200))),
    STOCK_INVENTORY_BY_PID("product/stock/getInventoryByPid", get().params(req("pid").len(40))),
    PRODUCT_COMMENTS("product/comments", get().paged(PagingShape.PAGE_NUM).deprecatedFor("product/productComments")
            .params(req("pid").len(200), opt("score"), opt("pageNum").range(1, Integer.MAX_VALUE),
                    opt("pageSize").range(1, Integer.MAX_VALUE))),
    PRODUCT_REVIEWS("product/productComments", get().paged(PagingShape.PAGE_NUM)
            .params(req("pid").len(200), opt("score"), opt("pageNum").range(1, Integer.MAX_VALUE),
                    opt("pageSize").range(1, Integer.MAX_VALUE))),
    SOURCING_CREATE("product/sourcing/create", post().params(
            opt("thirdProductId").len(200), opt("thirdVariantId").len(200), opt("thirdProductSku").len(200),
            req("productName").len(200), req("productImage").len(200), opt("productUrl").len(200),
            opt("remark").len(200), opt("price"))),
    SOURCING_QUERY("product/sourcing/query", post().idempotent().params(req("sourceIds").multi())),

    // ---- 4 Storage
    WAREHOUSE_DETAIL("warehouse/detail", get().params(req("id").len(200))),

    // ---- 5 Shopping
    CREATE_ORDER_V2("shopping/order/createOrderV2", post().createsOrder().platformToken()
            .params(orderFields(true))),
    CREATE_ORDER_V3("shopping/order/createOrderV3", post().createsOrder().platformToken()
            .params(orderFields(false))),
    ADD_CART("shopping/order/addCart", post().params(req("cjOrderIdList").multi())),
    ADD_CART_CONFIRM("shopping/order/addCartConfirm", post().params(req("cjOrderIdList").multi())),
    SAVE_GENERATE_PARENT_ORDER("shopping/order/saveGenerateParentOrder", post()
            .params(req("shipmentOrderId").len(200))),
    ORDER_LIST("shopping/order/list", get().paged(PagingShape.PAGE_NUM).params(
            opt("pageNum").range(1, Integer.MAX_VALUE), opt("pageSize").range(1, Integer.MAX_VALUE),
            opt("orderIds").multi().len(100), opt("shipmentOrderId").len(100), opt("status").len(200))),
    ORDER_DETAIL("shopping/order/getOrderDetail", get()
            .params(req("orderId").len(200), opt("features").maxItems(20))),
    DELETE_ORDER("shopping/order/deleteOrder", delete().params(req("orderId").len(200))),
    CONFIRM_ORDER("shopping/order/confirmOrder", patch().params(req("orderId").len(200))),
    CHANGE_WAREHOUSE("shopping/order/changeWarehouse", post().idempotent()
            .params(req("orderCode").len(200), req("storageId").len(200))),
    UPLOAD_WAYBILL_INFO("shopping/order/uploadWaybillInfo", post().multipart().params(waybillFields())),
    UPDATE_WAYBILL_INFO("shopping/order/updateWaybillInfo", post().multipart().idempotent()
            .params(waybillFields())),
    POD_PICTURES_EDIT("shopping/order/podProductCustomPicturesEdit", post().idempotent().platformToken()
            .params(req("podPicturesEditParams").items(req("orderCode").len(200), req("lineItemId").len(200),
                    req("effectImgList").multi(), req("productionImgList").multi()))),
    GET_BALANCE("shopping/pay/getBalance", get()),
    PAY_BALANCE("shopping/pay/payBalance", post().params(req("orderId").len(200))),
    PAY_BALANCE_V2("shopping/pay/payBalanceV2", post()
            .params(req("shipmentOrderId").len(200), req("payId").len(200))),

    // ---- 6 Logistics
    FREIGHT_CALCULATE("logistic/freightCalculate", post().idempotent().params(
            req("startCountryCode").len(200), req("endCountryCode").len(200), opt("zip").len(200),
            opt("taxId").len(200), opt("houseNumber").len(200), opt("iossNumber").len(200),
            req("products").items(req("quantity"), req("vid").len(200)))),
    // The request example wraps the queries in "reqDTOS"; its items omit several fields the parameter
    // table marks required (weight, wrapWeight, productProp), so only the country codes are enforced.
    FREIGHT_CALCULATE_TIP("logistic/freightCalculateTip", post().idempotent().params(
            req("reqDTOS").items(req("srcAreaCode").len(200), req("destAreaCode").len(200),
                    opt("customerCode").len(200), opt("zip").len(200), opt("houseNumber").len(100),
                    opt("iossNumber").len(200), opt("storageIdList").multi(), opt("recipientAddress").len(200),
                    opt("city").len(50), opt("recipientName").len(200), opt("skuList").multi(), opt("town").len(100),
                    opt("phone").len(50), opt("wrapWeight"), opt("volume"), opt("station").len(200),
                    opt("platforms").multi(), opt("dutyNo").len(200), opt("email").len(100),
                    opt("province").len(100), opt("recipientAddress1").len(200), opt("uid").len(200),
                    opt("recipientId").len(200), opt("recipientAddress2").len(200), opt("amount"),
                    opt("productTypes").multi(), opt("weight"), opt("productProp"), opt("optionName").len(200),
                    opt("volumeWeight"), opt("orderType").len(100), opt("totalGoodsAmount"),
                    opt("freightTrialSkuList").items(opt("productCode").len(100), opt("sku").len(100),
                            opt("vid").len(100), opt("skuQuantity"), opt("skuWeight"), opt("skuVolume"))))),
    SUPPLIER_LOGISTICS_TEMPLATE("logistic/getSupplierLogisticsTemplate", post().idempotent()
            .params(req("skuList").multi())),
    GET_TRACK_INFO("logistic/getTrackInfo", get().deprecatedFor("logistic/trackInfo")
            .params(req("trackNumber").multi().len(200))),
    TRACK_INFO("logistic/trackInfo", get().params(req("trackNumber").multi().len(200))),

    // ---- 7 Disputes
    DISPUTE_PRODUCTS("disputes/disputeProducts", get().params(req("orderId").len(100))),
    DISPUTE_CONFIRM_INFO("disputes/disputeConfirmInfo", post().idempotent().params(
            req("orderId").len(100), req("productInfoList").items(opt("lineItemId"), req("quantity")))),
    DISPUTE_CREATE("disputes/create", post().params(
            req("businessDisputeId").len(100), req("orderId").len(100), req("disputeReasonId"),
            req("expectType"), req("refundType"), req("messageText").len(500), opt("imageUrl").multi(),
            opt("videoUrl").multi(),
            req("productInfoList").items(opt("lineItemId").len(100), req("quantity")))),
    DISPUTE_CANCEL("disputes/cancel", post().params(req("orderId").len(100), req("disputeId").len(100))),
    DISPUTE_LIST("disputes/getDisputeList", get().paged(PagingShape.PAGE_NUM).params(
            opt("orderId").len(100), opt("disputeId"), opt("orderNumber").len(100),
            opt("pageNum").range(1, Integer.MAX_VALUE), opt("pageSize").range(1, Integer.MAX_VALUE))),

    // ---- 8 Webhook
    WEBHOOK_SET("webhook/set", post().idempotent().params(
            webhookTopic("product"), webhookTopic("stock"), webhookTopic("order"), webhookTopic("logistics"))),

    // ---- Seen in CJ's own client (CJ-dropshipping/api-mcp), not in the reference. Parameters as that client
    // sends them; where it sends none we know of, none are validated.
    PRODUCT_BY_IMAGE("product/queryProductsByImage", post().idempotent().seenInCjClient()
            .params(req("imageUrl"))),
    PRODUCT_CONNECTIONS("product/conn/connection", get().seenInCjClient().params(
            opt("shopId"), opt("platformProductId"), opt("platformVariantId"), opt("page").range(1, Integer.MAX_VALUE),
            opt("pageSize").range(1, 100))),
    CONNECT_PRODUCT("product/conn/connection", post().seenInCjClient().params(
            req("cjProductId"), req("platformProductId"), req("defaultArea"), req("logistics"), req("variantList").multi(),
            opt("shopId"), opt("sourceCountryCode"), opt("targetCountryCode"))),
    DISCONNECT_PRODUCT("product/conn/connection", delete().seenInCjClient()
            .params(req("platformProductId"), opt("shopId"), opt("platformVariantId"))),
    GET_SHOPS("shop/getShops", get().seenInCjClient()
            .params(opt("pageNum").range(1, Integer.MAX_VALUE), opt("pageSize").range(1, 50), opt("keyword"))),
    GET_AUTHORIZE_URL("authentication/getAuthorizeUrl", get().seenInCjClient().params(req("shopType"))),
    DISPUTE_DETAIL("disputes/getDisputeDetail", get().seenInCjClient().params(req("disputeId"))),
    ORDER_COGS("shopping/order/queryCogsBasicDataOrderInfoList", post().idempotent().seenInCjClient()
            .params(req("orderCodesList").multi())),
    MERGE_ORDER_MATCH("shopping/mergeOrder/autoMatchMergeOrderListV3", post().idempotent().seenInCjClient()
            .params(opt("filterOrder"), opt("orderStatus"))),
    MERGE_ORDER_MATCH_PROGRESS("shopping/mergeOrder/autoMergeQueryProgress", post().idempotent().seenInCjClient()
            .params(req("taskId"))),
    MERGE_ORDER_MATCH_RESULT("shopping/mergeOrder/autoMergeQueryResult", post().idempotent().seenInCjClient()),
    MERGE_ORDER_SUBMIT("shopping/mergeOrder/submitMergeOrderBatchV3", post().seenInCjClient()),
    MERGE_ORDER_SUBMIT_PROGRESS("shopping/mergeOrder/submitProgress", post().idempotent().seenInCjClient()),
    MERGE_ORDER_SUBMIT_RESULT("shopping/mergeOrder/submitResult", post().idempotent().seenInCjClient()),
    PRIVATE_STOCK_SPU_PAGE("product/stock/privateInventory/querySpuPage", post().idempotent().seenInCjClient()
            .params(opt("pageNum").range(1, Integer.MAX_VALUE), opt("pageSize").range(1, 200), opt("keyword"),
                    opt("warehouseId"))),
    PRIVATE_STOCK_SKU_PAGE("product/stock/privateInventory/querySkuDetailPage", post().idempotent().seenInCjClient()
            .params(opt("pageNum").range(1, Integer.MAX_VALUE), opt("pageSize").range(1, 50), opt("keyword"))),
    PRIVATE_STOCK_BY_SKU("product/stock/privateInventory/querySkuDetailListBySku", post().idempotent()
            .seenInCjClient().params(req("sku"))),
    PRIVATE_STOCK_BY_PRODUCT("product/stock/privateInventory/querySkuListByProductId", post().idempotent()
            .seenInCjClient().params(req("productId"))),
    SAVE_STORE_PRODUCT("store/product/saveProduct", post().seenInCjClient().params(
            req("id"), req("title"), req("image"), opt("description"), opt("priceMin"), opt("priceMax"),
            opt("priceCurrency"))),
    STOREHOUSE_VIDEOS("storehouseCenterWeb/syncStorehouseVideoRequests", post().idempotent().seenInCjClient()
            .params(req("orderIdList").multi())),
    // the client names it without sending it; an order create all the same: looked up before any re-send
    CREATE_ORDER("shopping/order/createOrder", post().createsOrder().seenInCjClient()
            .params(req("orderNumber").len(50)));

    private final String path;
    private final OperationSpec spec;

    CjOperation(String path, OperationSpec spec) {
        this.path = path;
        this.spec = spec;
    }

    private static ParamSpec[] orderFields(boolean v2) {
        List<ParamSpec> fields = new ArrayList<>(List.of(
                req("orderNumber").len(50), opt("shippingZip").len(20), req("shippingCountryCode").len(20),
                req("shippingCountry").len(50), req("shippingProvince").len(50), req("shippingCity").len(50),
                opt("shippingCounty").len(50), opt("shippingPhone").len(20), req("shippingCustomerName").len(50),
                req("shippingAddress").len(200), opt("shippingAddress2").len(200), opt("houseNumber").len(20),
                opt("email").len(50), opt("taxId").len(20), opt("remark").len(500), opt("consigneeID").len(20),
                opt("shopAmount"), req("logisticName").len(50), req("fromCountryCode").len(20),
                opt("platform").len(20), opt("iossType"), opt("iossNumber").len(10), opt("shopLogisticsType"),
                opt("storageId").len(40),
                req("products").items(opt("vid").len(50), opt("sku").len(50), req("quantity"), opt("unitPrice"),
                        opt("storeLineItemId").len(125), opt("podProperties").len(500))
                        .itemsNeedOneOf("vid", "sku")));
        if (v2) {
            fields.add(opt("payType"));
        }
        return fields.toArray(ParamSpec[]::new);
    }

    private static ParamSpec[] waybillFields() {
        return new ParamSpec[] {req("orderId").len(200), req("cjOrderId").len(200),
            req("cjShippingCompanyName").len(200), req("trackNumber").len(200), req(MULTIPART_FILE_PARAM)};
    }

    private static ParamSpec webhookTopic(String topic) {
        // callbackUrls may be empty when the type is CANCEL; "Length 1" is a count: one URL per topic
        return req(topic).items(req("type").len(200),
                opt("callbackUrls").maxItems(1).callbackUrl().requiredUnless("type", "CANCEL"));
    }

    /**
     * Every path of the table (once, even when served with several methods), comma-separated, for the endpoint's {@code @UriPath(enums)} (an annotation
     * needs a constant; {@code CjOperationTest} fails when this list and the rows disagree).
     */
    public static final String PATHS_FOR_TOOLING =
            "authentication/getAccessToken,authentication/refreshAccessToken,authentication/logout,"
            + "setting/get,setting/account/set,product/getCategory,product/listV2,"
            + "product/globalWarehouseList,product/list,product/query,product/addToMyProduct,"
            + "product/myProduct/query,product/variant/query,product/variant/queryByVid,"
            + "product/stock/queryByVid,product/stock/queryBySku,product/stock/getInventoryByPid,"
            + "product/comments,product/productComments,product/sourcing/create,product/sourcing/query,"
            + "warehouse/detail,shopping/order/createOrderV2,shopping/order/createOrderV3,"
            + "shopping/order/addCart,shopping/order/addCartConfirm,shopping/order/saveGenerateParentOrder,"
            + "shopping/order/list,shopping/order/getOrderDetail,shopping/order/deleteOrder,"
            + "shopping/order/confirmOrder,shopping/order/changeWarehouse,shopping/order/uploadWaybillInfo,"
            + "shopping/order/updateWaybillInfo,shopping/order/podProductCustomPicturesEdit,"
            + "shopping/pay/getBalance,shopping/pay/payBalance,shopping/pay/payBalanceV2,"
            + "logistic/freightCalculate,logistic/freightCalculateTip,logistic/getSupplierLogisticsTemplate,"
            + "logistic/getTrackInfo,logistic/trackInfo,disputes/disputeProducts,disputes/disputeConfirmInfo,"
            + "disputes/create,disputes/cancel,disputes/getDisputeList,webhook/set,"
            + "product/queryProductsByImage,product/conn/connection,shop/getShops,"
            + "authentication/getAuthorizeUrl,disputes/getDisputeDetail,"
            + "shopping/order/queryCogsBasicDataOrderInfoList,shopping/mergeOrder/autoMatchMergeOrderListV3,"
            + "shopping/mergeOrder/autoMergeQueryProgress,shopping/mergeOrder/autoMergeQueryResult,"
            + "shopping/mergeOrder/submitMergeOrderBatchV3,shopping/mergeOrder/submitProgress,"
            + "shopping/mergeOrder/submitResult,product/stock/privateInventory/querySpuPage,"
            + "product/stock/privateInventory/querySkuDetailPage,"
            + "product/stock/privateInventory/querySkuDetailListBySku,"
            + "product/stock/privateInventory/querySkuListByProductId,store/product/saveProduct,"
            + "storehouseCenterWeb/syncStorehouseVideoRequests,shopping/order/createOrder";

    /** Name of the file part of the waybill uploads. */
    public static final String MULTIPART_FILE_PARAM = "waybillFile";

    /** Path after {@code /api2.0/v1/}, e.g. {@code shopping/order/createOrderV3}. */
    @Override
    public String path() {
        return path;
    }

    @Override
    public CjHttpMethod method() {
        return spec.method;
    }

    @Override
    public ParamStyle style() {
        return spec.style;
    }

    @Override
    public boolean tokenRequired() {
        return spec.tokenRequired;
    }

    @Override
    public PagingShape paging() {
        return spec.paging;
    }

    @Override
    public RetrySafety safety() {
        return spec.safety;
    }

    /** Whether the reference documents a {@code platformToken} header for this operation. */
    @Override
    public boolean usesPlatformToken() {
        return spec.platformToken;
    }

    /** Not in the reference: seen in CJ's own client (see {@link OperationSpec#seenInCjClient()}). */
    public boolean seenInCjClient() {
        return spec.seenInCjClient;
    }

    /** The three calls the token manager makes (getAuthorizeUrl is a plain call despite its path). */
    @Override
    public boolean isAuthentication() {
        return this == GET_ACCESS_TOKEN || this == REFRESH_ACCESS_TOKEN || this == LOGOUT;
    }

    /** The replacement CJ recommends, when this operation is deprecated. */
    public Optional<CjOperation> replacement() {
        return spec.replacement == null ? Optional.empty() : Optional.of(OperationResolver.byPath(spec.replacement));
    }

    @Override
    public List<ParamSpec> params() {
        return List.copyOf(spec.params);
    }

    /** Parameter groups of which at least one member is required. */
    @Override
    public List<List<String>> oneOfGroups() {
        return List.copyOf(spec.oneOf);
    }
}
