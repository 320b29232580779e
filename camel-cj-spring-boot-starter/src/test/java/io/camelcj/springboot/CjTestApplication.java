package io.camelcj.springboot;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest Spring Boot application: everything else comes from the starter and the properties. */
@SpringBootApplication
public class CjTestApplication {
}
