package jp.banso.app;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import jp.banso.ui.Msg;

/**
 * What the window shows for the moment between appearing and the case list being there: the window comes up as soon
 * as JavaFX is ready, while the database opens on its own thread (usually well under a second).
 */
final class StartingPane extends VBox {
    StartingPane() {
        super(16);
        setId("starting-pane");
        setAlignment(Pos.CENTER);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(48, 48);
        Label text = new Label(Msg.t("app.starting"));
        text.getStyleClass().add("muted");
        getChildren().addAll(spinner, text);
    }
}
