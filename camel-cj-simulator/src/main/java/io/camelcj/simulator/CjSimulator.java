package io.camelcj.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server that behaves like the CJ Dropshipping API 2.0, for offline development and tests.
 * <pre>{@code
 * try (CjSimulator sim = CjSimulator.builder().products(2000).seed(42L).start()) {
 *     String baseUrl = sim.baseUrl();     // http://127.0.0.1:<port>/api2.0/v1
 *     String apiKey = sim.defaultApiKey();
 * }
 * }</pre>
 */
public final class CjSimulator implements AutoCloseable {

    static {
        // The JDK server writes headers and body in separate segments; without TCP_NODELAY every answer waits
        // for the client's delayed ACK (~40 ms), capping a client at ~25 calls/s per connection.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** API key of the account created when the builder is given none. */
    public static final String DEFAULT_API_KEY = "CJ8888888@api@5f3c2b1a9e8d7c6b5a4f3e2d1c0b9a87";

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final SimState state;
    private final SimAdmin admin;
    private final String defaultApiKey;
    private final Map<String, Map<String, Route>> routes;

    private CjSimulator(Builder b) {
        ObjectMapper mapper = new ObjectMapper();
        SimClock clock = new SimClock();
        Map<String, AccountState> accounts = new LinkedHashMap<>();
        List<SimAccount> configured = b.accounts.isEmpty() ? List.of(SimAccount.builder(DEFAULT_API_KEY).build()) : b.accounts;
        for (SimAccount a : configured) {
            if (accounts.put(a.apiKey(), new AccountState(a)) != null) {
                throw new IllegalArgumentException("duplicate account " + a.id());
            }
        }
        this.defaultApiKey = configured.get(0).apiKey();
        Map<String, AccountState> frozen = java.util.Collections.unmodifiableMap(accounts);
        Catalogue catalogue = new Catalogue(b.seed, b.products);
        TokenService tokens = new TokenService(frozen, clock, b.tokenCooldown, b.accessTokenTtl, b.refreshTokenTtl);
        this.state = new SimState(mapper, clock, catalogue, frozen, tokens, new FaultInjector(tokens::revoke),
                new RequestLog(b.requestLogLimit), new OrderStore(clock, catalogue), new WebhookDispatcher(mapper, frozen.values()),
                new Countries(), b.rateLimitHttpStatus, b.strictWebhookUrls, b.ipQps);
        Events events = new Events(state);
        Routes table = new Routes();
        new AccountApi(state).register(table);
        new ProductApi(state, events).register(table);
        OrderApi orderApi = new OrderApi(state, events);
        orderApi.register(table);
        new LogisticApi(state).register(table);
        new DisputeApi(state).register(table);
        new ShopApi(state).register(table);
        new PrivateInventoryApi(state).register(table);
        new MergeOrderApi(state, events).register(table);
        this.routes = table.asMap();
        this.admin = new SimAdmin(state, events, orderApi);
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(4, b.maxThreads, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "cj-sim-http-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), b.port), 100);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + b.port, e);
        }
        server.createContext(ApiServer.PREFIX, new ApiServer(routes, state));
        server.createContext(AdminHttp.PREFIX, new AdminHttp(this, mapper));
        server.setExecutor(executor);
        server.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** "http://127.0.0.1:&lt;port&gt;/api2.0/v1" */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/api2.0/v1";
    }

    /** "http://127.0.0.1:&lt;port&gt;/_sim" (the admin HTTP API). */
    public String adminUrl() {
        return "http://127.0.0.1:" + port() + "/_sim";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String defaultApiKey() {
        return defaultApiKey;
    }

    /** The API keys of all configured accounts. */
    public List<String> apiKeys() {
        return new ArrayList<>(state.accounts.keySet());
    }

    /** The operations served (paths after /api2.0/v1/; product/conn/connection serves GET, POST and DELETE). */
    public Set<String> operations() {
        return routes.keySet();
    }

    public SimClock clock() {
        return state.clock;
    }

    public SimAdmin admin() {
        return admin;
    }

    public SimCatalogue catalogue() {
        return state.catalogue;
    }

    public SimOrders orders() {
        return state.orders;
    }

    public FaultInjector faults() {
        return state.faults;
    }

    public RequestLog requestLog() {
        return state.requestLog;
    }

    public WebhookDispatcher webhooks() {
        return state.webhooks;
    }

    /** Requests per second per account and per client IP (accepted and refused with 1600200). */
    public RateMonitor rates() {
        return state.rates;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        state.webhooks.close();
    }

    public static final class Builder {
        private int port;
        private final List<SimAccount> accounts = new ArrayList<>();
        private int products = 200;
        private long seed = 42L;
        private Duration tokenCooldown = Duration.ofMinutes(5);
        private Duration accessTokenTtl = Duration.ofDays(15);
        private Duration refreshTokenTtl = Duration.ofDays(180);
        private int rateLimitHttpStatus = 200;
        private boolean strictWebhookUrls = true;
        private double ipQps;
        private int maxThreads = 64;
        private int requestLogLimit = 100_000;

        private Builder() {
        }

        /** 0 (default) picks a free port; the server binds 127.0.0.1 only. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** Adds an account; the first one is the default. Without any, one account with DEFAULT_API_KEY exists. */
        public Builder account(SimAccount account) {
            accounts.add(account);
            return this;
        }

        /** Size of the generated catalogue (default 200). */
        public Builder products(int products) {
            if (products < 0 || products > 5_000_000) {
                throw new IllegalArgumentException("products must be within [0, 5000000]");
            }
            this.products = products;
            return this;
        }

        /** Seed of the generated catalogue (default 42): the same seed gives the same products and ids. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Minimum time between two getAccessToken calls of one API key (default 5 minutes). */
        public Builder tokenCooldown(Duration cooldown) {
            this.tokenCooldown = cooldown;
            return this;
        }

        public Builder accessTokenTtl(Duration ttl) {
            this.accessTokenTtl = ttl;
            return this;
        }

        public Builder refreshTokenTtl(Duration ttl) {
            this.refreshTokenTtl = ttl;
            return this;
        }

        /** HTTP status sent with code 1600200 (200, the default, or 429). */
        public Builder rateLimitHttpStatus(int status) {
            if (status != 200 && status != 429) {
                throw new IllegalArgumentException("rateLimitHttpStatus must be 200 or 429");
            }
            this.rateLimitHttpStatus = status;
            return this;
        }

        /**
         * true (the default, as CJ): webhook/set accepts https URLs only and refuses localhost/127.0.0.1
         * (1607002/1607001). false: http and loopback URLs are accepted too, for tests whose webhook receiver
         * listens on http://127.0.0.1. Either way the URL is called and must answer 200 within 3 seconds.
         */
        public Builder strictWebhookUrls(boolean strict) {
            this.strictWebhookUrls = strict;
            return this;
        }

        /**
         * Requests per second allowed per client IP across all accounts (the reference: 10); 0 (default) = no
         * per-IP limit. Every local client shares 127.0.0.1, so this caps all of them together.
         */
        public Builder ipQps(double qps) {
            if (qps < 0 || Double.isNaN(qps)) {
                throw new IllegalArgumentException("ipQps must be >= 0 (0 = no per-IP limit)");
            }
            this.ipQps = qps;
            return this;
        }

        /** Maximum number of request threads (default 64). */
        public Builder maxThreads(int maxThreads) {
            if (maxThreads < 4) {
                throw new IllegalArgumentException("maxThreads must be >= 4");
            }
            this.maxThreads = maxThreads;
            return this;
        }

        /** How many recent requests {@link RequestLog#entries()} keeps (counters stay exact); default 100,000. */
        public Builder requestLogLimit(int entries) {
            if (entries < 1) {
                throw new IllegalArgumentException("requestLogLimit must be >= 1");
            }
            this.requestLogLimit = entries;
            return this;
        }

        public CjSimulator start() {
            return new CjSimulator(this);
        }
    }
}
