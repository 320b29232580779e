package io.camelcj.component.cj.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CjOperationTest {

    @Test
    void catalogueHasEveryOperationOfTheIssueOnce() {
        List<CjOperation> reference = Arrays.stream(CjOperation.values()).filter(op -> !op.seenInCjClient()).toList();
        Set<String> paths = reference.stream().map(CjOperation::path).collect(Collectors.toSet());
        // the issue lists 49 paths (it calls them "47"); the rows seen only in CJ's client come on top
        assertThat(paths).hasSize(reference.size()).hasSize(49)
                .contains("product/listV2", "shopping/order/createOrderV3", "logistic/trackInfo", "webhook/set",
                        "product/stock/getInventoryByPid", "disputes/getDisputeList", "warehouse/detail");
    }

    @Test
    void pagingShapesFollowTheReference() {
        assertThat(CjOperation.PRODUCT_LIST_V2.paging()).isEqualTo(PagingShape.LIST_V2);
        assertThat(CjOperation.PRODUCT_LIST.paging()).isEqualTo(PagingShape.PAGE_NUM);
        assertThat(CjOperation.ORDER_LIST.paging()).isEqualTo(PagingShape.PAGE_NUM);
        assertThat(CjOperation.MY_PRODUCT_QUERY.paging()).isEqualTo(PagingShape.CONTENT);
        assertThat(CjOperation.PRODUCT_QUERY.paging()).isEqualTo(PagingShape.NONE);
        assertThat(CjOperation.PRODUCT_LIST_V2.param("size").orElseThrow().max()).isEqualTo(100L);
        assertThat(CjOperation.PRODUCT_LIST_V2.param("page").orElseThrow().max()).isEqualTo(1000L);
    }

    @ParameterizedTest
    @EnumSource(CjOperation.class)
    void pagedOperationsDocumentTheirPagingParameters(CjOperation op) {
        if (op.paging().isPaged()) {
            assertThat(op.param(op.paging().pageParam())).isPresent();
            assertThat(op.param(op.paging().sizeParam())).isPresent();
        }
        assertThat(op.tokenRequired()).isEqualTo(!op.path().equals("authentication/getAccessToken")
                && !op.path().equals("authentication/refreshAccessToken"));
    }

    @Test
    void deprecatedOperationsNameTheirReplacement() {
        assertThat(CjOperation.PRODUCT_COMMENTS.replacement()).contains(CjOperation.PRODUCT_REVIEWS);
        assertThat(CjOperation.GET_TRACK_INFO.replacement()).contains(CjOperation.TRACK_INFO);
        assertThat(CjOperation.TRACK_INFO.replacement()).isEmpty();
    }

    @Test
    void retrySafetyAndStyles() {
        assertThat(CjOperation.CREATE_ORDER_V3.safety()).isEqualTo(RetrySafety.CREATE_ORDER);
        assertThat(CjOperation.CREATE_ORDER_V2.usesPlatformToken()).isTrue();
        assertThat(CjOperation.PAY_BALANCE.safety()).isEqualTo(RetrySafety.UNSAFE);
        assertThat(CjOperation.FREIGHT_CALCULATE.safety()).isEqualTo(RetrySafety.SAFE);
        assertThat(CjOperation.UPLOAD_WAYBILL_INFO.style()).isEqualTo(ParamStyle.MULTIPART);
        assertThat(CjOperation.DELETE_ORDER.method()).isEqualTo(CjHttpMethod.DELETE);
        assertThat(CjOperation.CONFIRM_ORDER.method()).isEqualTo(CjHttpMethod.PATCH);
        assertThat(CjOperation.TRACK_INFO.param("trackNumber").orElseThrow().multiValued()).isTrue();
    }

    @Test
    void resolvesFullShortAndBareNames() {
        assertThat(OperationResolver.resolve("shopping/order/createOrderV3")).isEqualTo(CjOperation.CREATE_ORDER_V3);
        assertThat(OperationResolver.resolve("shopping/createOrderV3")).isEqualTo(CjOperation.CREATE_ORDER_V3);
        assertThat(OperationResolver.resolve("createOrderV3")).isEqualTo(CjOperation.CREATE_ORDER_V3);
        assertThat(OperationResolver.resolve("/api2.0/v1/product/listV2")).isEqualTo(CjOperation.PRODUCT_LIST_V2);
        assertThat(OperationResolver.resolve("product/getInventoryByPid")).isEqualTo(CjOperation.STOCK_INVENTORY_BY_PID);
        // a full path wins over short forms of longer paths
        assertThat(OperationResolver.resolve("product/query")).isEqualTo(CjOperation.PRODUCT_QUERY);
    }

    @Test
    void ambiguousNamesListTheCandidates() {
        assertThatThrownBy(() -> OperationResolver.resolve("list"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ambiguous").hasMessageContaining("product/list")
                .hasMessageContaining("shopping/order/list");
        assertThatThrownBy(() -> OperationResolver.resolve("product/queryByVid"))
                .hasMessageContaining("product/variant/queryByVid").hasMessageContaining("product/stock/queryByVid");
    }

    @Test
    void unknownNamesSuggestTheClosest() {
        assertThatThrownBy(() -> OperationResolver.resolve("product/listV3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown CJ operation 'product/listV3'")
                .hasMessageContaining("product/listV2");
        // "createOrder" was the unknown example until issue 17 added CJ's own shopping/order/createOrder
        assertThatThrownBy(() -> OperationResolver.resolve("createOrderV4"))
                .hasMessageContaining("shopping/order/createOrderV2");
        assertThat(OperationResolver.resolve("createOrder")).isEqualTo(CjOperation.CREATE_ORDER);
    }

    @Test
    void operationsSeenInCjsClientAreRowsToo() {
        List<String> seen = Arrays.stream(CjOperation.values()).filter(CjOperation::seenInCjClient)
                .map(op -> op.method() + ":" + op.path()).toList();
        assertThat(seen).contains("POST:product/queryProductsByImage", "GET:product/conn/connection",
                "POST:product/conn/connection", "DELETE:product/conn/connection", "GET:shop/getShops",
                "GET:authentication/getAuthorizeUrl", "GET:disputes/getDisputeDetail",
                "POST:shopping/order/queryCogsBasicDataOrderInfoList", "POST:shopping/mergeOrder/submitMergeOrderBatchV3",
                "POST:product/stock/privateInventory/querySpuPage", "POST:store/product/saveProduct",
                "POST:storehouseCenterWeb/syncStorehouseVideoRequests", "POST:shopping/order/createOrder");
        assertThat(CjOperation.GET_AUTHORIZE_URL.isAuthentication()).isFalse(); // a plain call, not the token manager's
        assertThat(CjOperation.CREATE_ORDER.safety()).isEqualTo(RetrySafety.CREATE_ORDER);
        // one path, three methods: the bare path is ambiguous, METHOD:path picks the row
        assertThatThrownBy(() -> OperationResolver.resolve("product/conn/connection"))
                .hasMessageContaining("cj:GET:product/conn/connection").hasMessageContaining("cj:DELETE:product/conn/connection");
        assertThat(OperationResolver.byMethodAndPath(CjHttpMethod.DELETE, "product/conn/connection"))
                .contains(CjOperation.DISCONNECT_PRODUCT);
        assertThat(OperationResolver.byMethodAndPath(CjHttpMethod.PATCH, "product/conn/connection")).isEmpty();
    }
}
