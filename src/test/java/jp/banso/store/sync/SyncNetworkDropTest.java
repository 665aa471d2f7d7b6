package jp.banso.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import jp.banso.store.BenchData;
import jp.banso.store.Store;
import jp.banso.store.server.ServerSchema;
import jp.banso.store.server.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network dropping in the middle of a large push and of a large pull, and the server restarting in the middle of
 * a sync: the sync fails as OFFLINE with a Japanese message, the next one through a healthy network completes, and the
 * laptops and the server hold every row exactly once.
 */
class SyncNetworkDropTest {
    @TempDir
    Path dir;
    Laptops team;
    CuttingProxy proxy;
    ServerLogin login;

    @BeforeEach
    void setUp() throws IOException {
        team = new Laptops(dir);
        proxy = new CuttingProxy("127.0.0.1", TestPostgres.server().getPort());
        login = new ServerLogin(proxy.url(team.database), "postgres", new char[0], null);
    }

    @AfterEach
    void tearDown() throws IOException {
        proxy.close();
        team.close();
    }

    @Test
    void aPushCutMidwayResumesWithoutDuplicatesOrLosses() {
        Store a = team.laptop("a");
        Store b = team.laptop("b");
        BenchData.fillFullCases(a, 10, 21); // more rows than one batch
        int toSend = new Sync(a).status().unsent();
        long start = System.nanoTime();

        // the server commits the first batch; its answer never reaches the laptop
        proxy.cutBeforeAnswer("COMMIT\0", 1, () -> { });
        assertOffline(a);
        int onServer = serverRows(TestPostgres.owner(team.database)).values().stream().mapToInt(Integer::intValue).sum();
        int left = new Sync(a).status().unsent();
        assertThat(onServer).as("the cut came after some batches were committed").isPositive();
        assertThat(left).as("the laptop never heard of that commit: every row is still waiting").isEqualTo(toSend);

        Laptops.sync(a, login);
        Laptops.sync(b, login);
        assertConverged(TestPostgres.owner(team.database), a, b);
        System.out.printf("push cut: %d rows to send, %d committed on the server at the cut, %d still waiting; resumed and converged in %.1f s%n",
                toSend, onServer, left, (System.nanoTime() - start) / 1e9);
    }

    @Test
    void aPullCutMidwayResumesWithoutDuplicatesOrLosses() {
        Store a = team.laptop("a");
        Store b = team.laptop("b");
        BenchData.fillFullCases(a, 10, 22); // more rows than one page
        Laptops.sync(a, login);
        long start = System.nanoTime();

        // the schema check's select, then one select per page (every synced table and the tombstones in one statement):
        // cut before the second page's answer
        proxy.cutBeforeAnswer("SELECT ", 3, () -> { });
        assertOffline(b);
        int inbox = b.jdbi().withHandle(h -> h.createQuery("select count(*) from sync_inbox").mapTo(Integer.class).one());
        assertThat(inbox).as("pages stored before the cut wait in the inbox").isPositive();

        Laptops.sync(b, login);
        Laptops.sync(a, login);
        assertConverged(TestPostgres.owner(team.database), a, b);
        System.out.printf("pull cut: %d rows in the inbox at the cut; resumed and converged in %.1f s%n", inbox,
                (System.nanoTime() - start) / 1e9);
    }

    @Test
    void aServerRestartMidSyncResumes() throws Exception {
        Path data = dir.resolve("pgdata");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        EmbeddedPostgres[] server = {start(data, port)};
        ServerSchema.migrate(server[0].getPostgresDatabase());
        new jp.banso.store.server.ServerAdmin(server[0].getPostgresDatabase()).addTeam(Laptops.TEAM);
        try (CuttingProxy toRestarted = new CuttingProxy("127.0.0.1", port);
             Store a = Store.open(dir.resolve("ra")); Store b = Store.open(dir.resolve("rb"))) {
            ServerLogin via = new ServerLogin(toRestarted.url("postgres"), "postgres", new char[0], null);
            BenchData.fillFullCases(a, 10, 23);
            long start = System.nanoTime();
            // the server stops right after committing the first batch, before the laptop hears of it
            toRestarted.cutBeforeAnswer("COMMIT\0", 1, () -> {
                try {
                    server[0].close(); // pg_ctl stop: every connection ends
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertThatThrownBy(() -> Laptops.sync(a, via)).isInstanceOfSatisfying(SyncException.class,
                    e -> assertThat(e.reason()).isEqualTo(SyncException.Reason.OFFLINE));
            assertThatThrownBy(() -> Laptops.sync(a, via)).as("while the server is down").isInstanceOfSatisfying(
                    SyncException.class, e -> assertThat(e.reason()).isEqualTo(SyncException.Reason.OFFLINE));
            server[0] = start(data, port);
            Laptops.sync(a, via);
            Laptops.sync(b, via);
            assertConverged(server[0].getPostgresDatabase(), a, b);
            System.out.printf("server restart mid-push: resumed and converged in %.1f s%n", (System.nanoTime() - start) / 1e9);
        } finally {
            server[0].close();
        }
    }

    /** A server on a data folder of its own (made on the first start, kept across stops) and a fixed port. */
    private static EmbeddedPostgres start(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    private void assertOffline(Store laptop) {
        assertThatThrownBy(() -> Laptops.sync(laptop, login)).isInstanceOfSatisfying(SyncException.class, e -> {
            assertThat(e.reason()).isEqualTo(SyncException.Reason.OFFLINE);
            assertThat(e.getMessage()).contains("チームサーバー");
        });
        assertThat(proxy.cuts()).isPositive();
    }

    /** Both laptops hold the same work, nothing waits, and the server holds exactly as many rows as a laptop. */
    static void assertConverged(DataSource server, Store a, Store b) {
        Laptops.assertSameWork(a, b);
        for (Store s : new Store[] {a, b}) {
            List<String> unsent = s.jdbi().withHandle(h -> h.createQuery("select table_name || ' ' || row_id from sync_change")
                    .mapTo(String.class).list());
            assertThat(unsent).as("changes still waiting to be sent").isEmpty();
            int inbox = s.jdbi().withHandle(h -> h.createQuery("select count(*) from sync_inbox").mapTo(Integer.class).one());
            assertThat(inbox).isZero();
            assertThat(new Sync(s).conflicts()).isEmpty();
        }
        Map<String, Integer> local = new TreeMap<>();
        Laptops.dump(a).forEach((t, rows) -> local.put(t, rows.size()));
        assertThat(serverRows(server)).isEqualTo(local);
    }

    /** Row counts per synced table (and 年度) on the server. */
    static Map<String, Integer> serverRows(DataSource server) {
        Map<String, Integer> out = new TreeMap<>();
        try (Connection c = server.getConnection(); Statement st = c.createStatement()) {
            for (String t : Laptops.tables()) {
                try (ResultSet rs = st.executeQuery("select count(*) from " + t)) {
                    rs.next();
                    out.put(t, rs.getInt(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
