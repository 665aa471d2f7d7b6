package jp.banso.store.sync;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.banso.store.Store;

/**
 * This laptop's connection to the team server: address, user, team and the authority's certificate, kept in the table
 * {@code sync_setting}; and the password. The password is written there only when the database is encrypted (H2's AES
 * then keeps it encrypted on disk) and the user asked for it; otherwise it lives in this object for the session only and
 * is asked at each start. One per open store.
 */
public final class SyncSettings {
    private static final String URL = "connection.url";
    private static final String USER = "connection.user";
    private static final String TEAM = "connection.team";
    private static final String CA_FILE = "connection.ca_file";
    private static final String PASSWORD = "connection.password";

    /** What is saved of the connection (no password). */
    public record Connection(String url, String user, String team, Path caFile) {
    }

    private final Store store;
    private char[] sessionPassword;

    public SyncSettings(Store store) {
        this.store = store;
    }

    /** Whether the password may be saved: only in an encrypted database. */
    public boolean canSavePassword() {
        return store.isEncrypted();
    }

    /** The saved connection, or empty when this laptop is not connected to a team server. */
    public synchronized Optional<Connection> connection() {
        Map<String, String> v = read();
        if (v.get(URL) == null || v.get(USER) == null) {
            return Optional.empty();
        }
        String ca = v.get(CA_FILE);
        return Optional.of(new Connection(v.get(URL), v.get(USER), v.get(TEAM), ca == null ? null : Path.of(ca)));
    }

    /** Whether a password is saved in the database. */
    public synchronized boolean isPasswordSaved() {
        return read().get(PASSWORD) != null;
    }

    /**
     * Saves the connection (replacing any earlier one). The password is kept for this session, and written to the
     * database too when {@code savePassword} and the database is encrypted; a password saved before is removed otherwise.
     */
    public synchronized void connect(Connection c, char[] password, boolean savePassword) {
        if (savePassword && !canSavePassword()) {
            throw new IllegalStateException("a password is saved only in an encrypted database");
        }
        store.jdbi().useTransaction(h -> {
            h.execute("delete from sync_setting where name like 'connection.%'");
            put(h, URL, c.url());
            put(h, USER, c.user());
            put(h, TEAM, c.team());
            put(h, CA_FILE, c.caFile() == null ? null : c.caFile().toAbsolutePath().toString());
            if (savePassword) {
                put(h, PASSWORD, new String(password));
            }
        });
        usePassword(password);
    }

    /** Gives the password for this session (asked at start when it is not saved). */
    public synchronized void usePassword(char[] password) {
        forgetSessionPassword();
        sessionPassword = password.clone();
    }

    /** Whether the connection has no password yet this session (not saved, not given): sync waits for it. */
    public synchronized boolean needsPassword() {
        return connection().isPresent() && sessionPassword == null && !isPasswordSaved();
    }

    /** How to log in to the server now, or empty when not connected or the password is not known yet. */
    public synchronized Optional<ServerLogin> login() {
        Optional<Connection> c = connection();
        if (c.isEmpty()) {
            return Optional.empty();
        }
        char[] password = sessionPassword;
        if (password == null) {
            String saved = read().get(PASSWORD);
            if (saved == null) {
                return Optional.empty();
            }
            password = saved.toCharArray();
        }
        return Optional.of(new ServerLogin(c.get().url(), c.get().user(), password, c.get().caFile()));
    }

    /** チームサーバーとの接続を解除: the connection and any saved password are removed (the engine's own state stays). */
    public synchronized void disconnect() {
        store.jdbi().useHandle(h -> h.execute("delete from sync_setting where name like 'connection.%'"));
        forgetSessionPassword();
    }

    /**
     * Removes a saved password from the database; called before the database's own password is removed (the file is
     * then written unencrypted, and the team server's password must not be in it).
     */
    public static void forgetSavedPassword(Store store) {
        store.jdbi().useHandle(h -> h.createUpdate("delete from sync_setting where name = :n").bind("n", PASSWORD).execute());
    }

    private void forgetSessionPassword() {
        if (sessionPassword != null) {
            Arrays.fill(sessionPassword, '\0');
            sessionPassword = null;
        }
    }

    private Map<String, String> read() {
        return store.jdbi().withHandle(h -> h.createQuery("select name, setting_value from sync_setting where name like 'connection.%'")
                .map((rs, ctx) -> Map.entry(rs.getString(1), Optional.ofNullable(rs.getString(2))))
                .stream()
                .filter(e -> e.getValue().isPresent())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get())));
    }

    private static void put(org.jdbi.v3.core.Handle h, String name, String value) {
        if (value != null) {
            h.createUpdate("insert into sync_setting (name, setting_value) values (:n, :v)").bind("n", name).bind("v", value).execute();
        }
    }
}
