package io.camelcj.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** The global warehouse areas and one storage (sub-warehouse) per area. */
final class Warehouses {

    record Area(int areaId, String countryCode, String areaEn, String areaCn, String countryNameEn, String de,
                String fr, String th, String storageId, String stockId, String storageName, String province,
                String city, List<String> brands) {

        /** Bit of this area in a product's warehouse mask. */
        int bit() {
            return 1 << (areaId - 1);
        }
    }

    private static final Pattern HYPHENATED = Pattern.compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    private final List<Area> areas = new ArrayList<>();

    Warehouses(long seed) {
        add(seed, 1, "CN", "China Warehouse", "中国仓", "China", "China-Lager", "Entrepôt Chine", "คลังสินค้าจีน",
                "Shenzhen Warehouse", "Guangdong", "Shenzhen", List.of("CJPacket", "YunExpress", "4PX"));
        add(seed, 2, "US", "US Warehouse", "美国仓", "United States", "US-Lager", "Entrepôt américain", "คลังสินค้าสหรัฐ",
                "Cranbury Warehouse", "New Jersey", "Cranbury", List.of("USPS", "FedEx", "UPS", "GOFO", "DHL", "UniUni", "CBT"));
        add(seed, 3, "DE", "Germany Warehouse", "德国仓", "Germany", "Deutschland-Lager", "Entrepôt Allemagne", "คลังสินค้าเยอรมนี",
                "Frankfurt Warehouse", "Hessen", "Frankfurt", List.of("DHL", "DPD", "GLS"));
        add(seed, 4, "TH", "Thailand Warehouse", "泰国仓", "Thailand", "Thailand-Lager", "Entrepôt Thaïlande", "คลังสินค้าไทย",
                "Bangkok Warehouse", "Bangkok", "Bangkok", List.of("Flash", "Kerry"));
        add(seed, 5, "GB", "UK Warehouse", "英国仓", "United Kingdom", "UK-Lager", "Entrepôt Royaume-Uni", "คลังสินค้าสหราชอาณาจักร",
                "Birmingham Warehouse", "West Midlands", "Birmingham", List.of("Royal Mail", "DPD", "Evri"));
        add(seed, 6, "FR", "France Warehouse", "法国仓", "France", "Frankreich-Lager", "Entrepôt France", "คลังสินค้าฝรั่งเศส",
                "Paris Warehouse", "Ile-de-France", "Paris", List.of("Colissimo", "DPD"));
        add(seed, 7, "AU", "Australia Warehouse", "澳洲仓", "Australia", "Australien-Lager", "Entrepôt Australie", "คลังสินค้าออสเตรเลีย",
                "Sydney Warehouse", "New South Wales", "Sydney", List.of("AusPost", "Sendle"));
    }

    private void add(long seed, int areaId, String cc, String en, String cn, String country, String de, String fr,
                     String th, String storageName, String province, String city, List<String> brands) {
        UUID u = UUID.nameUUIDFromBytes((seed + ":storage:" + areaId).getBytes(StandardCharsets.UTF_8));
        String hex = HexFormat.of().toHexDigits(u.getMostSignificantBits()) + HexFormat.of().toHexDigits(u.getLeastSignificantBits());
        areas.add(new Area(areaId, cc, en, cn, country, de, fr, th, hex, "{" + u.toString().toUpperCase(Locale.ROOT) + "}",
                storageName, province, city, brands));
    }

    List<Area> all() {
        return areas;
    }

    Area byArea(int areaId) {
        return areaId >= 1 && areaId <= areas.size() ? areas.get(areaId - 1) : null;
    }

    Area byCountry(String countryCode) {
        return areas.stream().filter(a -> a.countryCode().equalsIgnoreCase(countryCode)).findFirst().orElse(null);
    }

    /**
     * A warehouse by its storage id: the reference's 32-hex form ({@code 201e67f6ba4644c0a36d63bf4989dd70}) or
     * the hyphenated UUID CJ's own client passes (the sub-warehouse stockId without its braces). The braced
     * stockId spelling {@code {6709CCD7-...}} is not a storage id: it finds nothing (1608001 at the caller).
     */
    Area byStorageId(String storageId) {
        if (storageId == null) {
            return null;
        }
        String id = storageId.trim();
        String hex = HYPHENATED.matcher(id).matches() ? id.replace("-", "") : id;
        return areas.stream().filter(a -> a.storageId().equalsIgnoreCase(hex)).findFirst().orElse(null);
    }

    List<Map<String, Object>> globalList() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Area a : areas) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("areaCn", a.areaCn());
            m.put("areaEn", a.areaEn());
            m.put("areaId", a.areaId());
            m.put("countryCode", a.countryCode());
            m.put("nameEn", a.countryNameEn());
            m.put("valueEn", a.countryCode());
            m.put("disabled", false);
            m.put("zh", a.areaCn());
            m.put("en", a.areaEn());
            m.put("de", a.de());
            m.put("fr", a.fr());
            m.put("th", a.th());
            m.put("id", String.valueOf(a.areaId()));
            out.add(m);
        }
        return out;
    }

    Map<String, Object> detail(Area a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.storageId());
        m.put("name", a.storageName());
        m.put("areaId", a.areaId());
        m.put("areaCountryCode", a.countryCode());
        m.put("address1", a.city() + ", " + a.province());
        m.put("address2", null);
        m.put("contacts", null);
        m.put("phone", "+1-9095862127");
        m.put("city", a.city());
        m.put("province", a.province());
        List<Map<String, Object>> brands = new ArrayList<>();
        for (String b : a.brands()) {
            brands.add(Map.of("id", b, "name", b));
        }
        m.put("logisticsBrandList", brands);
        m.put("isSelfPickup", a.areaId() == 2 ? 1 : 0);
        m.put("zipCode", null);
        return m;
    }
}
