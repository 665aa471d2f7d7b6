package jp.banso.board;

/**
 * The Japanese font family the board draws with (Noto Sans CJK on Linux, the system's Japanese UI font elsewhere),
 * and the sizes of note text, in board units (screen pixels at zoom 1).
 */
final class BoardFonts {
    static final String FAMILY = jp.banso.ui.JapaneseFont.FAMILY;

    /** A note's text; notes grow to hold it at this size ({@link BoardLayout#fittedHeight}). */
    static final double NOTE_TEXT = BoardLayout.NOTE_TEXT;
    /** Never smaller: text that does not fit even so is cut, with …全文 to see all of it. */
    static final double MIN_NOTE_TEXT = 12;
    /** Who said it. */
    static final double AUTHOR_TEXT = 12;
    /** Who said it, on the projector. */
    static final double PRESENTATION_AUTHOR_TEXT = 15;
    /** The smallest note text and speaker label 発表モード shows, in screen pixels (readable from the back of a room of 20–40). */
    static final double PRESENTATION_MIN_SCREEN_PX = 20;

    private BoardFonts() {
    }

    /** The least zoom of the projector view: its smallest note text is then {@link #PRESENTATION_MIN_SCREEN_PX}. */
    static double presentationMinZoom() {
        return PRESENTATION_MIN_SCREEN_PX / Math.min(NOTE_TEXT, PRESENTATION_AUTHOR_TEXT);
    }
}
