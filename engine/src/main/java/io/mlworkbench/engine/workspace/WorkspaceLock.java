package io.mlworkbench.engine.workspace;

import io.mlworkbench.engine.WorkbenchException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * An operating-system lock on a workspace folder, held while one process has the workspace open.
 *
 * <p>The lock file records who holds it ({@code pid 123 on host since ...}) so that a second process can say
 * who is using the workspace. The operating system releases the lock when the holder dies, even by
 * {@code kill -9}, so a stale file never locks anyone out.
 */
final class WorkspaceLock implements AutoCloseable {

    static final String FILE_NAME = "workspace.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static WorkspaceLock acquire(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new WorkbenchException("Cannot create the lock file " + file + ": " + e.getMessage(), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel, e);
            throw new WorkbenchException("Cannot lock the workspace " + directory + ": " + e.getMessage(), e);
        }
        if (lock == null) {
            String holder = readHolder(file);
            closeQuietly(channel, null);
            throw new WorkspaceInUseException(directory, holder);
        }
        try {
            byte[] owner = describeThisProcess().getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(owner), 0);
            channel.force(true);
        } catch (IOException e) {
            closeQuietly(channel, e);
            throw new WorkbenchException("Cannot write the lock file " + file + ": " + e.getMessage(), e);
        }
        return new WorkspaceLock(channel, lock);
    }

    static String describeThisProcess() {
        return "pid " + ProcessHandle.current().pid() + " on " + hostName() + " since " + Instant.now();
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "unknown host";
        }
    }

    private static String readHolder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).trim();
            return text.isEmpty() ? "another process" : text;
        } catch (IOException e) {
            return "another process";
        }
    }

    private static void closeQuietly(FileChannel channel, Exception primary) {
        try {
            channel.close();
        } catch (IOException e) {
            if (primary != null) {
                primary.addSuppressed(e);
            }
        }
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new WorkbenchException("Cannot release the workspace lock: " + e.getMessage(), e);
        }
    }
}
