package io.camelcj.benchmarks;

import io.camelcj.component.cj.CjAccounts;
import org.apache.camel.CamelContext;

/**
 * The rate the component really sends at for the (single) account of a context: its qps less the safety margin it
 * adds against CJ's server-side window ({@code rateLimitMargin}). Read from the component, so the notes follow any
 * change of its defaults.
 */
final class ComponentPacing {

    private ComponentPacing() {
    }

    /** Only after the context's first cj: call: accounts are set up on first use. */
    static double effectiveQps(CamelContext context) {
        return CjAccounts.of(context).accounts().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no cj: call was made in this context yet"))
                .settings().effectiveQps();
    }

    /** e.g. {@code the component's own spacing (rateLimitMargin) sends at most 90.91/s}. */
    static String describe(CamelContext context) {
        return "the component's own spacing (rateLimitMargin) sends at most " + Format.number(effectiveQps(context), 2)
                + "/s";
    }
}
