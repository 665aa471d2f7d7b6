package jp.banso.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jp.banso.store.Backups;
import jp.banso.store.DataDirectory;
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

    private EarlyStore() {
    }

    static void begin(AppOptions options) {
        Path dir = DataDirectory.resolve(options.dataDir());
        if (!opensEarly(dir)) {
            return;
        }
        opening = CompletableFuture.supplyAsync(() -> {
            Store store = Store.open(dir);
            store.cases().summaries();
            return store;
        });
    }

    static boolean opensEarly(Path dir) {
        DatabaseFile.State state = DatabaseFile.state(dir);
        return state == DatabaseFile.State.PLAIN || (state == DatabaseFile.State.MISSING && !Backups.exist(dir));
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
