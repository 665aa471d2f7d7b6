package jp.banso.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import jp.banso.store.BenchData;
import jp.banso.store.Store;
import jp.banso.store.server.ServerSchema;
import jp.banso.store.server.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync that must not happen: a wrong password, a remote server without TLS, a server schema older or newer than this
 * Banso. Each is refused with its reason and a Japanese message before anything moves: the laptop (rows and sync
 * bookkeeping) and the server are exactly as before.
 */
class SyncRefusalTest {
    private static final String CLERK = "banso_pw_clerk";

    @TempDir
    Path dir;
    Laptops team;
    Store a;

    @BeforeEach
    void setUp() {
        team = new Laptops(dir);
        a = team.laptop("a");
        BenchData.fillFullCases(a, 1, 31);
        Laptops.sync(a, team.owner());
        // something waiting to be sent: a refused sync must leave it waiting
        a.jdbi().useHandle(h -> h.execute("update board_note set text = 'まだ送っていない' where id = "
                + "(select min(id) from board_note)"));
    }

    @AfterEach
    void tearDown() {
        team.close();
    }

    @Test
    void aWrongPasswordIsRefusedAndChangesNothing() throws Exception {
        requirePasswordFor(CLERK);
        owner(st -> {
            st.execute("create role " + CLERK + " login password 'right-password'");
            st.execute("grant all on all tables in schema public to " + CLERK);
            st.execute("grant all on all sequences in schema public to " + CLERK);
        });
        ServerLogin wrong = new ServerLogin(TestPostgres.url(team.database), CLERK, "wrong-password".toCharArray(), null);
        assertRefused(wrong, SyncException.Reason.LOGIN, "パスワードが違います");
    }

    @Test
    void aRemoteServerWithoutTlsIsRefusedBeforeAnyDataMoves() throws Exception {
        // 127.0.0.2 is this machine, but not "localhost" for ServerLogin: TLS is required and the server offers none
        try (CuttingProxy remote = new CuttingProxy("127.0.0.2", TestPostgres.server().getPort())) {
            ServerLogin login = new ServerLogin(remote.url(team.database), "postgres", new char[0], null);
            assertThat(login.isLocal()).isFalse();
            assertRefused(login, SyncException.Reason.TLS, "暗号化（TLS）");
            assertThat(remote.relayed()).as("only the TLS request and the server's no").isLessThan(16);
            // on a Japanese laptop the driver speaks Japanese: the reason must not depend on its words
            java.util.Locale was = java.util.Locale.getDefault();
            java.util.Locale.setDefault(java.util.Locale.JAPAN);
            try {
                assertRefused(login, SyncException.Reason.TLS, "暗号化（TLS）");
            } finally {
                java.util.Locale.setDefault(was);
            }
        }
    }

    @Test
    void aNewerServerSchemaIsRefused() throws Exception {
        owner(st -> st.execute("insert into flyway_schema_history (installed_rank, version, description, type, script, "
                + "checksum, installed_by, execution_time, success) values (1000, '" + (ServerSchema.VERSION + 5) + "', "
                + "'from a newer Banso', 'SQL', 'V" + (ServerSchema.VERSION + 5) + "__x.sql', 0, 'postgres', 0, true)"));
        assertRefused(team.owner(), SyncException.Reason.SCHEMA_NEWER, "Bansoを更新してから");
    }

    @Test
    void anOlderServerSchemaIsRefused() throws Exception {
        String old = TestPostgres.newDatabase();
        Flyway.configure().dataSource(TestPostgres.owner(old))
                .locations(Store.MIGRATIONS, ServerSchema.SERVER_MIGRATIONS).target("6").load().migrate();
        ServerLogin login = new ServerLogin(TestPostgres.url(old), "postgres", new char[0], null);
        Map<String, List<String>> before = localDump();
        String serverBefore = serverDump(TestPostgres.owner(old));
        assertThatThrownBy(() -> Laptops.sync(a, login)).isInstanceOfSatisfying(SyncException.class, e -> {
            assertThat(e.reason()).isEqualTo(SyncException.Reason.SCHEMA_OLDER);
            assertThat(e.getMessage()).contains("古い版", "banso server init");
        });
        assertSameLocal(before);
        assertThat(serverDump(TestPostgres.owner(old))).isEqualTo(serverBefore);
    }

    /** The sync fails with the reason and a Japanese message; the laptop and the server are as before. */
    private void assertRefused(ServerLogin login, SyncException.Reason reason, String words) {
        Map<String, List<String>> before = localDump();
        String serverBefore = serverDump(TestPostgres.owner(team.database));
        assertThatThrownBy(() -> Laptops.sync(a, login)).isInstanceOfSatisfying(SyncException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).contains(words);
        });
        assertSameLocal(before);
        assertThat(serverDump(TestPostgres.owner(team.database))).as("the server").isEqualTo(serverBefore);
    }

    private void assertSameLocal(Map<String, List<String>> before) {
        Map<String, List<String>> after = localDump();
        for (String t : before.keySet()) {
            assertThat(after.get(t)).as("the laptop's " + t).isEqualTo(before.get(t));
        }
    }

    /** Every synced row and the sync bookkeeping except the log (which says the sync failed). */
    private Map<String, List<String>> localDump() {
        Map<String, List<String>> out = Laptops.dump(a);
        a.jdbi().useHandle(h -> {
            for (String t : List.of("sync_change", "sync_base", "sync_inbox", "sync_conflict", "sync_case_access", "sync_setting")) {
                out.put(t, h.createQuery("select * from " + t).mapToMap().list().stream().map(SyncRefusalTest::text).sorted()
                        .toList());
            }
        });
        return out;
    }

    /** A row as text, large texts (CLOBs, which print as handles) by their content. */
    private static String text(Map<String, Object> row) {
        Map<String, String> out = new java.util.TreeMap<>();
        row.forEach((k, v) -> out.put(k, RowCodec.canonical(v)));
        return out.toString();
    }

    /** The server's synced rows with their revisions, and its tombstones. */
    private static String serverDump(DataSource server) {
        StringBuilder out = new StringBuilder();
        try (Connection c = server.getConnection(); Statement st = c.createStatement()) {
            List<String> tables = new java.util.ArrayList<>(Laptops.tables());
            tables.add("flyway_schema_history");
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("select cast(to_jsonb(x) as text) from " + t + " x order by 1")) {
                    while (rs.next()) {
                        out.append(t).append(' ').append(rs.getString(1)).append('\n');
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private interface Sql {
        void run(Statement st) throws Exception;
    }

    private void owner(Sql work) throws Exception {
        try (Connection c = TestPostgres.owner(team.database).getConnection(); Statement st = c.createStatement()) {
            work.run(st);
        }
    }

    /**
     * The test server trusts every local login (initdb -A trust); for this one role it asks for the password, so a
     * wrong one is refused as on a real server. Only lines for this role are added: other tests are untouched.
     */
    private static void requirePasswordFor(String role) throws Exception {
        try (Connection c = TestPostgres.server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            Path hba;
            try (ResultSet rs = st.executeQuery("show hba_file")) {
                rs.next();
                hba = Path.of(rs.getString(1));
            }
            String rule = "host all " + role + " 127.0.0.1/32 scram-sha-256\nhost all " + role + " ::1/128 scram-sha-256\n";
            String now = Files.readString(hba);
            if (!now.contains(rule)) {
                Files.writeString(hba, rule + now);
            }
            st.execute("select pg_reload_conf()");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
