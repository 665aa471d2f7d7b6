package jp.banso.board;

import jp.banso.domain.Lane;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import jp.banso.domain.Speaker;
import jp.banso.ui.Msg;

/**
 * The projector view: full screen, no chrome, large high-contrast notes, the timer in the corner, the capture bar
 * at the bottom. With a second screen it opens there, so the laptop keeps the normal view.
 * Notes are never drawn smaller than 20 px on screen (see {@link BoardFonts#presentationMinZoom()}); no selection
 * outline or link lines unless asked (L).
 * Keys: F fit, 1–9 one lane, arrows pan, +/− zoom, T timer, H hide the capture bar and this help, L lines and
 * selection, Esc leave.
 */
public final class PresentationWindow {
    private PresentationWindow() {
    }

    public static Stage open(Window owner, BoardModel model, GroupWorkTimer timer, List<Speaker> authors, Map<String, String> authorColours,
                             List<String> stylesheets) {
        BoardCanvas canvas = new BoardCanvas(model, true);
        canvas.setId("presentation-canvas");
        canvas.setAuthorColours(authorColours);
        Label clock = new Label();
        clock.setId("presentation-timer");
        clock.textProperty().bind(timer.display());
        clock.getStyleClass().add("presentation-timer");
        clock.visibleProperty().bind(timer.runningProperty().or(timer.remainingSecondsProperty().isNotEqualTo(timer.minutesProperty().multiply(60))));
        timer.colour(clock);
        // the timer has its own strip above the board, so it never covers a note
        HBox timerStrip = new HBox(clock);
        timerStrip.setId("presentation-timer-strip");
        timerStrip.setAlignment(Pos.CENTER_RIGHT);
        timerStrip.setPadding(new Insets(6, 24, 6, 0));
        timerStrip.visibleProperty().bind(clock.visibleProperty());
        timerStrip.managedProperty().bind(clock.visibleProperty());
        Label hint = new Label(Msg.t("presentation.hint"));
        hint.setId("presentation-hint");
        hint.getStyleClass().add("presentation-hint");
        hint.setMouseTransparent(true);
        hint.setPadding(new Insets(4, 16, 4, 16));
        hint.managedProperty().bind(hint.visibleProperty()); // under the board, never over a note
        StackPane stage = new StackPane(canvas);
        CaptureBar capture = new CaptureBar(model, authors);
        capture.getStyleClass().add("presentation-capture");
        BoardModel.Listener lanes = cs -> {
            if (cs.touches(Lane.class)) {
                capture.refreshLanes();
            }
        };
        model.addListener(lanes);
        BorderPane root = new BorderPane(stage, timerStrip, null, new javafx.scene.layout.VBox(hint, capture), null);
        root.setId("presentation-root");
        root.getStyleClass().add("presentation-root");

        Stage window = new Stage();
        window.initOwner(owner);
        window.setTitle(Msg.t("presentation.title", model.board().getTitle()));
        // the projector (the second screen) when there is one; sized to it, so the board is laid out for that screen
        // even where full screen is refused (some window managers) or comes late
        List<Screen> screens = Screen.getScreens();
        Screen target = screens.stream().filter(s -> !s.equals(Screen.getPrimary())).findFirst().orElse(Screen.getPrimary());
        javafx.geometry.Rectangle2D bounds = target.getBounds();
        Scene scene = new Scene(root, bounds.getWidth(), bounds.getHeight());
        scene.getStylesheets().addAll(stylesheets);
        window.setScene(scene);
        window.setX(bounds.getMinX());
        window.setY(bounds.getMinY());
        window.setFullScreenExitHint("");
        window.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        window.setFullScreen(true);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean typing = capture.input().isFocused();
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F5) {
                window.close();
                e.consume();
            } else if (!typing && e.getCode() == KeyCode.T) {
                timer.toggle();
                e.consume();
            } else if (!typing && e.getCode() == KeyCode.H) {
                toggleCaptureAndHelp(capture, hint, canvas);
                e.consume();
            } else if (!typing && e.getCode() == KeyCode.L) {
                canvas.marksShownProperty().set(!canvas.marksShownProperty().get());
                e.consume();
            }
        });
        window.setOnHidden(e -> {
            canvas.dispose();
            model.removeListener(lanes);
        });
        window.show();
        canvas.requestFocus();
        javafx.application.Platform.runLater(canvas::zoomToFit);
        return window;
    }

    /** H: the capture bar and the key help go (more room for the notes) or come back. */
    static void toggleCaptureAndHelp(CaptureBar capture, Label hint, BoardCanvas canvas) {
        boolean show = !capture.isVisible();
        capture.setVisible(show);
        capture.setManaged(show);
        hint.setVisible(show);
        if (!show) {
            canvas.requestFocus();
        }
    }

}
