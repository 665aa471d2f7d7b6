package jp.banso.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import jp.banso.domain.Meeting;
import jp.banso.store.BenchData;
import jp.banso.store.ChildJvm;
import jp.banso.store.Store;
import jp.banso.store.server.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A laptop killed with SIGKILL at random moments while it edits and syncs, 20 rounds on the same store: afterwards the
 * laptop, a second laptop and the server agree, and every edit the laptop acknowledged is there exactly once.
 */
class SyncKillTest {
    private static final int ROUNDS = 20;

    @TempDir
    Path dir;

    @Test
    void killedAtRandomPointsOfASyncTheLaptopAndTheServerConverge() throws Exception {
        long seed = Long.getLong("sync.kill.seed", System.nanoTime());
        System.out.println("SyncKillTest seed " + seed + " (rerun with -Dsync.kill.seed=" + seed + ")");
        Random random = new Random(seed);
        long started = System.nanoTime();
        try (Laptops team = new Laptops(dir)) {
            ServerLogin login = team.owner();
            Path laptopDir = dir.resolve("a");
            UUID meetingId;
            Store first = Store.open(laptopDir);
            try {
                BenchData.fillFullCases(first, 1, seed);
                Laptops.sync(first, login);
                UUID caseId = first.cases().listAll().get(0).getId();
                meetingId = first.meetings().list(caseId).stream().map(Meeting::getId).findFirst().orElseThrow();
            } finally {
                first.close();
            }

            Map<UUID, String> acknowledged = new LinkedHashMap<>(); // id -> the last text acknowledged for it
            List<String> allTexts = new ArrayList<>();
            int killedMidSync = 0;
            for (int round = 0; round < ROUNDS; round++) {
                try (ChildJvm child = ChildJvm.start(dir.resolve("child.log"), List.of(), SyncChild.class.getName(),
                        laptopDir.toString(), TestPostgres.url(team.database), String.valueOf(round), meetingId.toString())) {
                    List<String> lines = new ArrayList<>();
                    lines.add(child.nextLine(ChildJvm.startTimeout())); // the store is open and the first edit is in
                    // a random point of the child's progress (not of the clock, which a busy machine stretches): after
                    // a random number of its lines, which include the start of syncs
                    for (int more = random.nextInt(7); more > 0; more--) {
                        lines.add(child.nextLine(ChildJvm.startTimeout()));
                    }
                    child.kill();
                    lines.addAll(child.remainingLines());
                    boolean inSync = false;
                    for (String line : lines) {
                        if (line.startsWith("ack ")) {
                            String[] p = line.split(" ", 3);
                            acknowledged.put(UUID.fromString(p[1]), p[2]);
                            allTexts.add(p[2]);
                        }
                        inSync = line.equals("sync") || (inSync && !line.equals("synced"));
                    }
                    if (inSync) {
                        killedMidSync++;
                    }
                }
            }

            try (Store a = Store.open(laptopDir)) {
                Store b = team.laptop("b");
                Laptops.sync(a, login);
                Laptops.sync(b, login);
                Laptops.sync(a, login);
                Laptops.assertSameWork(a, b);
                assertThat(new Sync(a).status().unsent()).isZero();
                assertThat(new Sync(a).conflicts()).as("one laptop alone never conflicts with itself").isEmpty();
                for (Store s : List.of(a, b)) {
                    int inbox = s.jdbi().withHandle(h -> h.createQuery("select count(*) from sync_inbox").mapTo(Integer.class).one());
                    assertThat(inbox).isZero();
                }
                try (Connection server = TestPostgres.owner(team.database).getConnection()) {
                    for (Map.Entry<UUID, String> e : acknowledged.entrySet()) {
                        String onServer = one(server, "select what from action_item where id = ?", e.getKey());
                        // a later edit of the same 宿題 may have been committed just before the kill, unacknowledged
                        assertThat(onServer).as("acknowledged 宿題 " + e.getKey()).isNotNull()
                                .isGreaterThanOrEqualTo(e.getValue());
                    }
                    for (String text : allTexts) {
                        assertThat(count(server, "select count(*) from action_item where what = ?", text))
                                .as("rows with text " + text).isLessThanOrEqualTo(1);
                    }
                    assertThat(count(server, "select count(*) from action_item where meeting_id = ?", meetingId))
                            .isEqualTo(a.meetings().actionItems(meetingId).size());
                }
                assertThat(a.meetings().actionItems(meetingId).stream().map(x -> x.getId()).toList())
                        .containsAll(acknowledged.keySet());
            }
            System.out.printf("SyncKillTest: %d rounds, %d killed during a sync, %d edits acknowledged on %d 宿題, %.1f s%n",
                    ROUNDS, killedMidSync, allTexts.size(), acknowledged.size(), (System.nanoTime() - started) / 1e9);
            assertThat(killedMidSync).as("some kills land inside a sync").isPositive();
        }
    }

    private static String one(Connection c, String sql, Object arg) throws Exception {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, arg);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static int count(Connection c, String sql, Object arg) throws Exception {
        return Integer.parseInt(one(c, sql, arg));
    }
}
