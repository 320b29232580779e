package io.camelcj.benchmarks;

import io.camelcj.component.cj.CjAccounts;
import io.camelcj.component.cj.throttle.LimiterStats;
import org.apache.camel.CamelContext;

/**
 * How the component paced the (single) account of a context: the rate it paced at when asked (adaptive: a 2% safety
 * share below the allowed rate, lower after a 1600200) and how often it slowed down. Read from the component's
 * {@link LimiterStats}, so the notes follow any change of its pacing.
 */
final class ComponentPacing {

    private ComponentPacing() {
    }

    /** Only after the context's first cj: call: accounts are set up on first use. */
    static LimiterStats stats(CamelContext context) {
        return CjAccounts.of(context).accounts().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no cj: call was made in this context yet"))
                .limiter().stats();
    }

    /** e.g. {@code the component paced at 5.880/s (0.980 of the allowed 6/s), 0 rate cuts}. */
    static String describe(CamelContext context) {
        LimiterStats s = stats(context);
        return "the component paced at " + Format.number(s.permitsPerSecond(), 3) + "/s ("
                + Format.number(s.rateShare(), 3) + " of the allowed " + Format.number(s.allowedRate(), 0) + "/s), "
                + s.rateCuts() + " rate cuts";
    }
}
