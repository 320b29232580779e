package io.camelcj.component.cj;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelcj.component.cj.auth.CjAccountId;
import io.camelcj.component.cj.client.AccountSettings;
import io.camelcj.component.cj.client.CjAccount;
import io.camelcj.component.cj.client.CjJson;
import io.camelcj.component.cj.throttle.SharedRateBudget;
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

    /**
     * The account for these settings. The first endpoint of an account defines its QPS, time-outs and
     * token store; later endpoints with different values share it and get a warning.
     */
    public CjAccount account(AccountSettings settings) {
        String key = CjAccountId.of(settings.apiKey()) + " " + settings.http().baseUrl();
        CjAccount account = accounts.computeIfAbsent(key, k -> {
            CjAccount created = new CjAccount(settings, mapper);
            // cluster mode / per-IP limit: a bound SharedRateBudget takes part in every permit
            created.limiter().share(context == null ? null : context.getRegistry().findSingleByType(SharedRateBudget.class));
            return created;
        });
        if (account.settings() != settings && !sameLimits(account.settings(), settings)) {
            LOG.warn("CJ account {} is already set up with {}; the differing settings {} of a later endpoint are"
                    + " ignored (the account's QPS and tokens are shared)", account.accountId(), account.settings(),
                    settings);
        }
        return account;
    }

    private static boolean sameLimits(AccountSettings a, AccountSettings b) {
        return a.effectiveQps() == b.effectiveQps() && a.http().equals(b.http()) && a.maxPermitWait().equals(b.maxPermitWait());
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
