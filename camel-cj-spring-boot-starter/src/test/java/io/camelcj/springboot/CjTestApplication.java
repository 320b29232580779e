package io.camelcj.springboot;

import io.camelcj.component.cj.auth.CjTokenStore;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The smallest Spring Boot application: everything else comes from the starter and the properties, but for the
 * token store bean that {@code camel.component.cj.token-store=#cjTokenStore} names.
 */
@SpringBootApplication
public class CjTestApplication {

    @Bean
    CjTokenStore cjTokenStore() {
        return CjSpringBootPipelineTest.TOKENS;
    }
}
