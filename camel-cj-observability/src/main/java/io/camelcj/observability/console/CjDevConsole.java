package io.camelcj.observability.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camelcj.component.cj.CjAccounts;
import io.camelcj.component.cj.auth.TokenState;
import io.camelcj.component.cj.client.CjAccount;
import io.camelcj.component.cj.throttle.LimiterStats;
import io.camelcj.routes.catalogue.CatalogueSync;
import io.camelcj.routes.catalogue.CatalogueSyncRouteBuilder;
import io.camelcj.routes.catalogue.CatalogueSyncStats;
import io.camelcj.routes.catalogue.RunCounters;
import io.camelcj.routes.catalogue.RunSummary;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code cj} dev console: per account its token state and expiries (never a token), rate, queue, points and
 * block; the catalogue sync's run in progress and last run. Found by Camel's dev-console resolver by its id
 * ({@code META-INF/services/org/apache/camel/dev-console/cj}).
 */
@DevConsole(name = "cj", displayName = "CJ Dropshipping", description = "CJ accounts and the catalogue sync")
public class CjDevConsole extends AbstractDevConsole {

    public CjDevConsole() {
        super("camel", "cj", "CJ Dropshipping", "CJ accounts and the catalogue sync");
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        List<Object> accounts = new ArrayList<>();
        for (CjAccount account : CjAccounts.of(getCamelContext()).accounts()) {
            accounts.add(account(account));
        }
        root.put("accounts", accounts);
        CatalogueSync sync = getCamelContext().getRegistry()
                .lookupByNameAndType(CatalogueSyncRouteBuilder.SYNC_BEAN, CatalogueSync.class);
        if (sync != null) {
            root.put("sync", sync(sync.stats()));
        }
        return root;
    }

    private static JsonObject account(CjAccount account) {
        JsonObject a = new JsonObject();
        a.put("id", account.accountId());
        a.put("baseUrl", account.settings().http().baseUrl());
        TokenState tokens = account.tokens().state();
        JsonObject t = new JsonObject();
        t.put("status", tokens.status().name());
        putTime(t, "accessTokenExpiry", tokens.accessTokenExpiry());
        putTime(t, "refreshTokenExpiry", tokens.refreshTokenExpiry());
        putTime(t, "lastRenewalAt", tokens.lastRenewalAt());
        putTime(t, "nextAccessTokenRequestAt", tokens.nextAccessTokenRequestAt());
        if (tokens.lastErrorCategory() != null) {
            t.put("lastErrorCategory", tokens.lastErrorCategory().name());
        }
        t.put("refreshes", account.tokens().refreshCount());
        t.put("obtained", account.tokens().obtainCount());
        a.put("token", t);
        LimiterStats stats = account.limiter().stats();
        a.put("rate", stats.permitsPerSecond());
        a.put("queue", stats.queueLength());
        a.put("permitsGranted", stats.permitsGranted());
        a.put("averageWaitMs", stats.averageWait().toMillis());
        a.put("rateLimited", stats.backOffs());
        if (account.status().pointsRemaining() != null) {
            a.put("pointsRemaining", account.status().pointsRemaining());
        }
        account.limiter().blockedUntil().ifPresent(until -> a.put("blockedUntil", until.toString()));
        return a;
    }

    private static JsonObject sync(CatalogueSyncStats stats) {
        JsonObject s = new JsonObject();
        s.put("running", stats.isRunning());
        s.put("productsInState", stats.getProductsInState());
        s.put("calls", stats.getCjCalls());
        RunCounters current = stats.currentRun();
        if (current != null) {
            JsonObject c = new JsonObject();
            c.put("runId", current.runId());
            c.put("mode", current.mode().name());
            c.put("startedAt", current.startedAt().toString());
            c.put("pagesDone", current.pagesDone());
            c.put("pagesKnown", current.pagesKnown());
            c.put("productsSeen", current.productsSeen());
            s.put("current", c);
        }
        RunSummary last = stats.lastRun();
        if (last != null) {
            JsonObject l = new JsonObject();
            l.put("runId", last.counters().runId());
            l.put("status", last.status().name());
            l.put("mode", last.counters().mode().name());
            l.put("finishedAt", last.finishedAt().toString());
            l.put("durationMs", last.duration().toMillis());
            l.put("productsSeen", last.counters().productsSeen());
            l.put("calls", last.callsTotal());
            s.put("lastRun", l);
        }
        return s;
    }

    private static void putTime(JsonObject target, String key, Instant value) {
        if (value != null) {
            target.put(key, value.toString());
        }
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder sb = new StringBuilder();
        Map<String, Object> json = doCallJson(options);
        for (Object o : (List<?>) json.get("accounts")) {
            JsonObject a = (JsonObject) o;
            JsonObject t = (JsonObject) a.get("token");
            sb.append("Account: ").append(a.get("id")).append(" (").append(a.get("baseUrl")).append(")\n");
            sb.append("    Token: ").append(t.get("status"));
            appendIfPresent(sb, ", access token expires ", t.get("accessTokenExpiry"));
            appendIfPresent(sb, ", refresh token expires ", t.get("refreshTokenExpiry"));
            sb.append("\n    Rate: ").append(a.get("rate")).append("/s, queue ").append(a.get("queue"))
                    .append(", average wait ").append(a.get("averageWaitMs")).append(" ms, 1600200 answers ")
                    .append(a.get("rateLimited"));
            appendIfPresent(sb, "\n    Points remaining: ", a.get("pointsRemaining"));
            appendIfPresent(sb, "\n    Blocked until: ", a.get("blockedUntil"));
            sb.append('\n');
        }
        JsonObject sync = (JsonObject) json.get("sync");
        if (sync != null) {
            sb.append("Catalogue sync: ").append(Boolean.TRUE.equals(sync.get("running")) ? "running" : "idle")
                    .append(", ").append(sync.get("productsInState")).append(" products in state, ")
                    .append(sync.get("calls")).append(" CJ calls\n");
            JsonObject current = (JsonObject) sync.get("current");
            if (current != null) {
                sb.append("    Current run ").append(current.get("runId")).append(": ").append(current.get("pagesDone"))
                        .append('/').append(current.get("pagesKnown")).append(" pages, ")
                        .append(current.get("productsSeen")).append(" products\n");
            }
            JsonObject last = (JsonObject) sync.get("lastRun");
            if (last != null) {
                sb.append("    Last run ").append(last.get("runId")).append(": ").append(last.get("status"))
                        .append(" at ").append(last.get("finishedAt")).append(" in ").append(last.get("durationMs"))
                        .append(" ms, ").append(last.get("productsSeen")).append(" products, ")
                        .append(last.get("calls")).append(" calls\n");
            }
        }
        return sb.toString();
    }

    private static void appendIfPresent(StringBuilder sb, String label, Object value) {
        if (value != null) {
            sb.append(label).append(value);
        }
    }
}
