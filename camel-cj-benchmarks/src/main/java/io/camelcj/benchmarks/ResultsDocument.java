package io.camelcj.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders the results as a Markdown table and puts them into {@code src/docs/benchmarks.md}, between the markers
 * below; the hand-written rest of the file is left as it is (a missing file or missing markers: appended).
 */
final class ResultsDocument {

    static final String BEGIN = "<!-- benchmark-results:begin -->";
    static final String END = "<!-- benchmark-results:end -->";

    private ResultsDocument() {
    }

    static String render(BenchmarkMode mode, MachineInfo machine, double loadAtEnd, long totalNanos,
                         List<ResultRow> rows) {
        StringBuilder sb = new StringBuilder();
        if (mode.isQuick()) {
            sb.append("### Latest run: QUICK mode (smoke sizes, not the full benchmark)\n\n");
        } else {
            sb.append("### Latest run: full mode\n\n");
        }
        sb.append(machine.describe(loadAtEnd));
        sb.append("- Harness: plain Java (warm-up, then measured calls), not JMH; total time ")
                .append(Format.seconds(totalNanos)).append("\n\n");
        sb.append("| Benchmark | Figure | camel-cj | Baseline | Ratio | Notes |\n");
        sb.append("|---|---|---:|---:|---:|---|\n");
        for (ResultRow r : rows) {
            sb.append("| ").append(cell(r.benchmark())).append(" | ").append(cell(r.figure())).append(" | ")
                    .append(cell(r.measured())).append(" | ").append(cell(r.baseline())).append(" | ")
                    .append(cell(r.ratio())).append(" | ").append(cell(r.notes())).append(" |\n");
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    static void write(Path file, String results) throws IOException {
        String block = BEGIN + "\n" + results + END;
        String doc;
        if (Files.exists(file)) {
            String old = Files.readString(file);
            int b = old.indexOf(BEGIN);
            int e = old.indexOf(END);
            doc = b >= 0 && e > b ? old.substring(0, b) + block + old.substring(e + END.length())
                    : old + "\n" + block + "\n";
        } else {
            doc = "# Benchmarks\n\n" + block + "\n";
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, doc);
    }
}
