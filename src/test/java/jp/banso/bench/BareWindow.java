package jp.banso.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The yardstick for start-up: the smallest JavaFX window, timed the same way as Banso's main window. */
public final class BareWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("bare")), 1360, 860));
        stage.show();
        System.out.println("BANSO_SHOWN " + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
        Platform.runLater(stage::close);
    }

    /** Started through a plain class, as Banso's Launcher is (the JDK refuses an Application main class on the class path). */
    public static final class Launch {
        private Launch() {
        }

        public static void main(String[] args) {
            launch(BareWindow.class, args);
        }
    }
}
