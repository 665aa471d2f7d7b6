package jp.banso.board;

/** A board action refused, with a message for the person at the keyboard (Japanese). Nothing was changed. */
public class BoardException extends RuntimeException {
    public BoardException(String message) {
        super(message);
    }
}
