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

    /**
     * The boards an export will ask pictures of: they may be drawn from now on, side by side with the files that need
     * none, so that {@link #png} finds them ready. Nothing by default.
     */
    default void prepare(Store store, java.util.List<UUID> boardIds) {
    }

    /** Why pictures are left out (Japanese), or null when they are drawn. */
    String unavailableReason();

    /** Draws one board to an image, its longest side at most {@code maxSide} pixels (the board's {@code BoardPicture::render}). */
    @FunctionalInterface
    interface Painter {
        /** @throws IllegalStateException with a message for the user when the board could not be drawn */
        BufferedImage draw(Store store, UUID boardId, double maxSide);
    }

    /** What a board's picture is drawn from, as a text: equal revisions, equal pictures (the board's {@code BoardPicture::revision}). */
    @FunctionalInterface
    interface Revisions {
        String of(Store store, UUID boardId);
    }

    /** Pictures drawn by {@code painter} and encoded here as PNG, every time. */
    static BoardImages drawnBy(Painter painter) {
        return new DrawnBoardImages(painter, null);
    }

    /**
     * Pictures drawn by {@code painter} and encoded here as PNG; a board whose revision has not changed since it was last
     * drawn in this session is not drawn again (the next export of a case redraws only the boards edited meanwhile).
     */
    static BoardImages drawnBy(Painter painter, Revisions revisions) {
        return new DrawnBoardImages(painter, revisions);
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
