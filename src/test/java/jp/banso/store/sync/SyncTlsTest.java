package jp.banso.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Key;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.banso.store.BenchData;
import jp.banso.store.Store;
import jp.banso.store.server.ServerSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team server that requires TLS, reached at 127.0.0.2 (this machine, but not "localhost": TLS with a verified
 * certificate is required). A self-signed certificate and an expired one are refused as TLS failures with a Japanese
 * message before any data moves; a certificate signed by the prefecture's own CA, given as {@code caFile}, connects.
 * The certificates are made here with the JDK's keytool (an EC key, a test CA); nothing is downloaded.
 */
class SyncTlsTest {
    private static final String PASS = "changeit";

    @TempDir
    static Path dir;
    static EmbeddedPostgres server;
    static CuttingProxy remote;
    static Path caPem;
    static Path data;

    @BeforeAll
    static void startServerWithTls() throws Exception {
        Path ca = dir.resolve("ca.p12");
        Path host = dir.resolve("server.p12");
        caPem = dir.resolve("ca.pem");
        keytool("-genkeypair", "-keystore", ca, "-alias", "ca", "-dname", "CN=Banso Test CA", "-keyalg", "EC",
                "-groupname", "secp256r1", "-ext", "bc:c", "-validity", "3650");
        keytool("-exportcert", "-rfc", "-keystore", ca, "-alias", "ca", "-file", caPem);
        // the server's key, with a self-signed certificate for 127.0.0.2 to begin with
        keytool("-genkeypair", "-keystore", host, "-alias", "server", "-dname", "CN=127.0.0.2", "-keyalg", "EC",
                "-groupname", "secp256r1", "-ext", "san=ip:127.0.0.2", "-validity", "365");
        keytool("-exportcert", "-rfc", "-keystore", host, "-alias", "server", "-file", dir.resolve("self.pem"));
        keytool("-certreq", "-keystore", host, "-alias", "server", "-file", dir.resolve("server.csr"));
        keytool("-gencert", "-rfc", "-keystore", ca, "-alias", "ca", "-infile", dir.resolve("server.csr"),
                "-outfile", dir.resolve("signed.pem"), "-ext", "san=ip:127.0.0.2", "-validity", "365");
        keytool("-gencert", "-rfc", "-keystore", ca, "-alias", "ca", "-infile", dir.resolve("server.csr"),
                "-outfile", dir.resolve("expired.pem"), "-ext", "san=ip:127.0.0.2", "-startdate", "-400d", "-validity", "30");
        Path keyPem = dir.resolve("server.key");
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(host)) {
            ks.load(in, PASS.toCharArray());
        }
        Key key = ks.getKey("server", PASS.toCharArray());
        Files.writeString(keyPem, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        Files.setPosixFilePermissions(keyPem, PosixFilePermissions.fromString("rw-------"));

        // the server reads server.crt and server.key from its data folder; a test swaps server.crt and reloads
        data = dir.resolve("pgdata");
        server = EmbeddedPostgres.builder().setDataDirectory(data).setServerConfig("ssl", "on")
                .setDataDirectoryCustomizer(folder -> {
                    try {
                        Files.copy(dir.resolve("signed.pem"), folder.toPath().resolve("server.crt"));
                        Files.copy(keyPem, folder.toPath().resolve("server.key"));
                        Files.setPosixFilePermissions(folder.toPath().resolve("server.key"), // PostgreSQL insists
                                PosixFilePermissions.fromString("rw-------"));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).start();
        ServerSchema.migrate(server.getPostgresDatabase());
        new jp.banso.store.server.ServerAdmin(server.getPostgresDatabase()).addTeam(Laptops.TEAM);
        remote = new CuttingProxy("127.0.0.2", server.getPort());
    }

    @AfterAll
    static void stop() throws Exception {
        remote.close();
        server.close();
    }

    @Test
    void aSelfSignedCertificateIsRefused(@TempDir Path laptop) throws Exception {
        useCertificate("self.pem");
        assertRefusedBeforeDataMoves(laptop, null, "証明書を確認できません");
    }

    @Test
    void anExpiredCertificateIsRefused(@TempDir Path laptop) throws Exception {
        useCertificate("expired.pem");
        assertRefusedBeforeDataMoves(laptop, caPem, "有効期限が切れています");
    }

    @Test
    void aCertificateFromTheTeamsOwnAuthorityConnects(@TempDir Path laptop) throws Exception {
        useCertificate("signed.pem");
        try (Store a = Store.open(laptop)) {
            BenchData.fillFullCases(a, 1, 51);
            ServerLogin login = new ServerLogin(remote.url("postgres"), "postgres", new char[0], caPem);
            SyncReport report = Laptops.sync(a, login);
            assertThat(report.sent()).isPositive();
            assertThat(new Sync(a).status().unsent()).isZero();
            assertThat(supportCases()).isEqualTo(1);
        }
    }

    private void assertRefusedBeforeDataMoves(Path laptop, Path caFile, String words) throws Exception {
        try (Store a = Store.open(laptop)) {
            BenchData.fillFullCases(a, 1, 52);
            int unsent = new Sync(a).status().unsent();
            int before = supportCases();
            ServerLogin login = new ServerLogin(remote.url("postgres"), "postgres", new char[0], caFile);
            assertThatThrownBy(() -> Laptops.sync(a, login)).isInstanceOfSatisfying(SyncException.class, e -> {
                assertThat(e.reason()).isEqualTo(SyncException.Reason.TLS);
                assertThat(e.getMessage()).contains(words);
            });
            assertThat(new Sync(a).status().unsent()).isEqualTo(unsent);
            assertThat(supportCases()).isEqualTo(before);
        }
    }

    private static int supportCases() throws Exception {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from support_case")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Puts another certificate in place and waits until new connections get it (a reload, no restart). */
    private static void useCertificate(String file) throws Exception {
        java.sql.Timestamp loaded = confLoadTime();
        Files.copy(dir.resolve(file), data.resolve("server.crt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("select pg_reload_conf()");
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!confLoadTime().after(loaded)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the server did not reload for " + file);
            }
            Thread.sleep(20);
        }
    }

    /** When the server last read its configuration (a new connection carries the server's time). */
    private static java.sql.Timestamp confLoadTime() throws Exception {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select pg_conf_load_time()")) {
            rs.next();
            return rs.getTimestamp(1);
        }
    }

    private static void keytool(Object... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        for (Object a : args) {
            command.add(a.toString());
        }
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASS, "-keypass", PASS, "-noprompt"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("keytool " + command + " failed: " + output);
        }
    }
}
