package io.camelcj.component.cj.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises the token renewals of one account across threads and processes of one host with a lock file,
 * waiting at most {@code timeout} for it: a renewal hung in another process fails this one with a clear
 * error instead of blocking it for ever.
 */
final class RenewalFileLock {

    /** FileLock belongs to the process: threads (and store instances) of this JVM take this lock first. */
    private static final ConcurrentMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 20;

    private final Duration timeout;
    private final boolean posix;

    RenewalFileLock(Duration timeout, boolean posix) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("lockTimeout must not be negative, was " + timeout);
        }
        this.timeout = timeout;
        this.posix = posix;
    }

    <T> T underLock(Path lockFile, Supplier<T> work) {
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockFile, p -> new ReentrantLock());
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!jvmLock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw timedOut(lockFile, "another thread of this JVM");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the renewal lock " + lockFile, e);
        }
        try (FileChannel channel = open(lockFile); FileLock ignored = fileLock(channel, lockFile, deadline)) {
            return work.get();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lockFile, e);
        } finally {
            jvmLock.unlock();
        }
    }

    /** The process-wide lock on the file, polled until {@code deadline} (FileLock has no timed wait). */
    private FileLock fileLock(FileChannel channel, Path lockFile, long deadline) throws IOException {
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw timedOut(lockFile, "another process");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the renewal lock " + lockFile, e);
            }
        }
    }

    private IllegalStateException timedOut(Path lockFile, String holder) {
        return new IllegalStateException("the token renewal lock " + lockFile + " was held by " + holder
                + " for more than " + timeout.toMillis() + " ms; giving up (a hung renewal elsewhere? the lock is"
                + " released when that process ends)");
    }

    private FileChannel open(Path lockFile) throws IOException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        return posix ? FileChannel.open(lockFile, options, PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))) : FileChannel.open(lockFile, options);
    }
}
