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
    private static volatile CompletableFuture<Store> opening;
    private static volatile CompletableFuture<Settings> settings;

    private EarlyStore() {
    }

    static void begin(AppOptions options) {
        DataDirectory.Location location = DataDirectory.locate(options.dataDir());
        Path dir = location.folder();
        if (dir == null) {
            return; // nothing to open: the app says why
        }
        // the window's placement is read first, off the FX thread (Jackson's first use costs ~0.1 s of class loading)
        settings = CompletableFuture.supplyAsync(() -> Settings.load(dir), EarlyStore::daemon);
        if (!location.usable() || !opensEarly(dir)) { // a settings problem: the user decides first
            return;
        }
        opening = CompletableFuture.supplyAsync(() -> {
            Store store = Store.open(dir);
            store.cases().summaries();
            return store;
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

    /** The settings read in main, or read now. */
    static Settings settings(Path dir) {
        CompletableFuture<Settings> f = settings;
        settings = null;
        return f != null ? f.join() : Settings.load(dir);
    }

    /** The opening begun in main, still in progress or done; null when none was begun. */
    static CompletableFuture<Store> pending() {
        return opening;
    }

    /** The store begun in main; null when none was begun (the app was started another way, or the folder needs a question). */
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
