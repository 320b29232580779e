package io.camelcj.cluster;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;

/**
 * Cluster mode for Camel Main: {@code camel.main.configuration-classes=io.camelcj.cluster.CjClusterConfiguration}.
 * Without {@code camel.cj.cluster.jdbc-url} / {@code .data-source} it does nothing.
 */
public class CjClusterConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext camelContext) throws Exception {
        CjCluster.install(camelContext);
    }
}
