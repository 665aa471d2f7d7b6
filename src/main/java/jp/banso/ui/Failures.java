package jp.banso.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import jp.banso.store.StoreException;

/** What a screen says when an action failed: the store's own Japanese message if it gave one, else the screen's. */
public final class Failures {
    private static final Logger LOG = Logger.getLogger(Failures.class.getName());

    private Failures() {
    }

    /**
     * The message for the user — a {@link StoreException}'s among the causes (e.g. an import refused while edits wait
     * to be saved), otherwise {@code otherwise} — never a library's text, which goes to the log with the whole failure.
     */
    public static String describe(Throwable failure, String otherwise) {
        LOG.log(Level.WARNING, "action failed", failure);
        return StoreException.find(failure).map(Throwable::getMessage).orElse(otherwise);
    }
}
