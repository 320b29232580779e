package io.camelcj.component.cj.webhook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The default store of processed webhook message ids: the last {@code capacity} ids in memory, every change
 * appended to a file ({@code +id} added, {@code -id} removed) that is read back at start, so the ids survive
 * restarts and a kill -9 (the bytes are in the OS before {@link #add} returns; a power loss may cost the last
 * ones, and CJ then delivers those again). The file is rewritten from memory when it has grown to twice the
 * capacity.
 *
 * <p>Not Camel's {@code FileIdempotentRepository}: that one reads the whole file on every id it does not hold in
 * memory, i.e. for every new message, under one lock; measured here at 13–21 ms per new message with only
 * 2,000 ids in the file, growing with the file.
 */
final class FileMessageIdRepository extends ServiceSupport implements IdempotentRepository {

    private final Path file;
    private final int capacity;
    private final Map<String, Boolean> ids;
    private FileChannel out;
    private int linesSinceCompaction;

    FileMessageIdRepository(Path file, int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.file = file.toAbsolutePath();
        this.capacity = capacity;
        this.ids = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > FileMessageIdRepository.this.capacity;
            }
        };
    }

    @Override
    protected void doStart() throws Exception {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        synchronized (ids) {
            ids.clear();
            linesSinceCompaction = 0;
            if (Files.exists(file)) {
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        linesSinceCompaction++;
                        if (line.startsWith("+")) {
                            ids.put(line.substring(1), Boolean.TRUE);
                        } else if (line.startsWith("-")) {
                            ids.remove(line.substring(1));
                        }
                        // anything else: a line cut off by a kill while it was written, ignored
                    }
                }
            }
            out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        }
    }

    @Override
    protected void doStop() throws Exception {
        synchronized (ids) {
            if (out != null) {
                out.close();
                out = null;
            }
        }
    }

    @Override
    public boolean add(String key) {
        check(key);
        synchronized (ids) {
            if (ids.containsKey(key)) {
                return false;
            }
            // in memory first: a compaction while appending writes the map, which must hold the new id
            ids.put(key, Boolean.TRUE);
            try {
                append('+', key);
            } catch (RuntimeException e) {
                ids.remove(key);
                throw e;
            }
            return true;
        }
    }

    @Override
    public boolean contains(String key) {
        synchronized (ids) {
            return ids.containsKey(key);
        }
    }

    @Override
    public boolean remove(String key) {
        check(key);
        synchronized (ids) {
            if (ids.remove(key) == null) {
                return false;
            }
            append('-', key);
            return true;
        }
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    @Override
    public void clear() {
        synchronized (ids) {
            ids.clear();
            try {
                out.truncate(0);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not clear " + file, e);
            }
            linesSinceCompaction = 0;
        }
    }

    private static void check(String key) {
        if (key.indexOf('\n') >= 0 || key.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("A message id with a line break cannot be stored");
        }
    }

    private void append(char op, String key) {
        if (out == null) {
            throw new IllegalStateException("The message id store " + file + " is not started");
        }
        try {
            // one write per id: a kill leaves at most one partial line, which the next start skips
            ByteBuffer line = ByteBuffer.wrap((op + key + "\n").getBytes(StandardCharsets.UTF_8));
            while (line.hasRemaining()) {
                out.write(line);
            }
            if (++linesSinceCompaction > 2 * capacity) {
                compact();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write to the message id store " + file, e);
        }
    }

    /** Rewrites the file with the ids in memory (written aside, then moved over the old one). */
    private void compact() throws IOException {
        Path fresh = file.resolveSibling(file.getFileName() + ".new");
        StringBuilder text = new StringBuilder();
        ids.keySet().forEach(id -> text.append('+').append(id).append('\n'));
        Files.writeString(fresh, text, StandardCharsets.UTF_8);
        out.close();
        Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        linesSinceCompaction = ids.size();
    }

    @Override
    public String toString() {
        return "FileMessageIdRepository[" + file + ", capacity " + capacity + "]";
    }
}
