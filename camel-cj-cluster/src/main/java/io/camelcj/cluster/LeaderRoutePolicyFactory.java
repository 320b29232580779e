package io.camelcj.cluster;

import org.apache.camel.CamelContext;
import org.apache.camel.NamedNode;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;

import java.util.List;

/**
 * Gives the routes named in {@code camel.cj.cluster.leader-routes} Camel's {@link ClusteredRoutePolicy}: they start on
 * the node that leads the {@value CjCluster#LEADER_NAMESPACE} namespace and stop when it loses the lead. Other
 * routes (order push, webhooks, Kafka followers) run on every node.
 */
final class LeaderRoutePolicyFactory implements RoutePolicyFactory {

    private final PostgresClusterService service;
    private final List<String> patterns;

    LeaderRoutePolicyFactory(PostgresClusterService service, List<String> patterns) {
        this.service = service;
        this.patterns = List.copyOf(patterns);
    }

    @Override
    public RoutePolicy createRoutePolicy(CamelContext context, String routeId, NamedNode route) {
        if (!matches(routeId)) {
            return null;
        }
        try {
            return ClusteredRoutePolicy.forNamespace(service, CjCluster.LEADER_NAMESPACE);
        } catch (Exception e) {
            throw new IllegalStateException("cannot make route " + routeId + " leader-only", e);
        }
    }

    boolean matches(String routeId) {
        return routeId != null && patterns.stream().anyMatch(p -> p.endsWith("*")
                ? routeId.startsWith(p.substring(0, p.length() - 1)) : routeId.equals(p));
    }
}
