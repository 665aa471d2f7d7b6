package jp.banso.report;

import java.awt.image.BufferedImage;
import java.util.UUID;
import jp.banso.store.Store;

/**
 * Pictures of boards for the グループワーク記録. Report code knows no JavaFX: the board is drawn by the board's own
 * renderer, which the dialog and the command line pass in ({@code BoardImages.drawnBy(BoardPicture::render)}); where
 * JavaFX cannot run (a server without a display) {@link #NONE} leaves the picture out.
 */
public interface BoardImages {

    /** PNG bytes of the whole board, or null if it cannot be drawn here. */
    byte[] png(Store store, UUID boardId);

    /** Why pictures are left out (Japanese), or null when they are drawn. */
    String unavailableReason();

    /** Draws one board to an image, its longest side at most {@code maxSide} pixels (the board's {@code BoardPicture::render}). */
    @FunctionalInterface
    interface Painter {
        /** @throws IllegalStateException with a message for the user when the board could not be drawn */
        BufferedImage draw(Store store, UUID boardId, double maxSide);
    }

    /** Pictures drawn by {@code painter} and encoded here as PNG. */
    static BoardImages drawnBy(Painter painter) {
        return new DrawnBoardImages(painter);
    }

    BoardImages NONE = new BoardImages() {
        @Override
        public byte[] png(Store store, UUID boardId) {
            return null;
        }

        @Override
        public String unavailableReason() {
            return "ボードの画像は出力していません（画面を使えない環境のため）";
        }
    };
}
