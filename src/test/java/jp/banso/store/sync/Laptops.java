package jp.banso.store.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.banso.store.Store;
import jp.banso.store.server.ServerAdmin;
import jp.banso.store.server.ServerSchema;
import jp.banso.store.server.TestPostgres;

/** A team server (a fresh database on the test PostgreSQL) and laptops (stores in temp folders) that sync with it. */
final class Laptops implements AutoCloseable {
    final String database;
    private final List<Store> stores = new ArrayList<>();
    private final Path folder;

    Laptops(Path folder) {
        this.folder = folder;
        this.database = TestPostgres.newDatabase();
        ServerSchema.migrate(TestPostgres.owner(database));
        admin().addTeam(TEAM);
    }

    /** The team the laptops' cases go to. */
    static final String TEAM = "テストチーム";

    /** The server's administration as its owner (teams, users, grants). */
    ServerAdmin admin() {
        return new ServerAdmin(TestPostgres.owner(database));
    }

    /**
     * A member of a team, as `banso server add-user` makes one (a login role of its own, the password only in memory):
     * what a laptop uses in the field. Row-level security applies to it.
     */
    ServerLogin member(String name, String team) {
        admin().addTeam(team);
        String password = "pw-" + name;
        admin().addUser(name, team, password::toCharArray);
        return new ServerLogin(TestPostgres.url(database), name, password.toCharArray(), null);
    }

    Store laptop(String name) {
        Store s = Store.open(folder.resolve(name));
        stores.add(s);
        return s;
    }

    /** The database owner on localhost (no TLS needed): for the engine's own tests; team users come with roles. */
    ServerLogin owner() {
        return new ServerLogin(TestPostgres.url(database), "postgres", new char[0], null);
    }

    static SyncReport sync(Store laptop, ServerLogin login) {
        return new Sync(laptop).run(login, TEAM);
    }

    /** The synced tables and the cases' 年度. */
    static List<String> tables() {
        List<String> tables = new ArrayList<>(SyncTables.ORDER);
        tables.add("case_fiscal_year");
        return tables;
    }

    /** Every synced row (and the cases' 年度) as text: two laptops with equal dumps hold the same work. */
    static Map<String, List<String>> dump(Store store) {
        return store.jdbi().withHandle(h -> {
            Map<String, List<String>> out = new TreeMap<>();
            for (String t : tables()) {
                List<String> rows = new ArrayList<>(h.createQuery("select * from " + t).mapToMap().list().stream()
                        .map(r -> new TreeMap<>(r).toString()).toList());
                rows.sort(null);
                out.put(t, rows);
            }
            return out;
        });
    }

    /** Asserts both laptops hold the same work, table by table (the first differing table is named with its rows). */
    static void assertSameWork(Store x, Store y) {
        Map<String, List<String>> dx = dump(x);
        Map<String, List<String>> dy = dump(y);
        for (String t : dx.keySet()) {
            List<String> onlyX = new ArrayList<>(dx.get(t));
            onlyX.removeAll(dy.get(t));
            List<String> onlyY = new ArrayList<>(dy.get(t));
            onlyY.removeAll(dx.get(t));
            org.assertj.core.api.Assertions.assertThat(onlyX).as(t + ": rows only on the first laptop (the second has " + onlyY + ")")
                    .isEmpty();
            org.assertj.core.api.Assertions.assertThat(onlyY).as(t + ": rows only on the second laptop").isEmpty();
        }
    }

    @Override
    public void close() {
        stores.forEach(Store::close);
    }
}
