package jp.banso.bundle;

/** A bundle that cannot be written or read, said in Japanese (what, where, and what to do). Nothing was changed. */
public final class BundleException extends RuntimeException {
    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
