package io.camelcj.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.Map;

/** Everything the API handlers share. */
final class SimState {

    final ObjectMapper mapper;
    final SimClock clock;
    final Catalogue catalogue;
    final Map<String, AccountState> accounts;
    final TokenService tokens;
    final FaultInjector faults;
    final RequestLog requestLog;
    final OrderStore orders;
    final WebhookDispatcher webhooks;
    final Countries countries;
    final int rateLimitHttpStatus;
    /** true (default): webhook/set accepts https only and no loopback host, as CJ does. */
    volatile boolean strictWebhookUrls;
    final IpRateLimit ipLimit;
    final RateMonitor rates = new RateMonitor();

    SimState(ObjectMapper mapper, SimClock clock, Catalogue catalogue, Map<String, AccountState> accounts,
             TokenService tokens, FaultInjector faults, RequestLog requestLog, OrderStore orders,
             WebhookDispatcher webhooks, Countries countries, int rateLimitHttpStatus, boolean strictWebhookUrls,
             double ipQps) {
        this.mapper = mapper;
        this.clock = clock;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.tokens = tokens;
        this.faults = faults;
        this.requestLog = requestLog;
        this.orders = orders;
        this.webhooks = webhooks;
        this.countries = countries;
        this.rateLimitHttpStatus = rateLimitHttpStatus;
        this.strictWebhookUrls = strictWebhookUrls;
        this.ipLimit = new IpRateLimit(ipQps);
    }

    Collection<AccountState> allAccounts() {
        return accounts.values();
    }
}
