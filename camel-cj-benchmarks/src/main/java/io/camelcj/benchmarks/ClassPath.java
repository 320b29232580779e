package io.camelcj.benchmarks;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The class path a child JVM needs to run this module's classes. Under {@code mvn exec:java} the harness runs in
 * Maven's JVM, whose {@code java.class.path} is Maven's own: the module's class path is then the URLs of the class
 * loader that loaded this class.
 */
final class ClassPath {

    private ClassPath() {
    }

    static String ofThisModule() {
        List<String> entries = new ArrayList<>();
        for (ClassLoader cl = ClassPath.class.getClassLoader(); cl != null; cl = cl.getParent()) {
            if (cl instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    entries.add(toPath(url));
                }
            }
        }
        return entries.isEmpty() ? System.getProperty("java.class.path") : String.join(File.pathSeparator, entries);
    }

    private static String toPath(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("not a file URL on the class path: " + url, e);
        }
    }
}
