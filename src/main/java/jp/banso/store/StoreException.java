package jp.banso.store;

/** A store failure with a message fit to show a user (Japanese), and the technical cause for the log. */
public class StoreException extends RuntimeException {
    public StoreException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    public StoreException(String userMessage) {
        super(userMessage);
    }
}
