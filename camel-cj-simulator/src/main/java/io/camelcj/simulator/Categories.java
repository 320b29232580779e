package io.camelcj.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The three-level category tree (fixed names, seeded ids). */
final class Categories {

    /** level1 | level2 | level3:noun:Chinese noun, ... */
    private static final String[] TREE = {
        "Women's Clothing|Tops & Sets|Hoodies & Sweatshirts:Hoodie:卫衣,T-Shirts:T-Shirt:T恤,Blouses & Shirts:Blouse:衬衫",
        "Women's Clothing|Dresses|Casual Dresses:Dress:连衣裙,Evening Dresses:Gown:晚礼服",
        "Men's Clothing|Outerwear|Jackets:Jacket:夹克,Down Coats:Coat:羽绒服",
        "Men's Clothing|Bottoms|Jeans:Jeans:牛仔裤,Casual Pants:Pants:休闲裤,Shorts:Shorts:短裤",
        "Home & Garden|Kitchen|Cookware:Pan:平底锅,Kitchen Tools:Spatula:锅铲,Drinkware:Mug:马克杯",
        "Home & Garden|Home Storage|Home Office Storage:Organizer:收纳架,Storage Boxes:Box:收纳盒",
        "Computer & Office|Office Electronics|Office & School Supplies:Notebook:笔记本,Printer Supplies:Ink Cartridge:墨盒",
        "Computer & Office|Computer Peripherals|Mice:Mouse:鼠标,Keyboards:Keyboard:键盘,Webcams:Webcam:摄像头",
        "Toys & Hobbies|Models|Diecast Vehicles:Trailer Model:拖车模型,Puzzles:Puzzle:拼图,Building Blocks:Block Set:积木",
        "Jewelry & Accessories|Fine Jewelry|Necklaces:Necklace:项链,Rings:Ring:戒指,Earrings:Earring:耳环",
        "Sports & Outdoors|Fitness|Yoga Mats:Yoga Mat:瑜伽垫,Resistance Bands:Band:弹力带,Water Bottles:Bottle:水杯",
        "Pet Supplies|Dogs|Dog Collars:Collar:项圈,Dog Toys:Chew Toy:磨牙玩具,Pet Beds:Pet Bed:宠物窝",
        "Phones & Accessories|Phone Accessories|Phone Cases:Phone Case:手机壳,Chargers:Charger:充电器,Cables:Cable:数据线",
        "Health & Beauty|Makeup|Lipstick:Lipstick:口红,Makeup Brushes:Brush:化妆刷,Nail Art:Nail Sticker:美甲贴",
        "Baby & Kids|Baby Care|Pacifiers:Pacifier Chain:奶嘴链,Baby Bottles:Baby Bottle:奶瓶",
    };
    record Level3(int index, String id, String name, String noun, String nounCn, Level2 parent) {
    }

    record Level2(String id, String name, Level1 parent) {
    }

    record Level1(String id, String name) {
    }

    private final List<Level3> level3 = new ArrayList<>();
    private final Map<String, Level3> level3ById = new LinkedHashMap<>();

    Categories(long seed) {
        Map<String, Level1> firsts = new LinkedHashMap<>();
        Map<String, Level2> seconds = new LinkedHashMap<>();
        for (String row : TREE) {
            String[] cols = row.split("\\|");
            Level1 l1 = firsts.computeIfAbsent(cols[0], n -> new Level1(id(seed, "1:" + n), n));
            Level2 l2 = seconds.computeIfAbsent(cols[0] + "/" + cols[1], n -> new Level2(id(seed, "2:" + n), cols[1], l1));
            for (String leaf : cols[2].split(",")) {
                String[] nameNoun = leaf.split(":");
                Level3 l3 = new Level3(level3.size(), id(seed, "3:" + l2.name() + "/" + nameNoun[0]), nameNoun[0], nameNoun[1],
                        nameNoun[2], l2);
                level3.add(l3);
                level3ById.put(l3.id(), l3);
            }
        }
    }

    private static String id(long seed, String key) {
        return UUID.nameUUIDFromBytes((seed + ":" + key).getBytes(StandardCharsets.UTF_8)).toString().toUpperCase(Locale.ROOT);
    }

    int size() {
        return level3.size();
    }

    Level3 get(int index) {
        return level3.get(index);
    }

    Level3 byId(String id) {
        return id == null ? null : level3ById.get(id.toUpperCase(Locale.ROOT));
    }

    List<Level3> all() {
        return level3;
    }

    /** The getCategory tree: [{categoryFirstName, categoryFirstList:[{categorySecondName, categorySecondList:[{categoryId, categoryName}]}]}]. */
    List<Map<String, Object>> tree() {
        Map<Level1, Map<Level2, List<Map<String, Object>>>> grouped = new LinkedHashMap<>();
        for (Level3 l3 : level3) {
            Map<String, Object> leaf = new LinkedHashMap<>();
            leaf.put("categoryId", l3.id());
            leaf.put("categoryName", l3.name());
            grouped.computeIfAbsent(l3.parent().parent(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(l3.parent(), k -> new ArrayList<>()).add(leaf);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        grouped.forEach((l1, seconds) -> {
            List<Map<String, Object>> secondList = new ArrayList<>();
            seconds.forEach((l2, leaves) -> {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("categorySecondId", l2.id());
                s.put("categorySecondName", l2.name());
                s.put("categorySecondList", leaves);
                secondList.add(s);
            });
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("categoryFirstId", l1.id());
            f.put("categoryFirstName", l1.name());
            f.put("categoryFirstList", secondList);
            out.add(f);
        });
        return out;
    }
}
