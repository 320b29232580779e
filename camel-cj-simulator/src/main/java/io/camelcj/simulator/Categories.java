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

    /** level1 | level2 | level3:noun, ... */
    private static final String[] TREE = {
        "Women's Clothing|Tops & Sets|Hoodies & Sweatshirts:Hoodie,T-Shirts:T-Shirt,Blouses & Shirts:Blouse",
        "Women's Clothing|Dresses|Casual Dresses:Dress,Evening Dresses:Gown",
        "Men's Clothing|Outerwear|Jackets:Jacket,Down Coats:Coat",
        "Men's Clothing|Bottoms|Jeans:Jeans,Casual Pants:Pants,Shorts:Shorts",
        "Home & Garden|Kitchen|Cookware:Pan,Kitchen Tools:Spatula,Drinkware:Mug",
        "Home & Garden|Home Storage|Home Office Storage:Organizer,Storage Boxes:Box",
        "Computer & Office|Office Electronics|Office & School Supplies:Notebook,Printer Supplies:Ink Cartridge",
        "Computer & Office|Computer Peripherals|Mice:Mouse,Keyboards:Keyboard,Webcams:Webcam",
        "Toys & Hobbies|Models|Diecast Vehicles:Trailer Model,Puzzles:Puzzle,Building Blocks:Block Set",
        "Jewelry & Accessories|Fine Jewelry|Necklaces:Necklace,Rings:Ring,Earrings:Earring",
        "Sports & Outdoors|Fitness|Yoga Mats:Yoga Mat,Resistance Bands:Band,Water Bottles:Bottle",
        "Pet Supplies|Dogs|Dog Collars:Collar,Dog Toys:Chew Toy,Pet Beds:Pet Bed",
        "Phones & Accessories|Phone Accessories|Phone Cases:Phone Case,Chargers:Charger,Cables:Cable",
        "Health & Beauty|Makeup|Lipstick:Lipstick,Makeup Brushes:Brush,Nail Art:Nail Sticker",
        "Baby & Kids|Baby Care|Pacifiers:Pacifier Chain,Baby Bottles:Baby Bottle",
    };

    record Level3(int index, String id, String name, String noun, Level2 parent) {
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
                Level3 l3 = new Level3(level3.size(), id(seed, "3:" + l2.name() + "/" + nameNoun[0]), nameNoun[0], nameNoun[1], l2);
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
