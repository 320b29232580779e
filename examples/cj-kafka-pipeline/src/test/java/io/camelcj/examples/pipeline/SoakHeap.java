package io.camelcj.examples.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap of another JVM after a full GC, measured from outside with the JDK's {@code jcmd}: {@code GC.run}, then
 * {@code GC.heap_info}, whose "used" figures of the two generations (Serial GC: new and tenured) are added up.
 */
final class SoakHeap {

    private static final Pattern USED = Pattern.compile("generation\\s+total \\d+K, used (\\d+)K");

    private SoakHeap() {
    }

    /** Bytes in use after a full GC of process {@code pid}. */
    static long afterGc(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher m = USED.matcher(info);
        long kib = 0;
        boolean found = false;
        while (m.find()) {
            // Serial GC: "def new generation total ..K, used ..K" and "tenured generation ..." (Metaspace is not heap)
            kib += Long.parseLong(m.group(1));
            found = true;
        }
        if (!found) {
            throw new IllegalStateException("no generation 'used NK' figure in jcmd GC.heap_info of " + pid + ":\n" + info);
        }
        return kib * 1024;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process p = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + " failed:\n" + out);
        }
        return out;
    }
}
