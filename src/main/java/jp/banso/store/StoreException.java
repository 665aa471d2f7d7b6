package jp.banso.store;

/** A store failure with a message fit to show a user (Japanese), and the technical cause for the log. */
public class StoreException extends RuntimeException {
    /** What went wrong, for callers that react differently (ask the password again, offer a backup). */
    public enum Reason {
        /** The database file is damaged or cut short (a backup can be offered). */
        DAMAGED,
        /** Another Banso has the folder open. */
        IN_USE,
        /** The file is encrypted and the password given does not open it. */
        WRONG_PASSWORD,
        /** The file is encrypted and no password was given. */
        PASSWORD_REQUIRED,
        /** Anything else (folder not writable, newer version, …). */
        OTHER
    }

    private final Reason reason;

    public StoreException(String userMessage, Throwable cause) {
        this(Reason.OTHER, userMessage, cause);
    }

    public StoreException(String userMessage) {
        this(Reason.OTHER, userMessage, null);
    }

    public StoreException(Reason reason, String userMessage, Throwable cause) {
        super(userMessage, cause);
        this.reason = reason;
    }

    /** The store's own message in a failure's causes (a refused write surfaces through Jdbi's exceptions). */
    public static java.util.Optional<StoreException> find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoreException s) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    public Reason reason() {
        return reason;
    }

    /** Shown instead of a message that was not written for users (a library's text, in English). */
    public static final String UNEXPECTED = "予期しない問題が起きたため、完了できませんでした。もう一度試してください。"
            + "繰り返し起きるときは、Bansoを再起動してください。";

    /**
     * The text to show a user for a failure: a StoreException's own message (written for users, in Japanese); for
     * anything else, whose message is a library's, {@link #UNEXPECTED} (the caller logs the detail).
     */
    public static String userMessage(Throwable failure) {
        return find(failure).map(Throwable::getMessage).orElse(UNEXPECTED);
    }
}
