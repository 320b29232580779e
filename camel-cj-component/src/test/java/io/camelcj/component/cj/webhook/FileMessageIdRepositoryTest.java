package io.camelcj.component.cj.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMessageIdRepositoryTest {

    @TempDir
    Path dir;

    private FileMessageIdRepository started(int capacity) {
        FileMessageIdRepository store = new FileMessageIdRepository(dir.resolve("sub/ids.dat"), capacity);
        store.start();
        return store;
    }

    @Test
    void idsAndRemovalsSurviveARestart() {
        FileMessageIdRepository store = started(100);
        assertThat(store.add("a")).isTrue();
        assertThat(store.add("a")).isFalse();
        assertThat(store.add("b")).isTrue();
        assertThat(store.remove("b")).isTrue();
        store.stop();

        FileMessageIdRepository again = started(100);
        assertThat(again.contains("a")).isTrue();
        assertThat(again.contains("b")).isFalse();
        again.stop();
    }

    @Test
    void aLineCutOffByAKillIsSkipped() throws Exception {
        FileMessageIdRepository store = started(100);
        store.add("whole");
        store.stop();
        Files.writeString(dir.resolve("sub/ids.dat"), "half-written-no-newline", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("sub/ids.dat"), "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        FileMessageIdRepository again = started(100);
        assertThat(again.contains("whole")).isTrue();
        assertThat(again.contains("alf-written-no-newline")).isFalse();
        assertThat(again.add("next")).isTrue();
        again.stop();
    }

    @Test
    void keepsTheMostRecentCapacityIdsAndTheFileBounded() throws Exception {
        FileMessageIdRepository store = started(1000);
        for (int i = 0; i < 10_000; i++) {
            store.add("id-" + i);
        }
        assertThat(store.contains("id-9999")).isTrue();
        assertThat(store.contains("id-9000")).isTrue();
        assertThat(store.contains("id-8999")).isFalse();
        long lines = Files.readAllLines(dir.resolve("sub/ids.dat")).size();
        assertThat(lines).isLessThanOrEqualTo(2001);
        store.stop();
        FileMessageIdRepository again = started(1000);
        assertThat(again.contains("id-9000")).isTrue();
        assertThat(again.contains("id-8999")).isFalse();
        again.stop();
    }

    @Test
    void anIdWithALineBreakIsRefused() {
        FileMessageIdRepository store = started(10);
        assertThatThrownBy(() -> store.add("a\n+b")).hasMessageContaining("line break");
        store.stop();
    }
}
