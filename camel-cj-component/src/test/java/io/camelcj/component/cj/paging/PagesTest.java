package io.camelcj.component.cj.paging;

import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelcj.component.cj.api.PagingShape;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PagesTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private Object json(String s) throws Exception {
        return mapper.readValue(s.replace('\'', '"'), Object.class);
    }

    @Test
    void listV2ItemsAreTheProductListsInsideContent() throws Exception {
        Object data = json("{'pageSize':2,'pageNumber':1,'totalRecords':5,'totalPages':3,"
                + "'content':[{'productList':[{'id':'a'},{'id':'b'}],'keyWord':'x'}]}");
        assertThat(Pages.items(PagingShape.LIST_V2, data)).extracting(n -> (Object) ((Map<?, ?>) n).get("id")).containsExactly("a", "b");
        PageInfo info = Pages.info(PagingShape.LIST_V2, data, 1, 2);
        assertThat(info).isEqualTo(new PageInfo(1, 2, 5L, 3L, true));
    }

    @Test
    void pageNumShapeToleratesStringNumbersAndComputesPages() throws Exception {
        Object data = json("{'pageNum':'2','pageSize':'2','total':'4','list':[{'commentId':1},{'commentId':2}]}");
        PageInfo info = Pages.info(PagingShape.PAGE_NUM, data, 2, 2);
        assertThat(info.totalPages()).isEqualTo(2L);
        assertThat(info.hasMore()).isFalse();
        assertThat(Pages.items(PagingShape.PAGE_NUM, data)).hasSize(2);
    }

    @Test
    void withoutTotalsAFullPageMeansMore() throws Exception {
        assertThat(Pages.info(PagingShape.PAGE_NUM, json("{'list':[1,2]}"), 1, 2).hasMore()).isTrue();
        assertThat(Pages.info(PagingShape.PAGE_NUM, json("{'list':[1]}"), 1, 2).hasMore()).isFalse();
        assertThat(Pages.info(PagingShape.PAGE_NUM, json("{'list':[]}"), 1, 2).hasMore()).isFalse();
    }

    @Test
    void iteratorIsLazyAndStopsAtTheListV2Bound() throws Exception {
        AtomicInteger fetched = new AtomicInteger();
        // pretend 2000 pages match: the API serves only 1000
        PageIterator pages = new PageIterator(PagingShape.LIST_V2, page -> {
            fetched.incrementAndGet();
            try {
                return json("{'pageSize':1,'pageNumber':" + page + ",'totalRecords':2000,'totalPages':2000,"
                        + "'content':[{'productList':[{'id':'p" + page + "'}]}]}");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, 998, 1);
        ItemIterator<String> items = new ItemIterator<>(pages, n -> (String) ((Map<?, ?>) n).get("id"));
        assertThat(fetched).hasValue(0);
        assertThat(items.next()).isEqualTo("p998");
        assertThat(fetched).hasValue(1);
        List<String> rest = new ArrayList<>();
        items.forEachRemaining(rest::add);
        assertThat(rest).containsExactly("p999", "p1000");
        assertThat(fetched).hasValue(3);
    }
}
