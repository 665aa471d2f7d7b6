package jp.banso.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import jp.banso.domain.Municipality;
import jp.banso.domain.SupportCase;
import jp.banso.store.BackupReason;
import jp.banso.store.Backups;
import jp.banso.store.DatabaseFile;
import jp.banso.store.DatabasePassword;
import jp.banso.store.Store;
import jp.banso.ui.UiWait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The start of the app on a folder that needs a question: a damaged database (the newest backup is offered; yes
 * restores and keeps the damaged file, no changes nothing), an encrypted one (the password, again after a wrong one),
 * a missing one while backups exist. Driven through the real dialogs.
 */
@ExtendWith(ApplicationExtension.class)
class StoreOpeningUiTest {
    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        BansoApp.applyTheme();
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    private static CompletableFuture<Store> openLater(Path data) {
        CompletableFuture<Store> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(new StoreOpening(data).open());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result;
    }

    private static Path withCases(Path data, DatabasePassword password, String... names) {
        try (Store store = Store.open(data, password)) {
            for (String name : names) {
                SupportCase c = new SupportCase();
                c.setNote("経緯 " + "あ".repeat(400));
                store.cases().create(new Municipality("栃木県", name), c, List.of(2024));
            }
            new Backups(data).take(store, BackupReason.EXIT);
        }
        return data;
    }

    /** Cuts the file where its newest chunk starts: refused as damaged (not just free space lost). */
    private static byte[] truncate(Path data) throws Exception {
        Path file = data.resolve(DatabaseFile.NAME);
        byte[] bytes = Files.readAllBytes(file);
        Matcher m = Pattern.compile(",block:([0-9a-f]+),").matcher(new String(bytes, 0, 4096, StandardCharsets.ISO_8859_1));
        assertThat(m.find()).isTrue();
        byte[] cut = Arrays.copyOf(bytes, Integer.parseInt(m.group(1), 16) * 4096);
        Files.write(file, cut);
        return cut;
    }

    private static String text(FxRobot robot, String dialogId) {
        DialogPane pane = robot.lookup("#" + dialogId).queryAs(DialogPane.class);
        return pane.getContentText() != null ? pane.getHeaderText() + "\n" + pane.getContentText() : pane.getHeaderText();
    }

    private static void waitFor(FxRobot robot, String query) {
        UiWait.visible(robot, query, Node.class);
    }

    @Test
    void aDamagedDatabaseOffersTheNewestBackupAndRestoresIt(FxRobot robot) throws Exception {
        Path data = withCases(tmp.resolve("data"), null, "さくら市", "館林市");
        byte[] damaged = truncate(data);

        CompletableFuture<Store> opened = openLater(data);
        waitFor(robot, "#opening-cancel_close");
        assertThat(text(robot, "opening-question")).contains("データベースファイルが壊れています", "ケース 2件", "終了時",
                "banso.mv.db.damaged-", "削除しません");
        robot.clickOn("#opening-ok_done");

        try (Store store = opened.get(30, TimeUnit.SECONDS)) {
            assertThat(store).isNotNull();
            assertThat(store.cases().count()).isEqualTo(2);
        }
        try (var files = Files.list(data)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("banso.mv.db.damaged-")).toList())
                    .singleElement().satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(damaged));
        }
    }

    @Test
    void decliningTheBackupChangesNothing(FxRobot robot) throws Exception {
        Path data = withCases(tmp.resolve("data"), null, "さくら市");
        byte[] damaged = truncate(data);

        CompletableFuture<Store> opened = openLater(data);
        waitFor(robot, "#opening-cancel_close");
        robot.clickOn("#opening-cancel_close");

        assertThat(opened.get(30, TimeUnit.SECONDS)).isNull();
        assertThat(Files.readAllBytes(data.resolve(DatabaseFile.NAME))).isEqualTo(damaged);
        try (var files = Files.list(data)) {
            // nothing kept aside, no work folder (H2 may have written its error trace, banso.trace.db)
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("banso.trace.db")).toList())
                    .containsExactlyInAnyOrder("banso.mv.db", "backups");
        }
    }

    @Test
    void anEncryptedFolderAsksForThePasswordAgainAfterAWrongOne(FxRobot robot) throws Exception {
        Path data = withCases(tmp.resolve("data"), DatabasePassword.of("himitsu-2025"), "さくら市");

        CompletableFuture<Store> opened = openLater(data);
        waitFor(robot, "#password-field");
        robot.clickOn("#password-field").write("x");
        robot.clickOn("#password-ok");
        UiWait.until(robot, "#password-error", Label.class, "saying パスワードが違います", l -> "パスワードが違います".equals(l.getText()));
        assertThat(opened).isNotDone();
        robot.clickOn("#password-field").write("himitsu-2025");
        robot.clickOn("#password-ok");

        try (Store store = opened.get(30, TimeUnit.SECONDS)) {
            assertThat(store.isEncrypted()).isTrue();
            assertThat(store.cases().count()).isEqualTo(1);
        }
    }

    @Test
    void aMissingDatabaseWithBackupsAsksAndCanStartEmptyKeepingTheBackups(FxRobot robot) throws Exception {
        Path data = withCases(tmp.resolve("data"), null, "さくら市");
        Files.delete(data.resolve(DatabaseFile.NAME));

        CompletableFuture<Store> opened = openLater(data);
        waitFor(robot, "#opening-cancel_close");
        assertThat(text(robot, "opening-question")).contains("データベースファイルがありません", "ケース 1件");
        Node empty = robot.lookup("#opening-other").query();
        robot.clickOn(empty);

        try (Store store = opened.get(30, TimeUnit.SECONDS)) {
            assertThat(store.cases().count()).isZero();
        }
        assertThat(new Backups(data).list()).hasSize(1);
    }
}
