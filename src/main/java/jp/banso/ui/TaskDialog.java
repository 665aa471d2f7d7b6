package jp.banso.ui;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A dialog whose work runs in the background (配布資料を出力, ケースを書き出す, ケースを取り込む). It owns what every such
 * dialog shows the same way — a progress bar, a status line with the work's steps, its result or what failed — and
 * the one rule while work runs: <b>the dialog cannot be closed</b> (its close button is disabled; the window's close
 * box and Esc do nothing) until the work has finished or failed, so nothing is left half written behind a closed
 * window and the user always sees how it ended. The dialog's own content (choices, result lists) stays its own; it
 * places {@link #progress()} and {@link #status()} in it.
 */
public abstract class TaskDialog extends Dialog<Void> {
    private static final String ERROR = "field-error";
    private final ProgressBar progress = new ProgressBar(-1);
    private final Label status = new Label();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final Class<? extends RuntimeException> explained;

    /**
     * @param id        the dialog's id prefix: the pane is {@code <id>-dialog}, the bar {@code <id>-progress}, the line
     *                  {@code <id>-status}
     * @param explained the exception whose message is written for the user (a failure of another kind is described
     *                  by {@link Failures#describe} and logged)
     */
    protected TaskDialog(Window owner, String id, Class<? extends RuntimeException> explained) {
        this.explained = explained;
        initOwner(owner);
        setResizable(true);
        getDialogPane().setId(id + "-dialog");
        progress.setId(id + "-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        status.setId(id + "-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        // the work ends (or rolls back) first: Esc and close() ask the dialog, which refuses; the close box asks the
        // window, which JavaFX hides even when the dialog refused, so the window refuses too
        setOnCloseRequest(e -> {
            if (running.get()) {
                e.consume();
            }
        });
        getDialogPane().getScene().getWindow().addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (running.get()) {
                e.consume();
            }
        });
        setResultConverter(b -> null);
    }

    /** A titled part of the dialog's content (様式, 出力先フォルダ, 書き出すケース…). */
    protected static VBox section(String title, Node content) {
        Label t = new Label(title);
        t.getStyleClass().add("field-label");
        return new VBox(6, t, content);
    }

    /** Where the work writes: the field, and 参照… beside it opening a chooser (disabled, as the field, while work runs). */
    protected final HBox browseRow(TextField field, String buttonId, Runnable browse) {
        HBox.setHgrow(field, Priority.ALWAYS);
        Button button = new Button(Msg.t("handouts.browse"), new FontIcon("mdi2f-folder-open-outline"));
        button.setId(buttonId);
        button.setOnAction(e -> browse.run());
        button.disableProperty().bind(running);
        HBox row = new HBox(8, field, button);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * The output folder typed in {@code field}, absolute; null when it is empty or not a folder name (the reason is
     * then shown in the status, and the work must not start).
     */
    protected final java.nio.file.Path typedFolder(TextField field) {
        String dir = field.getText() == null ? "" : field.getText().strip();
        if (dir.isEmpty()) {
            showError(Msg.t("handouts.noFolder"));
            return null;
        }
        try {
            return java.nio.file.Path.of(dir).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            showError(Msg.t("handouts.badFolder", dir));
            return null;
        }
    }

    /** Shown while work runs: its progress, or moving to and fro while it reports none. */
    protected final ProgressBar progress() {
        return progress;
    }

    /** The work's steps, then its result or what went wrong. */
    protected final Label status() {
        return status;
    }

    /** True while work runs (inputs that would change it bind their disable state to this). */
    public final ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Adds the button that starts the work: it calls {@code start} (unless work runs) and keeps the dialog open. */
    protected final Button addActionButton(String text, String id, String icon, Runnable start) {
        Button b = addButton(new ButtonType(text, ButtonBar.ButtonData.OK_DONE), id);
        b.setGraphic(new FontIcon(icon));
        b.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (!running.get()) {
                start.run();
            }
        });
        return b;
    }

    /** Adds the button that closes the dialog; it is disabled while work runs. */
    protected final Button addCloseButton(String text, String id) {
        Button b = addButton(new ButtonType(text, ButtonBar.ButtonData.CANCEL_CLOSE), id);
        b.disableProperty().bind(running);
        return b;
    }

    private Button addButton(ButtonType type, String id) {
        getDialogPane().getButtonTypes().add(type);
        Button b = (Button) getDialogPane().lookupButton(type);
        b.setId(id);
        return b;
    }

    /** Runs the work; see {@link #run(Task, String, Consumer, String, Runnable)}. */
    protected final <T> void run(Task<T> work, String threadName, Consumer<T> done, String failed) {
        run(work, threadName, done, failed, () -> { });
    }

    /**
     * Runs the work on a daemon thread: the bar and the status line follow it and the dialog cannot be closed. When it
     * ends, on the FX thread, {@code done} gets its result; or the status line says what failed (the message of an
     * explained exception, else {@code failed}) and {@code afterFailure} runs. The dialog is then fitted to its content.
     */
    protected final <T> void run(Task<T> work, String threadName, Consumer<T> done, String failed, Runnable afterFailure) {
        if (running.get()) {
            throw new IllegalStateException("work is already running");
        }
        status.getStyleClass().remove(ERROR);
        progress.progressProperty().bind(work.progressProperty());
        status.textProperty().bind(work.messageProperty());
        progress.setVisible(true);
        running.set(true);
        work.setOnSucceeded(e -> {
            end();
            done.accept(work.getValue());
            fit();
        });
        work.setOnFailed(e -> {
            end();
            Throwable t = work.getException();
            markError(explained.isInstance(t) ? t.getMessage() : Failures.describe(t, failed));
            afterFailure.run();
            fit();
        });
        Thread worker = new Thread(work, threadName);
        worker.setDaemon(true);
        worker.start();
    }

    private void end() {
        progress.progressProperty().unbind();
        status.textProperty().unbind();
        progress.setVisible(false);
        running.set(false);
    }

    /** Says in the status line, marked as an error, what is wrong (a missing choice, or the work's failure). */
    protected final void showError(String message) {
        markError(message);
        fit();
    }

    private void markError(String message) {
        status.setText(message);
        if (!status.getStyleClass().contains(ERROR)) {
            status.getStyleClass().add(ERROR);
        }
    }

    /** Sizes the window to its content again (a result or an error made it grow) and scrolls the status line into view. */
    protected void fit() {
        getDialogPane().getScene().getWindow().sizeToScene();
        Platform.runLater(() -> ScreenFit.reveal(status));
    }
}
