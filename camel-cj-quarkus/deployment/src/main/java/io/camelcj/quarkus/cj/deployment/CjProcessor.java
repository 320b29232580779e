package io.camelcj.quarkus.cj.deployment;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import io.camelcj.component.cj.CjConsumerFactory;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.IndexDependencyBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveHierarchyBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ServiceProviderBuildItem;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.ClassType;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/**
 * Build steps of the camel-cj extension. Camel Quarkus itself finds the component, its configurers and URI factory
 * (META-INF/services/org/apache/camel/...); this adds what only the component knows: its own ServiceLoader
 * extension point and the classes Jackson binds by reflection, which native mode must know at build time.
 */
class CjProcessor {

    static final String FEATURE = "camel-cj";
    static final String COMPONENT_PACKAGE = "io.camelcj.component.cj";
    /** The typed models of {@code outputClass}: bound by Jackson whether annotated or not. */
    static final String MODEL_PACKAGE = COMPONENT_PACKAGE + ".model";
    private static final String JACKSON_ANNOTATIONS = "com.fasterxml.jackson.";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /** The component jar has no Jandex index of its own. */
    @BuildStep
    IndexDependencyBuildItem indexComponent() {
        return new IndexDependencyBuildItem("io.camelcj", "camel-cj-component");
    }

    /** {@code cj:webhook} and any other {@link CjConsumerFactory} listed in META-INF/services. */
    @BuildStep
    ServiceProviderBuildItem consumerFactories() {
        return ServiceProviderBuildItem.allProvidersFromClassPath(CjConsumerFactory.class.getName());
    }

    /**
     * Every model class and every component class that carries a Jackson annotation (such as the typed webhook
     * message), with the types reachable from their fields and getters (Quarkus walks the hierarchy).
     */
    @BuildStep
    void jacksonBoundClasses(CombinedIndexBuildItem index, BuildProducer<ReflectiveHierarchyBuildItem> hierarchy) {
        for (String className : jacksonBoundClassNames(index.getIndex())) {
            hierarchy.produce(ReflectiveHierarchyBuildItem.builder(ClassType.create(DotName.createSimple(className)))
                    .source(FEATURE).build());
        }
    }

    static Set<String> jacksonBoundClassNames(IndexView index) {
        Set<String> names = new TreeSet<>();
        for (ClassInfo type : index.getKnownClasses()) {
            String name = type.name().toString();
            if (!name.startsWith(COMPONENT_PACKAGE + ".")) {
                continue;
            }
            if (name.startsWith(MODEL_PACKAGE + ".") || hasJacksonAnnotation(type)) {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean hasJacksonAnnotation(ClassInfo type) {
        Predicate<AnnotationInstance> jackson = a -> a.name().toString().startsWith(JACKSON_ANNOTATIONS);
        return type.annotations().stream().anyMatch(jackson);
    }
}
