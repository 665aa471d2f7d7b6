package jp.banso.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.banso.store.Store;

/** A case file the import must refuse, tried as the dialog and the command line run it. */
final class RefusedImport {
    private RefusedImport() {
    }

    /**
     * Reads, plans and applies the file; asserts it is refused with a {@link BundleException} and that the store is as
     * {@code before} (a {@link DbDump#all} taken earlier). Returns the message, also printed for reading the messages.
     */
    static String message(Store store, Path file, Map<String, List<String>> before) {
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(() -> {
            try {
                BundleImport.apply(store, BundleImport.plan(store, BundleImport.read(store, file), ImportPlan.Prefer.NEWER), s -> { });
            } catch (RuntimeException e) {
                thrown[0] = e;
                throw e;
            }
        }).isInstanceOf(BundleException.class);
        assertThat(DbDump.all(store)).as("nothing changed").isEqualTo(before);
        System.out.println(file.getFileName() + ": " + thrown[0].getMessage() + "\n");
        return thrown[0].getMessage();
    }
}
