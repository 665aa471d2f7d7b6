package jp.banso.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import jp.banso.cases.DemoCase;
import jp.banso.domain.SupportCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store tells its listeners about every write that reached the database, and only those. */
class CommittedWritesTest {
    @TempDir
    Path dir;

    @Test
    void aCommittedWriteIsReportedAReadOrARolledBackOneIsNot() {
        try (Store store = Store.open(dir)) {
            AtomicInteger writes = new AtomicInteger();
            store.onCommittedWrite(writes::incrementAndGet);
            SupportCase c = DemoCase.create(store);
            assertThat(writes.get()).as("the demo case was written").isPositive();

            writes.set(0);
            store.cases().summaries();
            store.boards().boards(c.getId());
            assertThat(writes.get()).as("reads").isZero();

            c.setNote("メモ");
            store.cases().save(c);
            assertThat(writes.get()).as("one save in auto-commit").isEqualTo(1);

            writes.set(0);
            assertThatThrownBy(() -> store.jdbi().useTransaction(h -> {
                h.execute("update support_case set note = 'ロールバック' where id = ?", c.getId());
                throw new IllegalStateException("失敗");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(writes.get()).as("a rolled back transaction").isZero();

            store.jdbi().useTransaction(h -> {
                h.execute("update support_case set note = 'a' where id = ?", c.getId());
                h.execute("update support_case set note = 'b' where id = ?", c.getId());
            });
            assertThat(writes.get()).as("a transaction of two writes, once at its commit").isEqualTo(1);
        }
    }

    @Test
    void aListenerOfSomeTablesHearsOnlyWritesToThem() {
        try (Store store = Store.open(dir)) {
            SupportCase c = DemoCase.create(store);
            AtomicInteger cases = new AtomicInteger();
            store.onCommittedWrite(java.util.Set.of("support_case", "meeting"), cases::incrementAndGet);
            store.jdbi().useHandle(h -> h.execute("update board_note set text = text where 1 = 0"));
            store.jdbi().useTransaction(h -> h.execute("update board set title = title where case_id = ?", c.getId()));
            assertThat(cases.get()).as("notes and boards").isZero();

            c.setNote("メモ");
            store.cases().save(c);
            assertThat(cases.get()).as("the case saved").isEqualTo(1);
            store.jdbi().useTransaction(h -> {
                h.execute("update board set title = title where case_id = ?", c.getId());
                h.execute("update meeting set title = title where case_id = ?", c.getId());
            });
            assertThat(cases.get()).as("a transaction that wrote a board and a meeting").isEqualTo(2);
            assertThatThrownBy(() -> store.jdbi().useTransaction(h -> {
                h.execute("update meeting set title = title where case_id = ?", c.getId());
                throw new IllegalStateException("失敗");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(cases.get()).as("rolled back").isEqualTo(2);
        }
    }

    @Test
    void theTableIsReadOffTheStatementAndAnUnreadableOneConcernsEveryone() {
        assertThat(CommittedWrites.tableOf("  MERGE into note (id) key (id) values (:id)")).isEqualTo("note");
        assertThat(CommittedWrites.tableOf("delete from PUBLIC.Meeting where id = :id")).isEqualTo("meeting");
        assertThat(CommittedWrites.tableOf("insert into \"STATE_CHANGE\"(id) values (1)")).isEqualTo("state_change");
        assertThat(CommittedWrites.tableOf("update support_case set a = 1")).isEqualTo("support_case");
        assertThat(CommittedWrites.tableOf("update\n  roadmap_item\nset a = 1")).isEqualTo("roadmap_item");
        assertThat(CommittedWrites.tableOf("insert /* hint */ into x values (1)")).isEqualTo("*");
    }

    @Test
    void writesAreToldApartFromReads() {
        assertThat(CommittedWrites.isWrite("  MERGE into note (id) key (id) values (:id)")).isTrue();
        assertThat(CommittedWrites.isWrite("delete from note where id = :id")).isTrue();
        assertThat(CommittedWrites.isWrite("insert into x values (1)")).isTrue();
        assertThat(CommittedWrites.isWrite("update x set a = 1")).isTrue();
        assertThat(CommittedWrites.isWrite("select * from note")).isFalse();
        assertThat(CommittedWrites.isWrite(null)).isFalse();
    }
}
