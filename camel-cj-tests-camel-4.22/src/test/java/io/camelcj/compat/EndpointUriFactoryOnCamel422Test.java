package io.camelcj.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelcj.component.cj.CjEndpoint;
import io.camelcj.component.cj.CjEndpointUriFactory;
import io.camelcj.simulator.CjSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.EndpointUriFactory;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

/**
 * The URI factory generated on Camel 4.14 where Camel 4.22 calls {@code multiValuePrefixes()}, whose return type
 * changed from {@code Set} to {@code Map} in 4.18: building an endpoint URI from a map of parameters, which every
 * YAML route with {@code parameters:} does. Without the 4.22 form of the method this is an AbstractMethodError.
 */
class EndpointUriFactoryOnCamel422Test {

    @Test
    void runsOnTheNewestCamelLine() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            assertThat(context.getVersion()).startsWith("4.22.");
        }
    }

    @Test
    void factoryGivesTheMultiValueOptionsAsCamel422ExpectsThem() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            EndpointUriFactory factory = context.getCamelContextExtension().getEndpointUriFactory("cj");

            assertThat(factory).isInstanceOf(CjEndpointUriFactory.class);
            assertThat(factory.multiValuePrefixes()).containsExactly(Map.entry("schedulerProperties", "scheduler."));
        }
    }

    @Test
    void buildsAUriFromParametersWithSecretsRawAndSchedulerOptionsPrefixed() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            EndpointUriFactory factory = context.getCamelContextExtension().getEndpointUriFactory("cj");
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("operation", "product/listV2");
            parameters.put("apiKey", "CJ123@api@abc+def");
            parameters.put("qps", 2);
            parameters.put("schedulerProperties", Map.of("cron", "0+0/5+*+*+*+?"));

            assertThat(factory.buildUri("cj", parameters, false))
                    .isEqualTo("cj:product/listV2?apiKey=RAW(CJ123@api@abc+def)&qps=2&scheduler.cron=0+0/5+*+*+*+?");
        }
    }

    @Test
    void yamlRouteWithParametersCallsTheSimulator() throws Exception {
        try (CjSimulator sim = CjSimulator.builder().port(0).products(20).seed(7L).start();
             CamelContext context = new DefaultCamelContext()) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("list.camel.yaml", """
                    - route:
                        from:
                          uri: direct:list
                          steps:
                            - to:
                                uri: cj:product/listV2
                                parameters:
                                  apiKey: "%s"
                                  baseUrl: "%s"
                                  size: 5
                    """.formatted(sim.defaultApiKey(), sim.baseUrl())));
            context.start();

            Map<?, ?> page = context.createProducerTemplate().requestBody("direct:list", null, Map.class);

            assertThat(context.getEndpoints()).filteredOn(CjEndpoint.class::isInstance).singleElement()
                    .satisfies(endpoint -> assertThat(endpoint.getEndpointUri())
                            .startsWith("cj://product/listV2?").contains("size=5", "apiKey=RAW("));
            List<?> products = (List<?>) ((Map<?, ?>) ((List<?>) page.get("content")).get(0)).get("productList");
            assertThat(products).hasSize(5);
        }
    }
}
