package jp.banso.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import jp.banso.board.BoardModel;
import jp.banso.cases.DemoCase;
import jp.banso.domain.SupportCase;
import jp.banso.roadmap.RoadmapModel;
import jp.banso.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12, item 20: the status bar's 「保存しました」 follows every save — a note on the board and a bar on the
 * roadmap too, which save through their models, not through a form. An error shown before is cleared by the next save.
 */
@ExtendWith(ApplicationExtension.class)
class SaveStatusUiTest {
    @TempDir
    Path dir;
    private Store store;
    private SupportCase demo;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 100, 100));
        stage.show();
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void boardAndRoadmapSavesShowInTheStatus() throws Exception {
        store = Store.open(dir);
        demo = DemoCase.create(store);
        SaveStatus.follow(store);

        UUID boardId = store.boards().boards(demo.getId()).get(0).getId();
        BoardModel board = fx(() -> new BoardModel(store.boards(), boardId));
        failThenWrite(() -> board.addNote(board.lanes().get(0).getId(), "付箋", null));

        RoadmapModel roadmap = fx(() -> new RoadmapModel(store.roadmaps(), store.boards(), demo.getId()));
        failThenWrite(() -> roadmap.move(roadmap.items().get(0).getId(), 1));

        // a write on another thread (an import, say) reaches the status too
        SupportCase c = store.cases().find(demo.getId()).orElseThrow();
        c.setNote("別のスレッドで保存");
        WaitForAsyncUtils.asyncFx(() -> SaveStatus.failed("前の失敗")).get(5, TimeUnit.SECONDS);
        Thread worker = new Thread(() -> store.cases().save(c));
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> SaveStatus.error().get().isEmpty()));
        assertThat(fx(() -> SaveStatus.message().get())).startsWith("保存しました");
    }

    /** Shows an error, does the write on the FX thread, and expects 「保存しました」 with the error gone. */
    private static void failThenWrite(Runnable write) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            SaveStatus.failed("前の失敗");
            write.run();
        }).get(10, TimeUnit.SECONDS);
        assertThat(fx(() -> SaveStatus.error().get())).isEmpty();
        assertThat(fx(() -> SaveStatus.message().get())).matches("保存しました \\d\\d:\\d\\d:\\d\\d");
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }
}
