package jp.banso.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A scratch folder inside the data folder (so that its files can be renamed onto the database in one step) where
 * restores and password changes prepare a complete new database file. Never the only copy of anything: whatever a
 * crash leaves here is removed at the next start.
 */
final class WorkFolder implements AutoCloseable {
    static final String PREFIX = ".banso-work-";
    private static final Logger LOG = Logger.getLogger(WorkFolder.class.getName());

    private final Path path;

    private WorkFolder(Path path) {
        this.path = path;
    }

    static WorkFolder create(Path dataDirectory) throws IOException {
        return new WorkFolder(Files.createTempDirectory(dataDirectory, PREFIX));
    }

    Path path() {
        return path;
    }

    /** The database file's place in this folder (H2 opens it as {@code <folder>/banso}). */
    Path databaseFile() {
        return path.resolve(DatabaseFile.NAME);
    }

    @Override
    public void close() {
        delete(path);
    }

    /** Removes what earlier runs left (call only while holding the folder, i.e. with the store open). */
    static void cleanUp(Path dataDirectory) {
        if (!Files.isDirectory(dataDirectory)) {
            return;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(dataDirectory, PREFIX + "*")) {
            for (Path d : dirs) {
                delete(d);
            }
        } catch (IOException e) {
            LOG.warning("work folders not removed: " + e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warning("not removed: " + p + " " + e);
                }
            });
        } catch (IOException e) {
            LOG.warning("work folder not removed: " + dir + " " + e);
        }
    }
}
