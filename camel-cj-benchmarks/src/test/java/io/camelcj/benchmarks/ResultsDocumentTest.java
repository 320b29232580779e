package io.camelcj.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsDocumentTest {

    @TempDir
    Path dir;

    private static String results(String measured) {
        MachineInfo machine = new MachineInfo(2, 8L << 30, "17", "Linux", Instant.parse("2026-11-23T07:00:00Z"), 1.5);
        return ResultsDocument.render(BenchmarkMode.quick(), machine, 2.5, 1_000_000_000L,
                List.of(ResultRow.compare("1. X", "latency | ms", Double.parseDouble(measured), 2.0, 1, "n")));
    }

    @Test
    void replacesOnlyTheResultsBetweenTheMarkers() throws Exception {
        Path file = dir.resolve("benchmarks.md");
        Files.writeString(file, "# Intro\nhand-written\n\n" + ResultsDocument.BEGIN + "\nold table\n"
                + ResultsDocument.END + "\n\n## After\nmore text\n");

        ResultsDocument.write(file, results("3.0"));

        String doc = Files.readString(file);
        assertThat(doc).startsWith("# Intro\nhand-written\n\n" + ResultsDocument.BEGIN + "\n")
                .endsWith(ResultsDocument.END + "\n\n## After\nmore text\n")
                .doesNotContain("old table")
                .contains("QUICK mode", "| 3.0 | 2.0 | 1.50 |", "latency \\| ms", "CPU cores: 2");
    }

    @Test
    void aSecondRunReplacesTheFirstOne() throws Exception {
        Path file = dir.resolve("benchmarks.md");
        ResultsDocument.write(file, results("3.0"));
        ResultsDocument.write(file, results("5.0"));

        String doc = Files.readString(file);
        assertThat(doc).contains("| 5.0 |").doesNotContain("| 3.0 |");
        assertThat(doc.indexOf(ResultsDocument.BEGIN)).isEqualTo(doc.lastIndexOf(ResultsDocument.BEGIN));
    }
}
