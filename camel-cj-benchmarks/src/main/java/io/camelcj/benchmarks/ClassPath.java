package io.camelcj.benchmarks;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The class path of this module, and a private copy of it. Under {@code mvn exec:java} the harness starts in Maven's
 * JVM, whose {@code java.class.path} is Maven's own: the module's class path is then the URLs of the class loader
 * that loaded this class. The copy protects a long run from the module jars being rebuilt underneath it by another
 * build in the same tree (a class loaded late then fails with NoClassDefFoundError).
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

    /** Copies every entry of {@link #ofThisModule()} into {@code dir}; returns the class path of the copies. */
    static String snapshot(Path dir) throws IOException {
        List<String> copies = new ArrayList<>();
        int i = 0;
        for (String entry : ofThisModule().split(File.pathSeparator)) {
            Path source = Path.of(entry);
            if (!Files.exists(source)) {
                continue;
            }
            Path target = dir.resolve((i++) + "-" + source.getFileName());
            if (Files.isDirectory(source)) {
                copyTree(source, target);
            } else {
                Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
            copies.add(target.toString());
        }
        return String.join(File.pathSeparator, copies);
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path p : paths.toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    private static String toPath(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("not a file URL on the class path: " + url, e);
        }
    }
}
