package jp.banso.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.banso.cases.DemoCase;
import jp.banso.domain.SupportCase;
import jp.banso.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping an export: what was finished is kept and reported, nothing half-written stays behind. */
class ExportServiceTest {
    @TempDir
    Path dir;

    @Test
    void stoppedBeforeTheFirstFileWritesNothing() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            SupportCase c = DemoCase.create(store);
            Path out = dir.resolve("out");
            ExportService.Result r = new ExportService(store, BoardImages.NONE, () -> LocalDate.of(2023, 3, 31)).run(
                    new ExportService.Request(c.getId(), null, FormRegistry.all(), out), new ExportService.Progress() {
                        @Override
                        public void step(int done, int total, String message) {
                        }

                        @Override
                        public boolean cancelled() {
                            return true;
                        }
                    });
            assertThat(r.cancelled()).isTrue();
            assertThat(r.files()).isEmpty();
            assertThat(r.notes()).anyMatch(n -> n.startsWith("中止しました（0 / "));
            assertThat(ReportFixtures.filesIn(out)).isEmpty();
        }
    }

    @Test
    void stoppedHalfWayKeepsTheFinishedFilesOnly() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            SupportCase c = DemoCase.create(store);
            Path out = dir.resolve("out");
            AtomicBoolean stop = new AtomicBoolean();
            ExportService.Result r = new ExportService(store, BoardImages.NONE, () -> LocalDate.of(2023, 3, 31)).run(
                    new ExportService.Request(c.getId(), null, FormRegistry.all(), out), new ExportService.Progress() {
                        @Override
                        public void step(int done, int total, String message) {
                            if (done >= 1) {
                                stop.set(true); // the user presses 閉じる after the first file
                            }
                        }

                        @Override
                        public boolean cancelled() {
                            return stop.get();
                        }
                    });
            assertThat(r.cancelled()).isTrue();
            assertThat(r.files()).isNotEmpty().hasSizeLessThan(12);
            assertThat(ReportFixtures.filesIn(out)).containsExactlyInAnyOrderElementsOf(r.files());
        }
    }
}
