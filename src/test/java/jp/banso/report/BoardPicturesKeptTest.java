package jp.banso.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import jp.banso.board.BoardModel;
import jp.banso.board.BoardPicture;
import jp.banso.board.TemplateLibrary;
import jp.banso.cases.NewCase;
import jp.banso.domain.Note;
import jp.banso.domain.StartKind;
import jp.banso.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-out dialog's pictures: a board unchanged since its last picture is not drawn again in a later export, any
 * change to what the picture shows (a note's text, its place, a lane, an author's colour) draws it again; the pictures
 * an export announces are drawn ahead.
 */
class BoardPicturesKeptTest {
    @TempDir
    Path dir;
    Store store;
    BoardModel model;
    UUID caseId;
    final AtomicInteger drawn = new AtomicInteger();
    final BoardImages.Painter painter = (s, id, max) -> {
        drawn.incrementAndGet();
        return new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    };

    @BeforeEach
    void board() {
        store = Store.open(dir);
        caseId = new NewCase("栃木県", "さくら市", 2026, "老健局主導型", StartKind.ENTRY).create(store.cases()).getId();
        model = new BoardModel(store.boards(), BoardModel.create(store.boards(), caseId, null, "ボード", TemplateLibrary.load(null).defaultTemplate()).getId());
        model.addNote(model.lanes().get(0).getId(), "送迎を見直す", "市町村");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anUnchangedBoardIsDrawnOnceAcrossExports() {
        UUID board = model.board().getId();
        byte[] first = BoardImages.drawnBy(painter, BoardPicture::revision).png(store, board);
        byte[] second = BoardImages.drawnBy(painter, BoardPicture::revision).png(store, board); // the next export

        assertThat(drawn).hasValue(1);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void whatThePictureShowsChangedDrawsItAgain() {
        UUID board = model.board().getId();
        BoardImages images = BoardImages.drawnBy(painter, BoardPicture::revision);
        Note note = model.notes().iterator().next();
        images.png(store, board);

        model.editText(note.getId(), "送迎と開始時期を見直す");
        images.png(store, board);
        model.move(java.util.Map.of(note.getId(), new double[] {note.getX() + 200, note.getY()}));
        images.png(store, board);
        model.renameLane(model.lanes().get(1).getId(), "いまの姿");
        images.png(store, board);
        store.boards().saveAuthors(java.util.List.of(new jp.banso.domain.Speaker("市町村", "#C0392B")));
        images.png(store, board);
        images.png(store, board);

        assertThat(drawn).hasValue(5);
    }

    @Test
    void picturesAnnouncedByTheExportAreDrawnAheadOnTheirOwnThreadAndOnce() {
        UUID board = model.board().getId();
        java.util.List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        BoardImages images = BoardImages.drawnBy((s, id, max) -> {
            threads.add(Thread.currentThread().getName());
            return painter.draw(s, id, max);
        });

        images.prepare(store, java.util.List.of(board));
        byte[] png = images.png(store, board);

        assertThat(png).isNotEmpty();
        assertThat(threads).containsExactly("banso-board-pictures");
    }

    @Test
    void aPictureThatFailedAheadFailsWhereItIsAskedForWithThePaintersMessage() {
        UUID board = model.board().getId();
        BoardImages images = BoardImages.drawnBy((s, id, max) -> {
            throw new IllegalStateException("ボードの画像を作成できませんでした。もう一度出力してください");
        });

        images.prepare(store, java.util.List.of(board));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> images.png(store, board)).isInstanceOf(ReportException.class)
                .hasMessage("ボードの画像を作成できませんでした。もう一度出力してください");
    }

    @Test
    void withoutRevisionsEveryPictureIsDrawn() {
        UUID board = model.board().getId();
        BoardImages images = BoardImages.drawnBy(painter);
        images.png(store, board);
        images.png(store, board);

        assertThat(drawn).hasValue(2);
    }
}
