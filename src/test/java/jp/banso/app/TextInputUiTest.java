package jp.banso.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import jp.banso.cases.DemoCase;
import jp.banso.cases.NewCase;
import jp.banso.domain.CaseSummary;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 13 item 11 on screen: a name of zero width spaces is no name, and the follow-up chooser offers no circle. */
@ExtendWith(ApplicationExtension.class)
class TextInputUiTest {

    @TempDir
    Path dataDir;

    private Store store;
    private MainWindow window;
    private UUID demo;
    private UUID tatebayashi;
    private UUID fujikawa;

    @Start
    void start(Stage stage) {
        BansoApp.applyTheme();
        store = Store.open(dataDir);
        demo = DemoCase.create(store).getId();
        tatebayashi = new NewCase("群馬県", "館林市", 2022, "老健局主導型", StartKind.ENTRY).create(store.cases()).getId();
        fujikawa = new NewCase("山梨県", "富士川町", 2023, "都道府県主導型", StartKind.INVITATION).create(store.cases()).getId();
        // 富士川町 follows 館林市, which follows the demo case (さくら市)
        SupportCase t = store.cases().find(tatebayashi).orElseThrow();
        t.setFollowsCaseId(demo);
        store.cases().save(t);
        SupportCase f = store.cases().find(fujikawa).orElseThrow();
        f.setFollowsCaseId(tatebayashi);
        store.cases().save(f);
        window = new MainWindow(store);
        Scene scene = new Scene(window, 1400, 900);
        MainWindow.style(scene);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(store::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aMunicipalityNameOfZeroWidthSpacesIsRequiredInTheNewCaseDialog(FxRobot robot) {
        robot.clickOn("#new-case");
        TextField name = robot.lookup("#new-municipality").queryAs(TextField.class);
        robot.interact(() -> name.setText("\u200b\u200b\u3000\u2060"));
        robot.clickOn("#new-case-create");
        assertThat(robot.lookup("#new-case-error").queryLabeled().getText()).contains("市町村名", "入力してください");
        robot.clickOn("キャンセル");
        assertThat(store.cases().count()).isEqualTo(3);
    }

    @Test
    void theFollowUpChooserLeavesOutCasesThatFollowThisOne(FxRobot robot) throws Exception {
        robot.interact(() -> window.openCase(demo));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#followsCase").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        List<UUID> offered = WaitForAsyncUtils.asyncFx(() -> ((ComboBox<CaseSummary>) robot.lookup("#followsCase").query())
                .getItems().stream().filter(Objects::nonNull).map(CaseSummary::id).toList()).get(10, TimeUnit.SECONDS);
        // 館林市 follows さくら市 and 富士川町 follows 館林市: either as さくら市's follow-up source would close a circle
        assertThat(offered).doesNotContain(tatebayashi, fujikawa, demo);

        robot.interact(() -> window.openCase(tatebayashi));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#followsCase").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        List<UUID> forTatebayashi = WaitForAsyncUtils.asyncFx(() -> ((ComboBox<CaseSummary>) robot.lookup("#followsCase").query())
                .getItems().stream().filter(Objects::nonNull).map(CaseSummary::id).toList()).get(10, TimeUnit.SECONDS);
        assertThat(forTatebayashi).containsExactly(demo); // its own source stays; 富士川町, which follows it, does not
    }
}
