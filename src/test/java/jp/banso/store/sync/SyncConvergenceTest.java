package jp.banso.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import jp.banso.domain.ActionItem;
import jp.banso.domain.Meeting;
import jp.banso.domain.SupportCase;
import jp.banso.store.BenchData;
import jp.banso.store.Store;
import jp.banso.store.server.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three laptops edit offline at random (notes, meetings, 宿題, the case's text; additions and deletions) and sync in
 * random orders, round after round; then each syncs twice. All three hold the same rows, and the server holds exactly
 * the union: no addition lost, no deletion undone unless a conflict kept the row, and then it is in a conflict list.
 */
class SyncConvergenceTest {
    private static final int ROUNDS = 6;
    private static final int EDITS = 8;

    @TempDir
    Path dir;

    @Test
    void threeLaptopsEditingOfflineInRandomOrdersConverge() throws Exception {
        long seed = Long.getLong("sync.convergence.seed", System.nanoTime());
        System.out.println("SyncConvergenceTest seed " + seed + " (rerun with -Dsync.convergence.seed=" + seed + ")");
        Random random = new Random(seed);
        long started = System.nanoTime();
        try (Laptops team = new Laptops(dir)) {
            ServerLogin login = team.owner();
            List<Store> laptops = List.of(team.laptop("a"), team.laptop("b"), team.laptop("c"));
            BenchData.fillFullCases(laptops.get(0), 1, seed);
            for (Store s : laptops) {
                Laptops.sync(s, login);
            }
            UUID caseId = laptops.get(0).cases().listAll().get(0).getId();
            Set<UUID> added = new HashSet<>();
            Set<UUID> deleted = new HashSet<>();
            int syncs = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (int l = 0; l < laptops.size(); l++) {
                    for (int e = 0; e < EDITS; e++) {
                        edit(laptops.get(l), caseId, random, "r" + round + " " + "abc".charAt(l) + e, added, deleted);
                    }
                }
                List<Store> order = new ArrayList<>(laptops);
                Collections.shuffle(order, random);
                for (Store s : order.subList(0, 1 + random.nextInt(order.size()))) {
                    Laptops.sync(s, login);
                    syncs++;
                }
            }
            for (int i = 0; i < 2; i++) {
                for (Store s : laptops) {
                    Laptops.sync(s, login);
                    syncs++;
                }
            }

            Laptops.assertSameWork(laptops.get(0), laptops.get(1));
            Laptops.assertSameWork(laptops.get(0), laptops.get(2));
            Set<UUID> inConflictLists = new HashSet<>();
            int conflicts = 0;
            for (Store s : laptops) {
                assertThat(new Sync(s).status().unsent()).isZero();
                for (SyncConflict c : new Sync(s).conflicts()) {
                    inConflictLists.add(c.rowId());
                    conflicts++;
                }
            }
            Set<UUID> onServer = serverIds(team.database);
            Set<UUID> lost = new HashSet<>(added);
            lost.removeAll(deleted);
            lost.removeAll(onServer);
            assertThat(lost).as("additions nobody deleted are on the server").isEmpty();
            Set<UUID> resurrected = new HashSet<>(deleted);
            resurrected.retainAll(onServer);
            resurrected.removeAll(inConflictLists);
            assertThat(resurrected).as("deleted rows back on the server without a conflict that kept them").isEmpty();
            assertThat(serverIds(team.database)).hasSize(Laptops.dump(laptops.get(0)).values().stream().mapToInt(List::size).sum()
                    - Laptops.dump(laptops.get(0)).get("case_fiscal_year").size());
            System.out.printf("SyncConvergenceTest: %d edits, %d additions, %d deletions, %d syncs, %d conflicts kept, %d rows "
                    + "on the server, %.1f s%n", ROUNDS * EDITS * laptops.size(), added.size(), deleted.size(), syncs, conflicts,
                    onServer.size(), (System.nanoTime() - started) / 1e9);
        }
    }

    /** One random edit, made as the screens make it (repositories) or, for board notes, as the board saves them. */
    private static void edit(Store s, UUID caseId, Random random, String tag, Set<UUID> added, Set<UUID> deleted) {
        List<Meeting> meetings = s.meetings().list(caseId);
        Meeting meeting = meetings.get(random.nextInt(Math.min(3, meetings.size())));
        List<ActionItem> items = s.meetings().actionItems(meeting.getId());
        List<UUID> notes = s.jdbi().withHandle(h -> h.createQuery("select id from board_note order by id").mapTo(UUID.class).list());
        switch (random.nextInt(7)) {
            case 0 -> {
                UUID note = notes.get(random.nextInt(notes.size()));
                s.jdbi().useHandle(h -> h.execute("update board_note set text = ?, updated_at = localtimestamp where id = ?",
                        "付箋 " + tag, note));
            }
            case 1 -> {
                if (notes.size() > 5) {
                    UUID note = notes.get(random.nextInt(notes.size()));
                    s.jdbi().useHandle(h -> h.execute("delete from board_note where id = ?", note));
                    deleted.add(note);
                }
            }
            case 2 -> {
                meeting.setSummary("記録 " + tag);
                s.meetings().save(meeting);
            }
            case 3 -> {
                if (!items.isEmpty()) {
                    ActionItem item = items.get(random.nextInt(items.size()));
                    item.setWhat("宿題 " + tag);
                    s.meetings().save(item);
                }
            }
            case 4 -> {
                ActionItem item = new ActionItem();
                item.setMeetingId(meeting.getId());
                item.setWhat("新しい宿題 " + tag);
                item.setWho("市");
                item.setSortOrder(items.size());
                s.meetings().save(item);
                added.add(item.getId());
            }
            case 5 -> {
                if (!items.isEmpty()) {
                    UUID item = items.get(random.nextInt(items.size())).getId();
                    s.meetings().deleteActionItem(item);
                    deleted.add(item);
                }
            }
            default -> {
                SupportCase c = s.cases().find(caseId).orElseThrow();
                c.setNote("ケースのメモ " + tag);
                s.cases().save(c);
            }
        }
    }

    /** The ids of every synced row on the server. */
    private static Set<UUID> serverIds(String database) throws Exception {
        Set<UUID> ids = new HashSet<>();
        try (Connection c = TestPostgres.owner(database).getConnection(); Statement st = c.createStatement()) {
            for (String t : SyncTables.ORDER) {
                try (ResultSet rs = st.executeQuery("select id from " + t)) {
                    while (rs.next()) {
                        ids.add((UUID) rs.getObject(1));
                    }
                }
            }
        }
        return ids;
    }
}
