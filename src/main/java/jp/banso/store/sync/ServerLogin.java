package jp.banso.store.sync;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

/**
 * Where and as whom to reach the team server. TLS with a verified certificate and host name is required unless the
 * address is this computer (localhost, 127.0.0.1, ::1). {@code caFile}: the certificate of the authority that signed the
 * server's certificate (a prefecture's own CA), or null to trust the system's authorities.
 */
public record ServerLogin(String url, String user, char[] password, java.nio.file.Path caFile) {
    public ServerLogin {
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            throw new SyncException(SyncException.Reason.BAD_ADDRESS,
                    "サーバーのアドレスは jdbc:postgresql://ホスト名/データベース名 の形で入力してください。", null);
        }
        if (user == null || user.isBlank()) {
            throw new SyncException(SyncException.Reason.LOGIN, "ユーザー名を入力してください。", null);
        }
        if (!isLocal(hostOf(url)) && weakensTls(url)) { // the address's settings would override the driver's TLS ones
            throw new SyncException(SyncException.Reason.TLS, "このパソコン以外のサーバーには、必ず暗号化（TLS）で接続します。"
                    + "アドレスに sslmode などの暗号化の設定を書かないでください。", null);
        }
        password = password == null ? new char[0] : password.clone();
    }

    /** The host name of the address. */
    public String host() {
        return hostOf(url);
    }

    private static String hostOf(String url) {
        String rest = url.substring("jdbc:".length());
        try {
            String host = URI.create(rest.contains("?") ? rest.substring(0, rest.indexOf('?')) : rest).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) { // a space or a stray character in what was typed
            throw new SyncException(SyncException.Reason.BAD_ADDRESS,
                    "サーバーのアドレスは jdbc:postgresql://ホスト名/データベース名 の形で入力してください。", e);
        }
    }

    /** Whether the server is this computer (the only case where a connection without TLS is allowed). */
    public boolean isLocal() {
        return isLocal(host());
    }

    private static boolean isLocal(String h) {
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("[::1]") || h.equals("::1");
    }

    /** Whether the address carries one of the driver's TLS settings (they take precedence over {@link #properties()}). */
    private static boolean weakensTls(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return false;
        }
        for (String pair : url.substring(q + 1).split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.startsWith("ssl") || name.equals("gssencmode")) {
                return true;
            }
        }
        return false;
    }

    /** The driver's properties: user, password, and for a remote server TLS that verifies the certificate and host. */
    public Properties properties() {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", new String(password));
        p.setProperty("connectTimeout", "10");
        p.setProperty("socketTimeout", "60");
        p.setProperty("ApplicationName", "Banso");
        if (isLocal()) {
            p.setProperty("sslmode", "disable");
        } else {
            p.setProperty("sslmode", "verify-full");
            if (caFile != null) {
                p.setProperty("sslrootcert", caFile.toAbsolutePath().toString());
            } else {
                p.setProperty("sslfactory", "org.postgresql.ssl.DefaultJavaSSLFactory");
            }
        }
        return p;
    }

    /** Forgets the password in memory. */
    public void clear() {
        Arrays.fill(password, '\0');
    }
}
