package jp.banso.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jp.banso.store.DataDirectory;
import jp.banso.store.Store;

/**
 * Opens the store on a background thread while JavaFX starts its toolkit, so the two costs overlap instead of
 * adding up. The first case-list query runs there too, which loads the mapping classes before the window needs them.
 */
final class EarlyStore {
    private static volatile CompletableFuture<Store> opening;

    private EarlyStore() {
    }

    static void begin(AppOptions options) {
        Path dir = DataDirectory.resolve(options.dataDir());
        opening = CompletableFuture.supplyAsync(() -> {
            Store store = Store.open(dir);
            store.cases().summaries();
            return store;
        });
    }

    /** The store begun in main, or (when the app was started another way) one opened now. */
    static Store get(Path dir) {
        CompletableFuture<Store> f = opening;
        opening = null;
        if (f == null) {
            return Store.open(dir);
        }
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
