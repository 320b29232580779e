package io.camelcj.component.cj.consumer;

import io.camelcj.component.cj.api.ApiOperation;
import io.camelcj.component.cj.CjConstants;
import io.camelcj.component.cj.CjEndpoint;
import io.camelcj.component.cj.CjPageHeaders;
import io.camelcj.component.cj.client.CjApiClient;
import io.camelcj.component.cj.client.CjRequest;
import io.camelcj.component.cj.client.CjResponse;
import io.camelcj.component.cj.client.OutputMapper;
import io.camelcj.component.cj.paging.Page;
import io.camelcj.component.cj.paging.PageInfo;
import io.camelcj.component.cj.paging.Pager;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;

import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Polls a read operation on the endpoint's schedule (any Camel scheduler, e.g. {@code scheduler=quartz}).
 * A paged operation is walked page by page from the URI's page (default 1) to the last page, emitting
 * one exchange per item (or per page with {@code exchangePerPage=true}) while fetching; other
 * operations emit one exchange with their data per poll.
 */
public class CjPollingConsumer extends ScheduledPollConsumer {

    private final CjEndpoint endpoint;

    public CjPollingConsumer(CjEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected int poll() throws Exception {
        ApiOperation op = endpoint.getResolvedOperation();
        CjApiClient client = endpoint.account().client();
        CjRequest request = CjRequest.of(op, endpoint.getOperationParameters());
        OutputMapper output = endpoint.outputMapper();
        if (!op.paging().isPaged()) {
            CjResponse response = client.execute(request, endpoint.retrySettings());
            emit(output.convert(response.envelope().data()), null);
            return 1;
        }
        Iterator<Page> pages = Pager.pages(client, request, endpoint.retrySettings(),
                endpoint.getConfiguration().getPageSize());
        int count = 0;
        while (pages.hasNext() && isRunAllowed()) {
            Page page = pages.next();
            if (endpoint.getConfiguration().isExchangePerPage()) {
                List<Object> items = page.items().stream().map(output::convert).collect(Collectors.toList());
                emit(items, page.info());
                count++;
            } else {
                for (Object item : page.items()) {
                    emit(output.convert(item), page.info());
                    count++;
                }
            }
        }
        return count;
    }

    private void emit(Object body, PageInfo info) throws Exception {
        Exchange exchange = createExchange(false);
        try {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeader(CjConstants.OPERATION, endpoint.getResolvedOperation().path());
            if (info != null) {
                CjPageHeaders.set(exchange.getMessage(), info);
            }
            getProcessor().process(exchange);
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("Error processing CJ item", exchange, exchange.getException());
            }
        } finally {
            releaseExchange(exchange, false);
        }
    }
}
