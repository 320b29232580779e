package io.camelcj.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The machine a run measured: the figures only mean something next to it. */
public record MachineInfo(int cores, long memoryBytes, String java, String os, Instant startedAt,
                          double loadAverageAtStart) {

    public static MachineInfo current() {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        String java = System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ", "
                + System.getProperty("java.vendor") + ")";
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), memory, java, os, Instant.now(),
                loadAverage());
    }

    /** One-minute load average (-1 where the OS does not report it): other work on a shared machine shows here. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    public String describe(double loadAverageAtEnd) {
        return "- Date: " + DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneOffset.UTC).format(startedAt)
                .replaceFirst("\\.\\d+$", "") + " UTC\n"
                + "- CPU cores: " + cores + "\n"
                + "- Memory: " + (memoryBytes < 0 ? "unknown" : Format.number(memoryBytes / 1024.0 / 1024 / 1024, 1)
                + " GiB") + "\n"
                + "- Java: " + java + "\n"
                + "- OS: " + os + "\n"
                + "- Load average (1 min) at start / end: " + Format.number(loadAverageAtStart, 2) + " / "
                + Format.number(loadAverageAtEnd, 2) + "\n";
    }
}
