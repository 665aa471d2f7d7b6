package jp.banso.report;

import java.util.UUID;
import jp.banso.store.Store;

/**
 * Pictures of boards for the グループワーク記録. The board is drawn by the board's own renderer, which needs JavaFX
 * ({@link FxBoardImages}); where JavaFX cannot run (a server without a display) {@link #NONE} leaves the picture out.
 */
public interface BoardImages {

    /** PNG bytes of the whole board, or null if it cannot be drawn here. */
    byte[] png(Store store, UUID boardId);

    /** Why pictures are left out (Japanese), or null when they are drawn. */
    String unavailableReason();

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
