package jp.banso.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jp.banso.store.Backups;
import jp.banso.store.DataDirectory;
import jp.banso.store.Settings;
import jp.banso.store.DatabaseFile;
import jp.banso.store.Store;

/**
 * Opens the store on a background thread while JavaFX starts its toolkit, so the two costs overlap instead of
 * adding up. The first case-list query runs there too, which loads the mapping classes before the window needs them.
 * Not for a folder that needs a question first: an encrypted one (the password), or one whose database file is
 * missing while backups exist (restore or start empty) — {@link StoreOpening} asks.
 */
final class EarlyStore {
    private static volatile CompletableFuture<DataDirectory.Location> location;
    private static volatile CompletableFuture<Store> opening;
    private static volatile Settings settings;

    private EarlyStore() {
    }

    /**
     * Starts it all off the main thread, which goes straight on to start JavaFX: finding the data folder reads the
     * default folder's settings.json (Jackson's first use, ~0.1 s of class loading) when no --data-dir is given.
     */
    static void begin(AppOptions options) {
        location = CompletableFuture.supplyAsync(() -> {
            DataDirectory.Location located = DataDirectory.locate(options.dataDir());
            Path dir = located.folder();
            if (dir == null) {
                return located; // nothing to open: the app says why
            }
            if (located.usable() && opensEarly(dir)) { // else a settings problem or a question: the user decides first
                opening = CompletableFuture.supplyAsync(() -> {
                    Store store = Store.open(dir);
                    store.cases().summaries();
                    return store;
                }, EarlyStore::daemon);
            }
            // the window's placement, read before the window is shown
            settings = Settings.load(dir);
            return located;
        }, EarlyStore::daemon);
    }

    /** Own threads: the common pool has a single thread on a two-core laptop, which would queue the two jobs. */
    private static void daemon(Runnable job) {
        Thread t = new Thread(job, "banso-early-start");
        t.setDaemon(true);
        t.start();
    }

    static boolean opensEarly(Path dir) {
        DatabaseFile.State state = DatabaseFile.state(dir);
        return state == DatabaseFile.State.PLAIN || (state == DatabaseFile.State.MISSING && !Backups.exist(dir));
    }

    /** The data folder found by {@link #begin}, or found now (the app was started another way). */
    static DataDirectory.Location location(String dataDir) {
        CompletableFuture<DataDirectory.Location> f = location;
        location = null;
        return f != null ? f.join() : DataDirectory.locate(dataDir);
    }

    /** The settings read by {@link #begin}, or read now. */
    static Settings settings(Path dir) {
        Settings s = settings;
        settings = null;
        return s != null ? s : Settings.load(dir);
    }

    /** The opening begun by {@link #begin}, still in progress or done; null when none was begun. */
    static CompletableFuture<Store> pending() {
        return opening;
    }

    /** The store begun by {@link #begin}; null when none was begun (the app was started another way, or the folder needs a question). */
    static Store take() {
        CompletableFuture<Store> f = opening;
        opening = null;
        if (f == null) {
            return null;
        }
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
