package jp.banso.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import jp.banso.store.BenchData;
import jp.banso.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One laptop's clock is 10 years ahead: its rows carry created_at/updated_at in 2036. The order of edits is the order
 * the server took them (its revisions), never the laptops' clocks: every laptop ends with the edit the server took last.
 */
class SyncClockTest {
    @TempDir
    Path dir;
    Laptops team;
    Store normal;
    Store ahead;
    Store third;
    ServerLogin login;
    UUID noteId;

    @BeforeEach
    void setUp() {
        team = new Laptops(dir);
        normal = team.laptop("normal");
        ahead = team.laptop("ahead");
        third = team.laptop("third");
        login = team.owner();
        BenchData.fillFullCases(normal, 1, 41);
        for (Store s : List.of(normal, ahead, third)) {
            Laptops.sync(s, login);
        }
        noteId = normal.jdbi().withHandle(h -> h.createQuery("select min(id) from board_note").mapTo(UUID.class).one());
    }

    @AfterEach
    void tearDown() {
        team.close();
    }

    @Test
    void aNormalEditAfterAFutureStampedOneWins() {
        edit(ahead, "十年先の端末の文", true);
        Laptops.sync(ahead, login);
        Laptops.sync(normal, login);
        edit(normal, "後から直した文", false);
        syncAll();
        assertEveryLaptopHas("後から直した文");
    }

    @Test
    void aFutureStampedEditAfterANormalOneWins() {
        edit(normal, "先に直した文", false);
        Laptops.sync(normal, login);
        Laptops.sync(ahead, login);
        edit(ahead, "十年先の端末が後から直した文", true);
        syncAll();
        assertEveryLaptopHas("十年先の端末が後から直した文");
    }

    @Test
    void concurrentEditsGoByTheServersOrderNotByTheFutureStamp() {
        edit(normal, "サーバーが先に受けた文", false);
        edit(ahead, "十年先の印の文", true);
        Laptops.sync(normal, login); // the server takes this one first
        Laptops.sync(ahead, login);  // this one meets it: a conflict, however late its stamp
        syncAll();
        assertEveryLaptopHas("サーバーが先に受けた文");
        assertThat(new Sync(ahead).conflicts()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("text");
            assertThat(c.mine()).isEqualTo("十年先の印の文");
        });
    }

    @Test
    void rowsMadeOnTheFutureLaptopArriveAndRowsMadeLaterStillArrive() {
        UUID future = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        insertCopy(ahead, future, "十年先に作った付箋", true);
        Laptops.sync(ahead, login);
        insertCopy(normal, later, "今日作った付箋", false);
        syncAll();
        for (Store s : List.of(normal, ahead, third)) {
            List<String> texts = s.jdbi().withHandle(h -> h.createQuery("select text from board_note where id in (<ids>) "
                    + "order by text").bindList("ids", List.of(future, later)).mapTo(String.class).list());
            assertThat(texts).containsExactly("今日作った付箋", "十年先に作った付箋");
        }
        Laptops.assertSameWork(normal, third);
        Laptops.assertSameWork(ahead, third);
    }

    private void edit(Store laptop, String text, boolean tenYearsAhead) {
        laptop.jdbi().useHandle(h -> h.createUpdate("update board_note set text = :t, updated_at = " + stamp(tenYearsAhead)
                + " where id = :id").bind("t", text).bind("id", noteId).execute());
    }

    private void insertCopy(Store laptop, UUID id, String text, boolean tenYearsAhead) {
        laptop.jdbi().useHandle(h -> h.createUpdate("insert into board_note (id, board_id, lane_id, group_id, text, colour, author, "
                + "x, y, width, height, votes, priority, created_at, updated_at) select :id, board_id, lane_id, null, :t, colour, "
                + "author, x + 10, y + 10, width, height, 0, false, " + stamp(tenYearsAhead) + ", " + stamp(tenYearsAhead)
                + " from board_note where id = :from").bind("id", id).bind("t", text).bind("from", noteId).execute());
    }

    private static String stamp(boolean tenYearsAhead) {
        return tenYearsAhead ? "dateadd('YEAR', 10, localtimestamp)" : "localtimestamp";
    }

    private void syncAll() {
        for (int i = 0; i < 2; i++) {
            for (Store s : List.of(normal, ahead, third)) {
                Laptops.sync(s, login);
            }
        }
    }

    private void assertEveryLaptopHas(String text) {
        for (Store s : List.of(normal, ahead, third)) {
            String now = s.jdbi().withHandle(h -> h.createQuery("select text from board_note where id = :id").bind("id", noteId)
                    .mapTo(String.class).one());
            assertThat(now).isEqualTo(text);
        }
        Laptops.assertSameWork(normal, ahead);
        Laptops.assertSameWork(normal, third);
    }
}
