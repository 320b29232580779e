package io.camelcj.examples.yaml;

import io.camelcj.simulator.CjSimulator;
import org.apache.camel.main.Main;

/**
 * Runs the YAML route in {@code camel/list-products.camel.yaml}. Without {@code CJ_API_KEY} it starts the local CJ
 * simulator and points the {@code cj:} component at it; with it, the route talks to CJ.
 */
public final class MinimalYamlApplication {

    private MinimalYamlApplication() {
    }

    public static void main(String[] args) throws Exception {
        String apiKey = System.getenv("CJ_API_KEY");
        CjSimulator simulator = null;
        Main main = new Main();
        if (apiKey == null || apiKey.isBlank()) {
            simulator = CjSimulator.builder().products(200).seed(7L).start();
            main.addOverrideProperty("camel.component.cj.api-key", simulator.defaultApiKey());
            main.addOverrideProperty("camel.component.cj.base-url", simulator.baseUrl());
            System.out.println("No CJ_API_KEY set: using the local CJ simulator at " + simulator.baseUrl());
        }
        try {
            main.run(args);
        } finally {
            if (simulator != null) {
                simulator.close();
            }
        }
    }
}
