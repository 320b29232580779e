package io.camelcj.component.cj;

import io.camelcj.component.cj.api.ApiOperation;
import io.camelcj.component.cj.api.CjOperation;
import io.camelcj.component.cj.client.CjAccount;
import io.camelcj.component.cj.client.CjRequest;
import io.camelcj.component.cj.client.CjResponse;
import io.camelcj.component.cj.client.OutputMapper;
import io.camelcj.component.cj.client.RetrySettings;
import io.camelcj.component.cj.paging.ItemIterator;
import io.camelcj.component.cj.paging.Page;
import io.camelcj.component.cj.paging.Pager;
import io.camelcj.component.cj.paging.Pages;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

import java.util.Iterator;
import java.util.stream.Collectors;

/** Sends the exchange to the endpoint's CJ operation; the CJ work happens in the account's client. */
public class CjProducer extends DefaultProducer {

    private final CjEndpoint endpoint;
    private CjMessageBinding binding;
    /** The endpoint's output mapping and retry policy, made once: its configuration is fixed once it is started. */
    private OutputMapper output;
    private RetrySettings retry;

    public CjProducer(CjEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        binding = new CjMessageBinding(endpoint, CjAccounts.of(endpoint.getCamelContext()).mapper());
        output = endpoint.outputMapper();
        retry = endpoint.retrySettings();
        endpoint.account(); // a missing API key or a bad base URL fails the route start, not the first message
    }

    @Override
    public void process(Exchange exchange) {
        ApiOperation op = endpoint.getResolvedOperation();
        CjAccount account = endpoint.account();
        Message msg = exchange.getMessage();
        msg.setHeader(CjConstants.OPERATION, op.path());
        if (op.isAuthentication()) {
            msg.setBody(account.authenticate((CjOperation) op)); // only catalogue rows are authentication
            return;
        }
        CjRequest request = binding.request(exchange);
        CjConfiguration config = endpoint.getConfiguration();
        boolean paged = op.paging().isPaged();
        if (paged && config.isFetchAllPages()) {
            Iterator<Page> pages = Pager.pages(account.client(), request, retry,
                    config.getPageSize());
            Page first = pages.next(); // fetched now, so that errors and totals surface here, not in the splitter
            CjPageHeaders.set(msg, first.info());
            msg.setBody(new ItemIterator<>(first, pages, output.itemConverter()));
            return;
        }
        if (paged && config.getPageSize() != null && !request.params().containsKey(op.paging().sizeParam())) {
            request = request.with(op.paging().sizeParam(), config.getPageSize());
        }
        CjResponse response = account.client().execute(request, retry);
        binding.response(msg, response);
        if (config.isRawEnvelope()) {
            msg.setBody(response.envelope().root()); // the whole body as parsed: code, message, data...
        } else if (paged && !response.recovered()) {
            CjPageHeaders.set(msg, Pages.info(op.paging(), response.envelope().data(), 1, 0));
            msg.setBody(config.getOutputClass() == null ? output.convert(response.envelope().data())
                    : Pages.items(op.paging(), response.envelope().data()).stream().map(output::convert)
                            .collect(Collectors.toList()));
        } else {
            msg.setBody(output.convert(response.envelope().data()));
        }
    }

    @Override
    public CjEndpoint getEndpoint() {
        return endpoint;
    }
}
