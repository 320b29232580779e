package io.camelcj.component.cj;

import io.camelcj.component.cj.api.ApiOperation;
import io.camelcj.component.cj.api.CustomOperation;
import io.camelcj.component.cj.api.OperationResolver;
import org.apache.camel.Endpoint;
import org.apache.camel.PropertyBindingException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/** The cj: component: calls the CJ Dropshipping API 2.0. */
@Component("cj")
public class CjComponent extends HealthCheckComponent {

    @Metadata(description = "Default options for every cj: endpoint of this component")
    private CjConfiguration configuration = new CjConfiguration();

    @Metadata(label = "advanced", defaultValue = "10", description = "Requests per second allowed from this"
            + " process's IP address across all its CJ accounts (the reference: no more than 10 requests/second per"
            + " IP). When several accounts call the same CJ host, each of their requests also takes a permit of this"
            + " limit, first come first served across accounts. 0 turns it off.")
    private double ipQps = 10;

    private final Map<String, CjConsumerFactory> consumerFactories = new ConcurrentHashMap<>();

    public CjComponent() {
        ServiceLoader.load(CjConsumerFactory.class, CjComponent.class.getClassLoader())
                .forEach(this::addConsumerFactory);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        CjConsumerFactory factory = consumerFactories.get(remaining);
        CjEndpoint endpoint = factory != null
                ? new CjEndpoint(uri, this, configuration.copy(), remaining, null, factory)
                // unknown operations fail here, when the route is built, naming the closest valid ones
                : new CjEndpoint(uri, this, configuration.copy(), remaining, operation(remaining), null);
        String where = "cj:" + remaining;
        CjOptionChecks.checkWrittenNumbers(where, parameters);
        try {
            setProperties(endpoint, parameters);
        } catch (PropertyBindingException e) {
            throw CjOptionChecks.unconvertible(where, e);
        }
        CjOptionChecks.refuseUnboundOptions(where, parameters);
        CjOptionChecks.checkValues(where, endpoint.getConfiguration());
        if (factory == null) { // a consumer factory (cj:webhook) takes the rest as its own options
            CjOptionChecks.refuseSecretLookingParameters(where, endpoint.getResolvedOperation(), parameters);
        }
        // lenient: whatever is not an endpoint option is a parameter of the CJ operation
        endpoint.setOperationParameters(new LinkedHashMap<>(parameters));
        parameters.clear();
        return endpoint;
    }

    /** A catalogue row, or for {@code METHOD:path} an operation the catalogue does not list yet. */
    private static ApiOperation operation(String remaining) {
        if (!CustomOperation.isCustomForm(remaining)) {
            return OperationResolver.resolve(remaining);
        }
        CustomOperation custom = CustomOperation.parse(remaining);
        // a method and path the catalogue knows get its row (validation, retry safety...)
        return OperationResolver.byMethodAndPath(custom.method(), custom.path()).<ApiOperation>map(row -> row)
                .orElse(custom);
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        CjOptionChecks.checkValues("cj component", configuration); // camel.component.cj.* values fail the start
    }

    /** Registers a consumer for a non-catalogue path (see {@link CjConsumerFactory}). */
    public void addConsumerFactory(CjConsumerFactory factory) {
        consumerFactories.put(factory.name(), factory);
    }

    public double getIpQps() {
        return ipQps;
    }

    public void setIpQps(double ipQps) {
        if (ipQps < 0 || Double.isNaN(ipQps) || Double.isInfinite(ipQps)) {
            throw new IllegalArgumentException("option ipQps must be 0 (off) or a positive number of requests per"
                    + " second, was " + ipQps);
        }
        this.ipQps = ipQps;
    }

    public CjConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CjConfiguration configuration) {
        this.configuration = configuration;
    }
}
