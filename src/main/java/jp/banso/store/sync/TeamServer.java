package jp.banso.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import jp.banso.store.server.ServerSchema;

/**
 * Opening a connection to the team server: the TLS rule ({@link ServerLogin}), then the login, then the schema
 * version — every failure said in Japanese with its {@link SyncException.Reason}, before anything is read or written.
 */
final class TeamServer {
    private TeamServer() {
    }

    static Connection connect(ServerLogin login) {
        Connection c;
        try {
            c = new org.postgresql.Driver().connect(login.url(), login.properties());
            if (c == null) {
                throw new SyncException(SyncException.Reason.BAD_ADDRESS, "サーバーのアドレスを読み取れません: " + login.url(), null);
            }
        } catch (SQLException e) {
            throw translate(e, login);
        }
        try {
            checkSchema(c);
            return c;
        } catch (SQLException e) {
            close(c);
            throw translate(e, login);
        } catch (RuntimeException e) {
            close(c);
            throw e;
        }
    }

    private static void checkSchema(Connection c) throws SQLException {
        int version;
        try (PreparedStatement st = c.prepareStatement(
                "select coalesce(max(cast(version as integer)), 0) from flyway_schema_history where success");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            version = rs.getInt(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                throw new SyncException(SyncException.Reason.SCHEMA_OLDER, "このデータベースはBansoのチームサーバーとして"
                        + "準備されていません。管理者に banso server init を実行してもらってください。", e);
            }
            throw e;
        }
        if (version < ServerSchema.VERSION) {
            throw new SyncException(SyncException.Reason.SCHEMA_OLDER, "チームサーバーのデータベースが古い版です（版 " + version
                    + "、必要な版 " + ServerSchema.VERSION + "）。管理者に banso server init で更新してもらってください。"
                    + "この端末のデータは変更していません。", null);
        }
        if (version > ServerSchema.VERSION) {
            throw new SyncException(SyncException.Reason.SCHEMA_NEWER, "チームサーバーのデータベースは、このBansoより新しい版です（版 "
                    + version + "）。Bansoを更新してから同期してください。この端末のデータは変更していません。", null);
        }
    }

    /** The teams the logged-in user belongs to (the server says; row-level security decides what each reaches). */
    static List<String> teams(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select * from banso_my_teams()"); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static SyncException translate(SQLException e, ServerLogin login) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String text = String.valueOf(e.getMessage());
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (state.equals("28P01") || state.equals("28000")) {
            if (text.contains("SSL off") || text.contains("no encryption")) {
                return tls("サーバーが暗号化（TLS）なしの接続を受け付けていません。", e);
            }
            return new SyncException(SyncException.Reason.LOGIN, "ユーザー名またはパスワードが違います（" + login.user() + "）。", e);
        }
        // told apart by exception classes and SQL states: the driver's own words follow the JVM's language
        if (!login.isLocal() && state.equals("08004")) {
            return tls("このサーバーは暗号化（TLS）に対応していません。この端末以外のサーバーには暗号化が必要です。"
                    + "管理者にサーバーのTLS設定を確認してもらってください。", e);
        }
        if (causedBy(e, java.security.cert.CertificateExpiredException.class)) {
            return tls("サーバーの証明書の有効期限が切れています。管理者に証明書の更新を依頼してください。", e);
        }
        if (causedBy(e, javax.net.ssl.SSLException.class) || causedBy(e, java.security.cert.CertificateException.class)
                || causedBy(e, java.security.GeneralSecurityException.class)
                || (!login.isLocal() && (text.contains("hostname") || text.contains("ホスト名")))) {
            return tls("サーバーの証明書を確認できません（自己署名、別のサーバー名、または信頼されていない発行元）。"
                    + "管理者から受け取ったCA証明書を指定してください。", e);
        }
        // (TLS failures are input/output failures too: they were told apart above)
        if (state.startsWith("08") || root instanceof java.io.IOException) {
            return new SyncException(SyncException.Reason.OFFLINE, "チームサーバーに接続できません（オフライン）。"
                    + "この端末でそのまま作業を続けられます。変更は次の同期で送られます。", e);
        }
        if (state.equals("42501")) {
            return new SyncException(SyncException.Reason.REFUSED, "サーバーが書き込みを拒否しました（権限がありません）。", e);
        }
        return new SyncException(SyncException.Reason.OFFLINE, "チームサーバーとの通信に失敗しました: " + text, e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static SyncException tls(String message, Throwable cause) {
        return new SyncException(SyncException.Reason.TLS, message, cause);
    }

    static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the connection is gone either way
        }
    }
}
