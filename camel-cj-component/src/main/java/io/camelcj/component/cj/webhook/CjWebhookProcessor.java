package io.camelcj.component.cj.webhook;

import java.io.InputStream;
import java.util.Objects;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Puts a {@link CjWebhookReceiver} behind any Camel HTTP consumer: {@code platform-http}, {@code servlet},
 * {@code netty-http}... The request body must reach it unchanged (it is the signed content), with the
 * {@code sign} header. The processor replaces the message with the reply (status, JSON body).
 *
 * <pre>
 * from("platform-http:/cj/webhooks").process(new CjWebhookProcessor(receiver));
 * </pre>
 */
public final class CjWebhookProcessor implements Processor {

    private static final CjWebhookResponse NOT_POST = CjWebhookResponse.of(405, "METHOD_NOT_ALLOWED",
            "Only POST is accepted");

    private final CjWebhookReceiver receiver;

    public CjWebhookProcessor(CjWebhookReceiver receiver) {
        this.receiver = Objects.requireNonNull(receiver, "receiver");
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        String method = message.getHeader(Exchange.HTTP_METHOD, String.class);
        CjWebhookResponse response;
        if (method != null && !"POST".equalsIgnoreCase(method)) {
            response = NOT_POST;
        } else {
            String sign = message.getHeader(CjWebhookSignature.HEADER, String.class);
            Object body = message.getBody();
            if (body instanceof InputStream stream) {
                Long length = message.getHeader(Exchange.CONTENT_LENGTH, Long.class);
                response = receiver.receive(stream, length == null ? -1 : length, sign);
            } else {
                response = receiver.receive(message.getBody(byte[].class), sign);
            }
        }
        // the request's own headers (Content-Length, sign...) must not be echoed into the reply
        message.removeHeaders("*", "Camel*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setBody(response.body());
    }
}
