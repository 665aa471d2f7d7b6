package jp.banso.bench;

import static jp.banso.bench.CaseWorkbenchBenchmark.ms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.banso.store.BenchData;
import jp.banso.store.Store;
import jp.banso.store.server.ServerAdmin;
import jp.banso.store.server.ServerSchema;
import jp.banso.store.server.TestPostgres;
import jp.banso.store.sync.ServerLogin;
import jp.banso.store.sync.Sync;

/**
 * Team sync against a real PostgreSQL on loopback (the embedded test server): the first sync of 200 full cases to an
 * empty server and onto an empty laptop, an incremental sync with one changed note (sending and receiving), a sync
 * with nothing to do, and 20 laptops syncing at once (a bounded loop: each makes a fixed number of edit-and-sync
 * rounds, then every laptop's last edits are checked on the server). Runs inside {@link CaseWorkbenchBenchmark}, or
 * alone (main).
 */
public final class SyncBenchmark {
    private static final int CASES = 200;
    private static final int LAPTOPS = 20;
    private static final int ROUNDS = 10;

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        for (String[] r : run()) {
            System.out.println(String.join(" | ", r));
        }
        System.exit(0);
    }

    static List<String[]> run() throws Exception {
        List<String[]> rows = new ArrayList<>();
        Path root = Files.createTempDirectory("banso-sync-bench");
        ServerLogin login = server();
        try (Store a = Store.open(root.resolve("a")); Store b = Store.open(root.resolve("b"))) {
            BenchData.fillFullCases(a, CASES, 42);
            int rowsToSend = new Sync(a).status().unsent();
            long t = System.nanoTime();
            int sent = new Sync(a).run(login, "ベンチ").sent();
            rows.add(CaseWorkbenchBenchmark.row("初回同期・送信（200ケース、" + String.format("%,d", sent) + "行 / 記録 "
                    + String.format("%,d", rowsToSend) + "件）", ms(t), "—", "—"));
            t = System.nanoTime();
            int received = new Sync(b).run(login, "ベンチ").received();
            rows.add(CaseWorkbenchBenchmark.row("初回同期・受信（空の端末へ200ケース、" + String.format("%,d", received) + "行）",
                    ms(t), "—", "—"));

            UUID board = a.boards().boards(a.cases().listAll().get(0).getId()).get(0).getId();
            UUID note = a.boards().notes(board).get(0).getId();
            List<Double> send = new ArrayList<>();
            List<Double> receive = new ArrayList<>();
            Sync onA = new Sync(a);
            Sync onB = new Sync(b);
            for (int i = 0; i < 12; i++) {
                String text = "ベンチ " + i;
                a.jdbi().useHandle(h -> h.execute("update board_note set text = ? where id = ?", text, note));
                long s = System.nanoTime();
                onA.run(login, "ベンチ");
                send.add(ms(s));
                s = System.nanoTime();
                onB.run(login, "ベンチ");
                receive.add(ms(s));
            }
            rows.add(CaseWorkbenchBenchmark.stats("差分同期・付箋1枚を送る（200ケースの端末）", warm(send), 300));
            rows.add(CaseWorkbenchBenchmark.stats("差分同期・付箋1枚を受け取る（200ケースの端末）", warm(receive), 300));
            List<Double> idle = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                long s = System.nanoTime();
                onA.run(login, "ベンチ");
                idle.add(ms(s));
            }
            rows.add(CaseWorkbenchBenchmark.stats("変更なしの同期（200ケースの端末）", warm(idle), 100));
        }
        rows.addAll(manyLaptops(root));
        return rows;
    }

    /** 20 laptops, each with its own case, each making ROUNDS edit-and-sync rounds at once. */
    private static List<String[]> manyLaptops(Path root) throws Exception {
        ServerLogin login = server();
        String db = login.url().substring(login.url().lastIndexOf('/') + 1);
        List<Store> laptops = new ArrayList<>();
        List<UUID> notes = new ArrayList<>();
        for (int i = 0; i < LAPTOPS; i++) {
            Store s = Store.open(root.resolve("many-" + i));
            BenchData.fillFullCases(s, 1, 100 + i);
            laptops.add(s);
            UUID board = s.boards().boards(s.cases().listAll().get(0).getId()).get(0).getId();
            notes.add(s.boards().notes(board).get(0).getId());
            new Sync(s).run(login, "ベンチ");
        }
        ExecutorService pool = Executors.newFixedThreadPool(LAPTOPS);
        List<Future<List<Double>>> runs = new ArrayList<>();
        long t = System.nanoTime();
        for (int i = 0; i < LAPTOPS; i++) {
            Store s = laptops.get(i);
            UUID note = notes.get(i);
            int laptop = i;
            runs.add(pool.submit(() -> {
                Random r = new Random(laptop);
                List<Double> times = new ArrayList<>();
                Sync sync = new Sync(s);
                for (int round = 0; round < ROUNDS; round++) {
                    String text = "端末" + laptop + " 第" + round + "回 " + r.nextInt(1000);
                    s.jdbi().useHandle(h -> h.execute("update board_note set text = ? where id = ?", text, note));
                    long st = System.nanoTime();
                    sync.run(login, "ベンチ");
                    times.add(ms(st));
                }
                return times;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> f : runs) {
            all.addAll(f.get(10, TimeUnit.MINUTES));
        }
        double wall = ms(t);
        pool.shutdown();
        // no lost write: each laptop's last text is on the server
        int lost = 0;
        try (var c = TestPostgres.owner(db).getConnection(); var st = c.prepareStatement("select text from board_note where id = ?")) {
            for (int i = 0; i < LAPTOPS; i++) {
                st.setObject(1, notes.get(i));
                try (var rs = st.executeQuery()) {
                    String onServer = rs.next() ? rs.getString(1) : null;
                    if (onServer == null || !onServer.startsWith("端末" + i + " 第" + (ROUNDS - 1) + "回")) {
                        lost++;
                    }
                }
            }
        }
        laptops.forEach(Store::close);
        List<String[]> rows = new ArrayList<>();
        rows.add(CaseWorkbenchBenchmark.stats("20台が同時に同期（1回の同期、" + LAPTOPS * ROUNDS + "回）", all, -1));
        rows.add(CaseWorkbenchBenchmark.row("20台が同時に同期・処理量（同期/秒）", LAPTOPS * ROUNDS / (wall / 1000), "—",
                "失われた書き込み " + lost + "件"));
        return rows;
    }

    /**
     * A fresh server database with the team ベンチ and a member of it (their own login, row-level security applies, as
     * on a laptop in the field).
     */
    private static ServerLogin server() {
        String db = TestPostgres.newDatabase();
        ServerSchema.migrate(TestPostgres.owner(db));
        ServerAdmin admin = new ServerAdmin(TestPostgres.owner(db));
        admin.addTeam("ベンチ");
        admin.addUser("bench_advisor", "ベンチ", "bench-pw"::toCharArray);
        return new ServerLogin(TestPostgres.url(db), "bench_advisor", "bench-pw".toCharArray(), null);
    }

    /** Leaves out the first two (class loading, first statements). */
    private static List<Double> warm(List<Double> xs) {
        return new ArrayList<>(xs.subList(2, xs.size()));
    }

}
