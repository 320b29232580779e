package io.camelcj.component.cj;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelcj.component.cj.auth.CjAccountId;
import io.camelcj.component.cj.client.AccountSettings;
import io.camelcj.component.cj.client.CjAccount;
import io.camelcj.component.cj.client.CjJson;
import io.camelcj.component.cj.throttle.AccountRateLimiter;
import io.camelcj.component.cj.throttle.SharedRateBudget;
import io.camelcj.component.cj.throttle.Ticker;
import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The accounts of one CamelContext: one {@link CjAccount} (tokens, rate limiter, HTTP client) per API key
 * and base URL, shared by every cj: endpoint of the context, whichever component instance created it.
 * Accounts live as long as the context: tokens held in memory survive a route restart.
 */
public final class CjAccounts extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(CjAccounts.class);

    private final Map<String, CjAccount> accounts = new ConcurrentHashMap<>();
    /** The per-IP limit of each CJ host (base URL), created when a second account calls it. */
    private final Map<String, AccountRateLimiter> ipLimits = new ConcurrentHashMap<>();
    /** Hosts whose per-IP limiter makes accounts queue (two or more accounts call them). */
    private final java.util.Set<String> sharedIpHosts = ConcurrentHashMap.newKeySet();
    private final ObjectMapper mapper = CjJson.newMapper();
    private volatile Clock clock = Clock.systemUTC();
    private CamelContext context;

    /** The registry of {@code context}, created on first use and stopped with the context. */
    public static CjAccounts of(CamelContext context) {
        synchronized (context) {
            CjAccounts existing = context.hasService(CjAccounts.class);
            if (existing != null) {
                return existing;
            }
            CjAccounts created = new CjAccounts();
            created.context = context;
            try {
                context.addService(created, true, true);
            } catch (Exception e) {
                throw new IllegalStateException("cannot register the CJ account registry", e);
            }
            return created;
        }
    }

    /** The account for these settings, with the per-IP limit off; see {@link #account(AccountSettings, double)}. */
    public CjAccount account(AccountSettings settings) {
        return account(settings, 0);
    }

    /**
     * The account for these settings. The first endpoint of an account defines its QPS, time-outs and
     * token store; later endpoints with different values share it and get a warning.
     * <p>
     * Once two or more accounts call the same base URL, every request of each also takes a permit of one per-IP
     * limiter at {@code ipQps} (the reference: 10 requests/second per IP across all accounts); one account alone is
     * paced by its own QPS, which no tier puts above that. 0 turns the per-IP limit off.
     */
    public CjAccount account(AccountSettings settings, double ipQps) {
        String key = CjAccountId.of(settings.apiKey()) + " " + settings.http().baseUrl();
        CjAccount account = accounts.computeIfAbsent(key, k -> {
            CjAccount created = new CjAccount(settings, mapper);
            // cluster mode / per-IP limit: a bound SharedRateBudget takes part in every permit
            created.limiter().share(context == null ? null : context.getRegistry().findSingleByType(SharedRateBudget.class));
            return created;
        });
        if (ipQps > 0) {
            shareIpLimit(settings, ipQps);
        }
        if (account.settings() != settings && !sameLimits(account.settings(), settings)) {
            LOG.warn("CJ account {} is already set up with {}; the differing settings {} of a later endpoint are"
                    + " ignored (the account's QPS and tokens are shared)", account.accountId(), account.settings(),
                    settings);
        }
        return account;
    }

    /**
     * Every account of a host takes part in its per-IP limiter from its first request; while it is the only one,
     * its permits are only counted, so the window is right when a second account arrives.
     */
    private synchronized void shareIpLimit(AccountSettings settings, double ipQps) {
        String host = settings.http().baseUrl();
        List<CjAccount> sameHost = accounts.values().stream()
                .filter(a -> a.settings().http().baseUrl().equals(host)).toList();
        AccountRateLimiter ip = ipLimits.computeIfAbsent(host, h -> {
            AccountRateLimiter created = new AccountRateLimiter("IP limit of " + h, ipQps, AccountRateLimiter.SAFETY,
                    java.time.Duration.ZERO, java.time.Duration.ZERO, Ticker.system(clock));
            created.countOnly(true);
            return created;
        });
        sameHost.forEach(a -> a.limiter().alsoAcquire(ip));
        if (sameHost.size() >= 2 && sharedIpHosts.add(host)) {
            LOG.info("{} CJ accounts call {}: their requests share a per-IP limit of {}/s", sameHost.size(), host, ipQps);
            ip.countOnly(false);
        }
    }

    private static boolean sameLimits(AccountSettings a, AccountSettings b) {
        return java.util.Objects.equals(a.qps(), b.qps()) && a.rateLimitMargin().equals(b.rateLimitMargin())
                && a.http().equals(b.http()) && a.maxPermitWait().equals(b.maxPermitWait());
    }

    /**
     * Test hook, deliberately not an endpoint option: the clock that accounts created from now on use for
     * token expiry and limit resets (a simulator's clock). Production code never calls it.
     */
    public void useClock(Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
    }

    /** The clock for new accounts: the system's UTC clock unless a test set another. */
    public Clock clock() {
        return clock;
    }

    public Collection<CjAccount> accounts() {
        return List.copyOf(accounts.values());
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
