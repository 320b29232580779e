package io.camelcj.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pageNum/pageSize/total/list page that product/list, the reviews, order/list and the disputes answer with. */
final class Paging {

    private Paging() {
    }

    /** The pageNum/pageSize/total/list paging shape (numbers as strings on the review endpoints). */
    static Map<String, Object> page(int pageNum, int pageSize, int total, List<?> list, boolean stringNumbers) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("pageNum", stringNumbers ? String.valueOf(pageNum) : pageNum);
        data.put("pageSize", stringNumbers ? String.valueOf(pageSize) : pageSize);
        data.put("total", stringNumbers ? String.valueOf(total) : total);
        data.put("list", list);
        return data;
    }

    /** The entries of page {@code pageNum} (1-based) of {@code pageSize}; empty past the end. */
    static <T> List<T> slice(List<T> all, int pageNum, int pageSize) {
        int from = (int) Math.min((long) (pageNum - 1) * pageSize, all.size());
        return all.subList(from, Math.min(from + pageSize, all.size()));
    }
}
