package io.camelcj.springboot;

import io.camelcj.component.cj.CjComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/**
 * Applies the {@code camel.component.cj.*} properties to every cj component of the context (the one Camel creates
 * for {@code cj:} URIs, or a {@link CjComponent} bean): only options that were set are copied, through Camel's own
 * property binding, so {@code #name} references find beans such as a token store.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@EnableConfigurationProperties(CjComponentConfiguration.class)
@ConditionalOnProperty(prefix = "camel.component.cj", name = "enabled", matchIfMissing = true)
public class CjComponentAutoConfiguration {

    @Lazy
    @Bean
    public ComponentCustomizer cjComponentCustomizer(CamelContext camelContext, CjComponentConfiguration configuration) {
        return ComponentCustomizer.builder(CjComponent.class)
                .build(component -> CamelPropertiesHelper.copyProperties(camelContext, configuration, component));
    }
}
