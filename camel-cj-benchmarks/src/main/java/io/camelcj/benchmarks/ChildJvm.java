package io.camelcj.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of a JVM the harness starts: the same Java, the harness's log configuration. */
final class ChildJvm {

    private ChildJvm() {
    }

    static List<String> command(String maxHeap, String classPath, Class<?> mainClass, List<String> systemProperties,
                                List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + maxHeap);
        // the Kafka jars ship a log4j2.yaml that would otherwise win over a log4j2.xml
        cmd.add("-Dlog4j2.configurationFile=log4j2-benchmarks.xml");
        systemProperties.forEach(p -> cmd.add("-D" + p));
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(mainClass.getName());
        cmd.addAll(args);
        return cmd;
    }
}
