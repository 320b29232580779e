package io.camelcj.routes.support;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An append-only file of JSON documents, one per line: the durable half of a small key/value state.
 * <p>
 * {@link #append} buffers, {@link #commit} writes and (optionally) forces to disk. After a crash the last line may be
 * torn: {@link #replay} ignores an unparseable <em>last</em> line and refuses a damaged line anywhere else.
 * {@link #rewrite} replaces the whole file atomically (write a temporary file, force it, rename over), which is how
 * the owner compacts the journal.
 */
public final class JsonLinesJournal implements Closeable {

    private final Path file;
    private final boolean fsync;
    private final StringBuilder pending = new StringBuilder();
    private FileChannel channel;
    private long lines;

    public JsonLinesJournal(Path file, boolean fsync) {
        this.file = file.toAbsolutePath();
        this.fsync = fsync;
    }

    public Path file() {
        return file;
    }

    /** Number of lines in the file (replayed plus appended since the last rewrite). */
    public long lines() {
        return lines;
    }

    /** Feeds every complete document to {@code consumer}, then opens the file for appending. */
    public void replay(Consumer<JsonNode> consumer) {
        lines = 0;
        if (Files.exists(file)) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line = reader.readLine();
                while (line != null) {
                    String next = reader.readLine();
                    if (!line.isBlank()) {
                        JsonNode doc = parse(line, next == null);
                        if (doc != null) {
                            consumer.accept(doc);
                            lines++;
                        }
                    }
                    line = next;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read state journal " + file, e);
            }
        }
        openForAppend();
    }

    public void append(Object document) {
        String json = CanonicalJson.write(document);
        pending.append(json).append('\n');
        lines++;
    }

    /** Makes every appended document durable (written; forced to the device when fsync is on). */
    public void commit() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(pending.toString().getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (fsync) {
                channel.force(false);
            }
            pending.setLength(0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write state journal " + file, e);
        }
    }

    /** Atomically replaces the file's content by {@code documents} (compaction). Uncommitted appends are dropped. */
    public void rewrite(Iterable<?> documents) {
        pending.setLength(0);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        long count = 0;
        try {
            closeChannel();
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                StringBuilder chunk = new StringBuilder();
                for (Object doc : documents) {
                    chunk.append(CanonicalJson.write(doc)).append('\n');
                    count++;
                    if (chunk.length() > 1 << 20) {
                        writeFully(out, chunk);
                    }
                }
                writeFully(out, chunk);
                out.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rewrite state journal " + file, e);
        }
        lines = count;
        openForAppend();
    }

    @Override
    public void close() {
        try {
            commit();
        } finally {
            closeChannel();
        }
    }

    private JsonNode parse(String line, boolean last) {
        try {
            return CanonicalJson.mapper().readTree(line);
        } catch (IOException e) {
            if (last) {
                return null; // torn write of the last line before a crash: that change was never committed
            }
            throw new IllegalStateException("State journal " + file + " is damaged (a line other than the last is"
                    + " not valid JSON); move it away to rebuild the state", e);
        }
    }

    private static void writeFully(FileChannel out, StringBuilder chunk) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(chunk.toString().getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
        chunk.setLength(0);
    }

    private void openForAppend() {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            closeChannel();
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            cutTornTail();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open state journal " + file, e);
        }
    }

    /** Drops an incomplete last line (crash during a write) so that new appends start on a fresh line. */
    private void cutTornTail() throws IOException {
        long size = channel.size();
        long keep = size;
        ByteBuffer one = ByteBuffer.allocate(1);
        while (keep > 0) {
            one.clear();
            channel.read(one, keep - 1);
            if (one.get(0) == '\n') {
                break;
            }
            keep--;
        }
        if (keep < size) {
            channel.truncate(keep);
        }
        channel.position(keep);
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot close state journal " + file, e);
            } finally {
                channel = null;
            }
        }
    }
}
