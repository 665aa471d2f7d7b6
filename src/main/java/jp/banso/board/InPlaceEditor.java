package jp.banso.board;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import jp.banso.domain.Note;

/**
 * A note's text edited where the note is: a text area over it in the notes layer. Enter saves (Shift+Enter is a new
 * line), Esc cancels, leaving the area saves. A refused text keeps the area open with what was typed.
 */
final class InPlaceEditor {
    private final BoardModel model;
    private final Pane layer;
    /** Gives the keyboard back to the canvas when the area closes. */
    private final Runnable giveBackFocus;
    private final Consumer<String> onError;
    private TextArea area;

    InPlaceEditor(BoardModel model, Pane layer, Runnable giveBackFocus, Consumer<String> onError) {
        this.model = model;
        this.layer = layer;
        this.giveBackFocus = giveBackFocus;
        this.onError = onError;
    }

    void start(UUID id) {
        Note n = model.note(id);
        if (n == null) {
            return;
        }
        TextArea a = new TextArea(n.getText());
        a.setWrapText(true);
        a.setManaged(false);
        a.getStyleClass().add("note-editor");
        a.resizeRelocate(n.getX() - 4, n.getY() - 4, Math.max(n.getWidth() + 8, 260), Math.max(n.getHeight() + 8, 140));
        a.setUserData(id);
        a.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ENTER && !k.isShiftDown()) {
                commit();
                k.consume();
            } else if (k.getCode() == KeyCode.ESCAPE) {
                close();
                k.consume();
            }
        });
        a.focusedProperty().addListener((o, was, is) -> {
            if (!is && area == a) {
                commit();
            }
        });
        layer.getChildren().add(a);
        area = a;
        a.requestFocus();
        a.selectAll();
    }

    boolean isOpen() {
        return area != null;
    }

    /** Saves the text and closes; a refusal is told and the area stays open, so nothing typed is lost. */
    void commit() {
        TextArea a = area;
        if (a == null) {
            return;
        }
        try {
            model.editText((UUID) a.getUserData(), a.getText());
            close();
        } catch (BoardException ex) {
            onError.accept(ex.getMessage());
        }
    }

    private void close() {
        TextArea a = area;
        area = null;
        if (a != null) {
            layer.getChildren().remove(a);
            giveBackFocus.run();
        }
    }
}
