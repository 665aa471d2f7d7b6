package jp.banso.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import jp.banso.cases.DemoCase;
import jp.banso.cases.NewCase;
import jp.banso.domain.CaseSummary;
import jp.banso.domain.StartKind;
import jp.banso.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The case list as a user meets it: search, filters, archive, and the new-case dialog refusing empty input. */
@ExtendWith(ApplicationExtension.class)
class CaseListUiTest {

    @TempDir
    Path dataDir;

    private Store store;

    @Start
    void start(Stage stage) {
        BansoApp.applyTheme();
        store = Store.open(dataDir);
        DemoCase.create(store);
        new NewCase("群馬県", "館林市", 2022, "老健局主導型", StartKind.ENTRY).create(store.cases());
        new NewCase("山梨県", "富士川町", 2023, "都道府県主導型", StartKind.INVITATION).create(store.cases());
        Scene scene = new Scene(new MainWindow(store), 1400, 900);
        MainWindow.style(scene);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(store::close).get(10, TimeUnit.SECONDS);
    }

    private static List<String> shown(FxRobot robot) {
        TableView<CaseSummary> table = robot.lookup("#case-table").queryTableView();
        return table.getItems().stream().map(CaseSummary::municipality).toList();
    }

    @Test
    void searchFilterAndArchive(FxRobot robot) {
        assertThat(shown(robot)).containsExactlyInAnyOrder("さくら市", "館林市", "富士川町");

        robot.clickOn("#case-search").write("通所型");
        assertThat(shown(robot)).containsExactly("さくら市");
        robot.eraseText(3).write("令和5");
        assertThat(shown(robot)).containsExactly("富士川町");
        robot.eraseText(3);

        robot.clickOn("#filter-prefecture");
        robot.clickOn(robot.lookup(".list-cell").lookup((javafx.scene.control.Labeled l) -> "群馬県".equals(l.getText())).queryLabeled());
        assertThat(shown(robot)).containsExactly("館林市");
        robot.clickOn("#filter-prefecture");
        robot.clickOn(robot.lookup(".list-cell").lookup((javafx.scene.control.Labeled l) -> "すべての都道府県".equals(l.getText())).queryLabeled());
        assertThat(shown(robot)).hasSize(3);
        robot.interact(() -> ((MainWindow) robot.lookup("#main-window").query()).showList()); // a refresh keeps 「すべて」 readable
        assertThat(robot.lookup("#filter-prefecture").queryAs(javafx.scene.control.ComboBox.class).getButtonCell().getText())
                .isEqualTo("すべての都道府県");
        assertThat(robot.lookup("#filter-year").queryAs(javafx.scene.control.ComboBox.class).getButtonCell().getText())
                .isEqualTo("すべての年度");

        javafx.scene.Node row = robot.lookup(".table-row-cell").match((javafx.scene.control.TableRow<CaseSummary> r) ->
                r.getItem() != null && "館林市".equals(r.getItem().municipality())).query();
        robot.clickOn(row);
        robot.clickOn("#archive-case");
        assertThat(shown(robot)).containsExactlyInAnyOrder("さくら市", "富士川町");
        robot.clickOn("#filter-archived");
        assertThat(shown(robot)).containsExactlyInAnyOrder("さくら市", "館林市", "富士川町");
        assertThat(store.cases().summaries()).filteredOn(CaseSummary::archived).extracting(CaseSummary::municipality)
                .containsExactly("館林市");
    }

    @Test
    void newCaseDialogRefusesAMissingMunicipality(FxRobot robot) {
        robot.clickOn("#new-case");
        robot.clickOn("#new-case-create");
        assertThat(robot.lookup("#new-case-error").queryLabeled().getText()).contains("市町村名", "入力してください"); // the prefecture follows from the town picked
        robot.clickOn("キャンセル");
        assertThat(store.cases().count()).isEqualTo(3);
    }
}
