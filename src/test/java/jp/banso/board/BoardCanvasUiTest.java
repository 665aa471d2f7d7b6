package jp.banso.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import jp.banso.app.MainWindow;
import jp.banso.cases.NewCase;
import jp.banso.domain.Note;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.store.BenchData;
import jp.banso.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 17: what a captured note redraws on a large board — its own node and the lanes' titles, nothing else. */
@ExtendWith(ApplicationExtension.class)
class BoardCanvasUiTest {
    @TempDir
    Path dataDir;

    private Store store;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        store = Store.open(dataDir);
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            stage.setScene(null);
            store.close();
            return null;
        });
    }

    @Test
    void aCapturedNoteTouchesNoOtherNotesNodeAndLeavesTheIslandsAsTheyAre() throws Exception {
        SupportCase c = new NewCase("栃木県", "さくら市", 2022, "老健局主導型", StartKind.ENTRY).create(store.cases());
        UUID boardId = BoardModel.create(store.boards(), c.getId(), null, "大きなボード", BoardModelTest.VISION_CURRENT_ISSUE).getId();
        BenchData.fillBoard(store, new BoardModel(store.boards(), boardId), 2_000, 5);
        BoardModel model = new BoardModel(store.boards(), boardId);
        List<UUID> first = model.notes().stream().limit(2).map(Note::getId).toList();
        model.group(first, "島");
        BoardCanvas canvas = fx(() -> {
            BoardCanvas view = new BoardCanvas(model, false);
            Scene scene = new Scene(view, 1200, 800);
            MainWindow.style(scene);
            stage.setScene(scene);
            stage.show();
            view.zoomToFit();
            return view;
        });
        WaitForAsyncUtils.waitForFxEvents();

        // every note's node tells when it is laid out again, moved, shown or hidden
        Set<UUID> touched = ConcurrentHashMap.newKeySet();
        Node island = fx(() -> {
            for (Note n : model.notes()) {
                NoteNode node = canvas.noteNode(n.getId());
                node.needsLayoutProperty().addListener((o, was, is) -> touched.add(n.getId()));
                node.layoutXProperty().addListener(o -> touched.add(n.getId()));
                node.layoutYProperty().addListener(o -> touched.add(n.getId()));
                node.visibleProperty().addListener(o -> touched.add(n.getId()));
            }
            return canvas.lookup(".note-group");
        });
        assertThat(island).as("the island is drawn").isNotNull();

        Note added = fx(() -> model.addNote(model.lanes().get(0).getId(), "新しい付箋", null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(touched).as("no other note's node is redrawn, moved or culled again").isEmpty();
        assertThat(fx(() -> canvas.noteNode(added.getId()).getParent())).as("the new note is drawn").isNotNull();
        assertThat(fx(() -> canvas.lookup(".note-group"))).as("an island the note is not part of is not drawn again").isSameAs(island);

        // a note that joins an island redraws it
        fx(() -> model.group(new ArrayList<>(List.of(first.get(0), added.getId())), "島"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> canvas.lookup(".note-group"))).isNotSameAs(island);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(60, TimeUnit.SECONDS);
    }
}
