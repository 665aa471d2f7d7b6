package jp.banso.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import jp.banso.domain.Municipality;
import jp.banso.domain.SupportCase;
import jp.banso.store.DataDirectory;
import jp.banso.store.Store;
import jp.banso.ui.UiWait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The start when settings.json names a data folder that cannot be used: a dialog says what is wrong with which file
 * and which folder would be opened instead; 既定のフォルダで開く opens the default folder without the demo case,
 * 終了 opens (and creates) nothing.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsProblemUiTest {
    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        BansoApp.applyTheme();
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    private Path defaultFolder() {
        return tmp.resolve("xdg").resolve("banso");
    }

    private DataDirectory.Location located(String settingsJson) throws Exception {
        Files.createDirectories(defaultFolder());
        Files.writeString(defaultFolder().resolve("settings.json"), settingsJson, StandardCharsets.UTF_8);
        return DataDirectory.locate(null, Map.of("XDG_DATA_HOME", tmp.resolve("xdg").toString()), "Linux", tmp.resolve("home"));
    }

    private static CompletableFuture<Store> openLater(DataDirectory.Location location) {
        CompletableFuture<Store> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(new StoreOpening(location).open());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result;
    }

    private static String question(FxRobot robot) {
        UiWait.visible(robot, "#opening-ok_done", Button.class);
        return UiWait.read(() -> {
            DialogPane pane = robot.lookup("#opening-question").queryAs(DialogPane.class);
            return pane.getHeaderText() + "\n" + pane.getContentText();
        });
    }

    @Test
    void aNulInDataDirectoryIsExplainedAndTheDefaultFolderOpensWithoutTheDemo(FxRobot robot) throws Exception {
        DataDirectory.Location location = located("{\"dataDirectory\": \"D:\\\\共有\\u0000\\\\Banso\", \"windowX\": 40}");

        CompletableFuture<Store> opened = openLater(location);
        String text = question(robot);
        assertThat(text).contains("設定ファイルのデータフォルダを開けません",
                        "設定ファイル " + defaultFolder().resolve("settings.json"), "NUL文字",
                        "何も変更していません", "既定のデータフォルダ", defaultFolder().toString(), "デモケースは作りません")
                .doesNotContain("Exception", "\0");
        assertThat(UiWait.read(() -> robot.lookup("#opening-ok_done").queryAs(Button.class).getText())).isEqualTo("既定のフォルダで開く");
        robot.clickOn("#opening-ok_done");

        try (Store store = opened.get(30, TimeUnit.SECONDS)) {
            assertThat(store).isNotNull();
            assertThat(store.directory()).isEqualTo(defaultFolder());
            assertThat(store.cases().count()).isZero();
            // what BansoApp asks before offering the demo case: not a first start, so neither offered nor made
            assertThat(StoreOpening.firstStart(location, AppOptions.parse(List.of()), store)).isFalse();
            assertThat(StoreOpening.firstStart(location, AppOptions.parse(List.of("--demo")), store)).isFalse();
        }
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("no other question (no demo offer)").isEmpty();
    }

    @Test
    void quittingCreatesNothingInTheDefaultFolder(FxRobot robot) throws Exception {
        DataDirectory.Location location = located("{\"dataDirectory\": 12}");

        CompletableFuture<Store> opened = openLater(location);
        assertThat(question(robot)).contains("\"dataDirectory\"", "文字列");
        robot.clickOn("#opening-cancel_close");

        assertThat(opened.get(30, TimeUnit.SECONDS)).isNull();
        try (var files = Files.list(defaultFolder())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("settings.json");
        }
    }

    /** Without a settings problem nothing is asked, and an empty default folder is a first start (the demo is offered). */
    @Test
    void aFirstStartIsStillAFirstStart() throws Exception {
        DataDirectory.Location location = DataDirectory.locate(null, Map.of("XDG_DATA_HOME", tmp.resolve("xdg").toString()),
                "Linux", tmp.resolve("home"));
        CompletableFuture<Store> opened = openLater(location);
        try (Store store = opened.get(30, TimeUnit.SECONDS)) {
            assertThat(StoreOpening.firstStart(location, AppOptions.parse(List.of()), store)).isTrue();
            assertThat(StoreOpening.firstStart(location, AppOptions.parse(List.of("--no-demo")), store)).isFalse();
            store.cases().create(new Municipality("栃木県", "さくら市"), new SupportCase(), List.of(2024));
            assertThat(StoreOpening.firstStart(location, AppOptions.parse(List.of()), store)).isFalse();
        }
    }
}
