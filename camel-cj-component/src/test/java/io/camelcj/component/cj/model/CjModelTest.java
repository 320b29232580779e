package io.camelcj.component.cj.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelcj.component.cj.client.CjJson;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CjModelTest {

    private final ObjectMapper mapper = CjJson.newMapper();

    private <T> T read(String json, Class<T> type) throws Exception {
        return mapper.readValue(json.replace('\'', '"'), type);
    }

    @Test
    void priceRangesInEveryShapeCjSends() {
        assertThat(PriceRange.parse("1.20-3.50")).isEqualTo(new PriceRange(new BigDecimal("1.20"), new BigDecimal("3.50")));
        assertThat(PriceRange.parse("2.09 -- 7.46")).isEqualTo(new PriceRange(new BigDecimal("2.09"), new BigDecimal("7.46")));
        assertThat(PriceRange.parse("11.85").isRange()).isFalse();
        assertThat(PriceRange.parse("11.85").min()).isEqualByComparingTo("11.85");
        assertThat(PriceRange.parse(" ")).isNull();
        assertThat(PriceRange.parse("1.20-3.50").toString()).isEqualTo("1.20-3.50");
        assertThatThrownBy(() -> PriceRange.parse("cheap")).hasMessageContaining("cheap");
        assertThatThrownBy(() -> PriceRange.parse("5-1")).hasMessageContaining("below");
    }

    @Test
    void productDetailFromTheReference() throws Exception {
        CjProduct p = read("{'pid':'000B9312','productName':'[\\'攀爬车\\',\\'拖斗车 \\']',"
                + "'productNameEn':'Small trailer model','productWeight':'1500.0','packingWeight':'10.00-29.00',"
                + "'materialNameEn':'[\\'\\',\\'metal\\']','productKeyEn':'Color','sellPrice':58.09,"
                + "'suggestSellPrice':'0.97-4.08','listedNum':392,'status':'3','listingCount':7,'tariff':{'rate':'0.1'},"
                + "'variants':[{'vid':'D405','variantKey':'Black','variantWeight':1580.00,'variantSellPrice':'58.09',"
                + "'variantLength':300,'inventories':[{'countryCode':'CN','totalInventory':'12912','stock':"
                + "[{'stockId':'{6709}','inventory':0,'factoryInventory':12912}]}]},"
                + "{'vid':'D406','variantKey':'[\\'XS\\']','variantSellPrice':''}]}", CjProduct.class);
        assertThat(p.getProductName()).containsExactly("攀爬车", "拖斗车 ");
        assertThat(p.getMaterialNameEn()).containsExactly("", "metal");
        assertThat(p.getProductWeight().min()).isEqualByComparingTo("1500");
        assertThat(p.getPackingWeight().max()).isEqualByComparingTo("29.00");
        assertThat(p.getSellPrice().min()).isEqualByComparingTo("58.09");
        assertThat(p.getSuggestSellPrice().isRange()).isTrue();
        // unknown fields are kept
        assertThat(p.other()).containsKeys("listingCount", "tariff");
        CjVariant v = p.getVariants().get(0);
        assertThat(v.getVariantKey()).containsExactly("Black");
        assertThat(v.getVariantSellPrice()).isEqualByComparingTo("58.09");
        assertThat(v.getInventories().get(0).getTotalInventory()).isEqualTo(12912L);
        assertThat(v.getInventories().get(0).getStock().get(0).getStockId()).isEqualTo("{6709}");
        assertThat(p.getVariants().get(1).getVariantKey()).containsExactly("XS");
        assertThat(p.getVariants().get(1).getVariantSellPrice()).isNull();
        // written back, nothing is lost
        assertThat(mapper.writeValueAsString(p)).contains("\"listingCount\":7").contains("\"packingWeight\":\"10.00-29.00\"");
    }

    @Test
    void listV2ItemAndOrderAndMoney() throws Exception {
        CjListedProduct item = read("{'id':'04A2','nameEn':'Hoody','sellPrice':'2.09 -- 7.46','nowPrice':'',"
                + "'createAt':1609228800000,'saleStatus':'3','warehouseInventoryNum':500,'shippingCountryCodes':['US']}",
                CjListedProduct.class);
        assertThat(item.getSellPrice().max()).isEqualByComparingTo("7.46");
        assertThat(item.getNowPrice()).isNull();
        assertThat(Instant.ofEpochMilli(item.getCreateAt())).isEqualTo(Instant.parse("2020-12-29T08:00:00Z"));
        assertThat(item.other()).containsKey("shippingCountryCodes");

        CjOrder order = read("{'orderId':'1377','orderNum':'50166','orderStatus':'CREATED','orderAmount':'12.30',"
                + "'postageAmount':null,'trackNumber':null}", CjOrder.class);
        assertThat(order.getOrderAmount()).isEqualByComparingTo("12.30");
        assertThat(order.getPostageAmount()).isNull();

        CjBalance balance = read("{'amount':87247.32,'noWithdrawalAmount':null}", CjBalance.class);
        assertThat(balance.getAmount()).isEqualTo(new BigDecimal("87247.32"));

        CjCategory cat = read("{'categoryFirstName':'Computer','categoryFirstList':[{'categorySecondName':'Office',"
                + "'categorySecondList':[{'categoryId':'2252','categoryName':'Supplies'}]}]}", CjCategory.class);
        assertThat(cat.getCategoryFirstList().get(0).getCategorySecondList().get(0).getCategoryId()).isEqualTo("2252");
    }

    @Test
    void freightOptionsCarryTheirOwnErrors() throws Exception {
        CjFreightOption ok = read("{'arrivalTime':'12-50','postage':3.55,'error':'','errorEn':'',"
                + "'option':{'enName':'CJPacket Postal','id':'156'},'ruleTips':[]}", CjFreightOption.class);
        assertThat(ok.hasError()).isFalse();
        assertThat(ok.getOption().getEnName()).isEqualTo("CJPacket Postal");
        assertThat(ok.getPostage()).isEqualByComparingTo("3.55");
        assertThat(ok.other()).containsKey("ruleTips");
        CjFreightOption refused = read("{'postage':0,'error':'超重','errorEn':'Over the weight limit'}",
                CjFreightOption.class);
        assertThat(refused.hasError()).isTrue();
    }

    /** Where the reference's field table and its example spell a field differently, both are read. */
    @Test
    void tableAndExampleNamesAreBothAccepted() throws Exception {
        // getInventoryByPid variantInventories[].inventory[]: example totalInventory..., table totalInventoryNum...
        CjProductInventory byExample = read("{'variantInventories':[{'vid':'v1','inventory':[{'countryCode':'CN',"
                + "'totalInventory':10044,'cjInventory':1,'factoryInventory':10043}]}]}", CjProductInventory.class);
        CjProductInventory byTable = read("{'variantInventories':[{'vid':'v1','inventory':[{'countryCode':'CN',"
                + "'totalInventoryNum':10044,'cjInventoryNum':1,'factoryInventoryNum':10043}]}]}", CjProductInventory.class);
        for (CjProductInventory inv : java.util.List.of(byExample, byTable)) {
            CjInventory stock = inv.getVariantInventories().get(0).getInventory().get(0);
            assertThat(stock.getTotalInventory()).isEqualTo(10044L);
            assertThat(stock.getCjInventory()).isEqualTo(1L);
            assertThat(stock.getFactoryInventory()).isEqualTo(10043L);
            assertThat(stock.other()).isEmpty();
        }
        CjWarehouseStock area = read("{'areaEn':'US Warehouse','totalInventory':264,'cjInventory':264,"
                + "'factoryInventory':0}", CjWarehouseStock.class);
        assertThat(area.getTotalInventoryNum()).isEqualTo(264L);
        assertThat(area.getCjInventoryNum()).isEqualTo(264L);
        assertThat(area.getFactoryInventoryNum()).isZero();

        // product/query: example packingWeight, table packWeight
        assertThat(read("{'pid':'p','packingWeight':'1580.0'}", CjProduct.class).getPackingWeight().min())
                .isEqualByComparingTo("1580");
        CjProduct byPackWeight = read("{'pid':'p','packWeight':'1580.0'}", CjProduct.class);
        assertThat(byPackWeight.getPackingWeight().min()).isEqualByComparingTo("1580");
        assertThat(byPackWeight.other()).isEmpty();

        // getOrderDetail LOGISTICS_TIMELINESS: table logisticsTimeliness, feature text logisticTimelines
        for (String name : java.util.List.of("logisticsTimeliness", "logisticTimelines")) {
            CjOrder order = read("{'orderId':'o1','" + name + "':{'logisticsModes':[{'logisticsName':'DHL Official',"
                    + "'arrivalTime':'3-7 Days'},{'logisticName':'USPS','arrivalTime':'5-9 Days'}]}}", CjOrder.class);
            assertThat(order.getLogisticsTimeliness().getLogisticsModes()).extracting(CjOrder.LogisticsMode::getLogisticsName)
                    .containsExactly("DHL Official", "USPS");
            assertThat(order.getLogisticsTimeliness().getLogisticsModes().get(0).getArrivalTime()).isEqualTo("3-7 Days");
            assertThat(order.other()).isEmpty();
        }
    }
}
