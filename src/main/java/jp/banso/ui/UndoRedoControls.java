package jp.banso.ui;

import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import jp.banso.domain.UndoLabels;
import jp.banso.domain.UndoableModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * 元に戻す / やり直す for a page whose model has undo (the board, the roadmap): two buttons whose tooltips say what they
 * would do and are disabled when there is nothing to do, and the keys Ctrl+Z (undo), Ctrl+Y and Ctrl+Shift+Z (redo)
 * on the page. The state is kept in read-only properties that follow the model after every action, undo and redo.
 * What undo and redo do around the model's (save a form first, say what was done, show a refusal) is the page's.
 */
public final class UndoRedoControls {
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO_TOO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final UndoableModel model;
    private final Runnable onUndo;
    private final Runnable onRedo;
    private final ReadOnlyObjectWrapper<UndoLabels> labels;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final Button undo = new Button(null, new FontIcon("mdi2u-undo"));
    private final Button redo = new Button(null, new FontIcon("mdi2r-redo"));
    private final UndoableModel.Listener follow;
    private java.util.function.Consumer<String> onBlocked = message -> { };

    /**
     * @param idPrefix the buttons' ids: {@code idPrefix-undo} and {@code idPrefix-redo}
     * @param onUndo   what the page does for 元に戻す (calls the model's undo)
     */
    public UndoRedoControls(UndoableModel model, String idPrefix, Runnable onUndo, Runnable onRedo) {
        this.model = model;
        this.onUndo = onUndo;
        this.onRedo = onRedo;
        labels = new ReadOnlyObjectWrapper<>(model.undoLabels());
        canUndo.bind(Bindings.createBooleanBinding(() -> labels.get().canUndo(), labels));
        canRedo.bind(Bindings.createBooleanBinding(() -> labels.get().canRedo(), labels));
        follow = changes -> follow(model.undoLabels());
        model.addListener(follow);

        undo.setId(idPrefix + "-undo");
        undo.disableProperty().bind(canUndo.not());
        undo.setTooltip(tooltip(() -> !canUndo.get() ? Msg.t("board.undo") : labels.get().undoBlocked()
                ? Msg.t("incoming.undoBlocked", labels.get().undo()) : Msg.t("board.undoWhat", labels.get().undo())));
        undo.setOnAction(e -> onUndo.run());
        redo.setId(idPrefix + "-redo");
        redo.disableProperty().bind(canRedo.not());
        redo.setTooltip(tooltip(() -> !canRedo.get() ? Msg.t("board.redo") : labels.get().redoBlocked()
                ? Msg.t("incoming.redoBlocked", labels.get().redo()) : Msg.t("board.redoWhat", labels.get().redo())));
        redo.setOnAction(e -> onRedo.run());
    }

    /**
     * The labels after an action, an undo, a redo or changes from the team server: when the next step has just become
     * impossible (a server change overlaps it), the page is told in words for its status line.
     */
    private void follow(UndoLabels now) {
        UndoLabels was = labels.get();
        labels.set(now);
        if (now.undoBlocked() && !(was.undoBlocked() && was.undo().equals(now.undo()))) {
            onBlocked.accept(Msg.t("incoming.undoBlocked", now.undo()));
        } else if (now.redoBlocked() && !(was.redoBlocked() && was.redo().equals(now.redo()))) {
            onBlocked.accept(Msg.t("incoming.redoBlocked", now.redo()));
        }
    }

    /** Where to say that the next step can no longer be taken back (the page's status line). */
    public void onBlocked(java.util.function.Consumer<String> say) {
        onBlocked = say;
    }

    private Tooltip tooltip(Callable<String> text) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(Bindings.createStringBinding(text, labels));
        return t;
    }

    /**
     * Takes the keys on the page (an event filter, so they work wherever the focus is on it) except while
     * {@code typing}: then a text field's own undo has them.
     */
    public void handleKeys(Node page, BooleanSupplier typing) {
        page.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean undoKey = UNDO.match(e);
            if (!undoKey && !REDO.match(e) && !REDO_TOO.match(e) || typing.getAsBoolean()) {
                return;
            }
            (undoKey ? onUndo : onRedo).run();
            e.consume();
        });
    }

    public Button undoButton() {
        return undo;
    }

    public Button redoButton() {
        return redo;
    }

    public ReadOnlyObjectProperty<UndoLabels> labelsProperty() {
        return labels.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Stops following the model (when the page goes while the model stays). */
    public void dispose() {
        model.removeListener(follow);
    }
}
