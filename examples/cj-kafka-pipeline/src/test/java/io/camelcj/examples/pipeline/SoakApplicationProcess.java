package io.camelcj.examples.pipeline;

/**
 * The application JVM of {@link PipelineSoakTest}: the pipeline's own {@link PipelineApplication#main}, with the
 * logging of {@code log4j2-soak.xml} (cj loggers at TRACE) and its process id printed first, so that the test can
 * measure its heap with {@code jcmd} and kill it with SIGKILL.
 */
public final class SoakApplicationProcess {

    private SoakApplicationProcess() {
    }

    public static void main(String[] args) throws Exception {
        // before the first logger is created (PipelineApplication's static one)
        System.setProperty("log4j2.configurationFile", "log4j2-soak.xml");
        System.out.println("PID " + ProcessHandle.current().pid());
        PipelineApplication.main(args);
    }
}
