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
    void writesAreToldApartFromReads() {
        assertThat(CommittedWrites.isWrite("  MERGE into note (id) key (id) values (:id)")).isTrue();
        assertThat(CommittedWrites.isWrite("delete from note where id = :id")).isTrue();
        assertThat(CommittedWrites.isWrite("insert into x values (1)")).isTrue();
        assertThat(CommittedWrites.isWrite("update x set a = 1")).isTrue();
        assertThat(CommittedWrites.isWrite("select * from note")).isFalse();
        assertThat(CommittedWrites.isWrite(null)).isFalse();
    }
}
