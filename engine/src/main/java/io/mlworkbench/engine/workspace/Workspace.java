package io.mlworkbench.engine.workspace;

import io.mlworkbench.engine.BuildInfo;
import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.store.RegistryDatabase;
import io.mlworkbench.engine.store.RegistryStatisticsRepository;
import io.mlworkbench.engine.store.WorkspaceMetaRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An open workspace: a folder holding one H2 registry database, locked against other processes.
 *
 * <p>{@link #open(Path, Clock)} creates the folder and the database when they do not exist, migrates an
 * older registry, refuses a registry written by a newer build, and refuses a workspace another process has
 * open. Closing releases the database and the lock.
 */
public final class Workspace implements AutoCloseable {

    /** The registry database's file name inside the workspace folder, without H2's {@code .mv.db}. */
    public static final String DATABASE_NAME = "registry";

    private final Path directory;
    private final WorkspaceLock lock;
    private final RegistryDatabase database;
    private final Clock clock;

    private Workspace(Path directory, WorkspaceLock lock, RegistryDatabase database, Clock clock) {
        this.directory = directory;
        this.lock = lock;
        this.database = database;
        this.clock = clock;
    }

    /**
     * Opens (creating if needed) the workspace in a folder.
     *
     * @param directory the workspace folder
     * @param clock the clock for timestamps
     * @return the open workspace; close it when done
     */
    public static Workspace open(Path directory, Clock clock) {
        Path dir = directory.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new WorkbenchException("Workspace path " + dir + " is a file, expected a folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new WorkbenchException("Cannot create workspace folder " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw new WorkbenchException("Workspace folder " + dir + " is not writable");
        }
        WorkspaceLock lock = WorkspaceLock.acquire(dir);
        RegistryDatabase database;
        try {
            database = RegistryDatabase.openH2File(dir.resolve(DATABASE_NAME));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        Workspace workspace = new Workspace(dir, lock, database, clock);
        try {
            workspace.recordIdentity();
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
        return workspace;
    }

    /**
     * Opens the workspace with the system clock.
     *
     * @param directory the workspace folder
     * @return the open workspace
     */
    public static Workspace open(Path directory) {
        return open(directory, Clock.systemUTC());
    }

    private void recordIdentity() {
        WorkspaceMetaRepository meta = new WorkspaceMetaRepository(database.jdbi());
        meta.putIfAbsent(WorkspaceMetaRepository.WORKSPACE_ID, UUID.randomUUID().toString());
        meta.putIfAbsent(WorkspaceMetaRepository.CREATED_AT, clock.instant().toString());
        meta.putIfAbsent(WorkspaceMetaRepository.CREATED_BY_VERSION, BuildInfo.version());
        meta.put(WorkspaceMetaRepository.LAST_OPENED_BY_VERSION, BuildInfo.version());
    }

    /** @return the workspace folder */
    public Path directory() {
        return directory;
    }

    /** @return the registry database */
    public RegistryDatabase database() {
        return database;
    }

    /** @return the clock used for timestamps */
    public Clock clock() {
        return clock;
    }

    /** @return an overview of the workspace and what it holds */
    public WorkspaceInfo info() {
        WorkspaceMetaRepository meta = new WorkspaceMetaRepository(database.jdbi());
        return new WorkspaceInfo(directory, database.url(), database.schemaVersion(),
                meta.find(WorkspaceMetaRepository.WORKSPACE_ID).orElse("?"),
                meta.find(WorkspaceMetaRepository.CREATED_AT).map(Instant::parse).orElse(Instant.EPOCH),
                meta.find(WorkspaceMetaRepository.CREATED_BY_VERSION).orElse("?"),
                BuildInfo.version(), databaseBytes(),
                new RegistryStatisticsRepository(database.jdbi()).counts());
    }

    private long databaseBytes() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().startsWith(DATABASE_NAME + "."))
                    .mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException e) {
                            return 0L;
                        }
                    }).sum();
        } catch (IOException e) {
            throw new WorkbenchException("Cannot list workspace folder " + directory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            lock.close();
        }
    }
}
