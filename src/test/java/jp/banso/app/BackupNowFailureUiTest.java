package jp.banso.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import jp.banso.domain.Municipality;
import jp.banso.domain.SupportCase;
import jp.banso.store.Backups;
import jp.banso.store.Store;
import jp.banso.ui.UiWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** ファイル → 今すぐバックアップ that cannot write its backup says so under its own title, in Japanese, with what to do. */
@ExtendWith(ApplicationExtension.class)
class BackupNowFailureUiTest {
    @TempDir
    Path tmp;
    private Stage stage;
    private Store store;

    @Start
    void start(Stage stage) {
        BansoApp.applyTheme();
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aFailedBackupNowIsNotCalledAutomatic(FxRobot robot) throws Exception {
        Path data = tmp.resolve("data");
        store = Store.open(data);
        store.cases().create(new Municipality("栃木県", "さくら市"), new SupportCase(), List.of(2024));
        Files.writeString(data.resolve(Backups.FOLDER), "a file where the backup folder should be");
        DataSafety safety = new DataSafety(data, new DataSafety.Host() {
            @Override
            public Store store() {
                return store;
            }

            @Override
            public void replace(Store replacement) {
                store = replacement;
            }

            @Override
            public Window window() {
                return stage;
            }
        });

        Platform.runLater(safety::backupNow);
        UiWait.visible(robot, "#safety-error", DialogPane.class);
        String header = UiWait.read(() -> robot.lookup("#safety-error").queryAs(DialogPane.class).getHeaderText());
        String text = UiWait.read(() -> robot.lookup("#safety-error").queryAs(DialogPane.class).getContentText());
        assertThat(header).isEqualTo("今すぐバックアップに失敗しました");
        assertThat(text).contains("バックアップを作成できませんでした", data.resolve(Backups.FOLDER).toString(), "空き容量")
                .doesNotContain("自動", "Exception", "FileAlreadyExists");
        assertThat(store.isOpen()).as("a failed backup leaves the store open").isTrue();
    }
}
