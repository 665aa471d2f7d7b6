package jp.banso.store.sync;

/** Why a sync or a connection to the team server did not happen, in words for the user (Japanese). */
public final class SyncException extends RuntimeException {
    public enum Reason {
        /** The server cannot be reached (no network, server down, connection dropped): sync later, nothing lost. */
        OFFLINE,
        /** Wrong user or password, or the user has no access to Banso on that server. */
        LOGIN,
        /** TLS required but not offered, or the certificate is not trusted, expired or for another host. */
        TLS,
        /** The server's schema is older than this app needs (the server must be updated: `banso server init`). */
        SCHEMA_OLDER,
        /** The server's schema is newer than this app knows (update Banso). */
        SCHEMA_NEWER,
        /** The address is not a team server address Banso accepts (not jdbc:postgresql://…). */
        BAD_ADDRESS,
        /** The server refused a write (e.g. row-level security): reported, local data kept. */
        REFUSED
    }

    private final Reason reason;

    public SyncException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
