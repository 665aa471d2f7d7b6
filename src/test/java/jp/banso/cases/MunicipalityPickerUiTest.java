package jp.banso.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import jp.banso.app.MainWindow;
import jp.banso.domain.Municipality;
import jp.banso.domain.MunicipalityMaster;
import jp.banso.domain.SupportCase;
import jp.banso.store.Store;
import jp.banso.ui.PendingEdits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The new-case dialog: the town picked by typing its reading, the prefecture shown from its code; a name not listed is flagged. */
@ExtendWith(ApplicationExtension.class)
class MunicipalityPickerUiTest {
    @TempDir
    Path dataDir;

    private Store store;
    private MainWindow main;

    @Start
    void start(Stage stage) {
        java.util.Locale.setDefault(java.util.Locale.JAPAN);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        store = Store.open(dataDir);
        main = new MainWindow(store);
        Scene scene = new Scene(main, 1024, 768);
        MainWindow.style(scene);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            PendingEdits.flushAll();
            store.close();
        }).get(10, TimeUnit.SECONDS);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /** The suggestion showing this text, once the list has it (suggestions are looked up in the background). */
    private static Node suggestion(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup((Node n) -> n instanceof ListCell<?> c
                && text.equals(c.getText()) && c.isVisible()).tryQuery().isPresent());
        return robot.lookup((Node n) -> n instanceof ListCell<?> c && text.equals(c.getText())).query();
    }

    @Test
    void aTownIsPickedByItsReadingAndItsPrefectureFollowsFromTheCode(FxRobot robot) throws Exception {
        robot.clickOn("#new-case");
        robot.clickOn("#new-municipality").write("さくら");
        suggestion(robot, "さくら市（栃木県）"); // the reading finds both さくら市 and 佐倉市
        robot.clickOn(suggestion(robot, "佐倉市（千葉県）"));
        WaitForAsyncUtils.waitForFxEvents();
        Label shown = robot.lookup("#new-municipality-prefecture-shown").queryAs(Label.class);
        assertThat(fx(shown::getText)).isEqualTo("千葉県（団体コード 122122）");
        assertThat(fx(shown::isVisible)).isTrue();
        // neither the flag nor the prefecture chooser (they share a row, shown only for a name typed by hand)
        assertThat(fx(() -> robot.lookup("#new-municipality-unlisted").query().getParent().isVisible())).isFalse();
        robot.clickOn("#new-case-create");

        assertThat(robot.lookup("#case-title").queryAs(Label.class).getText()).isEqualTo("佐倉市（千葉県）");
        SupportCase c = store.cases().find(main.workspace().caseId()).orElseThrow();
        Municipality m = store.cases().municipality(c.getMunicipalityId()).orElseThrow();
        assertThat(m.getId()).isEqualTo(MunicipalityMaster.idFor("122122"));
        assertThat(m.getCode()).isEqualTo("122122");
        assertThat(store.cases().unmatchedMunicipalities()).isEmpty();

    }

    @Test
    void aNameNotInTheListIsFlaggedAndAsksForItsPrefecture(FxRobot robot) throws Exception {
        robot.clickOn("#new-case");
        robot.clickOn("#new-municipality").write("みどり町");
        WaitForAsyncUtils.waitForFxEvents();
        Label flag = robot.lookup("#new-municipality-unlisted").queryAs(Label.class);
        assertThat(fx(() -> flag.isVisible() && flag.getParent().isVisible())).isTrue();
        assertThat(fx(flag::getText)).isEqualTo("全国地方公共団体コードの一覧にない市町村");
        org.controlsfx.control.SearchableComboBox<?> prefecture =
                robot.lookup("#new-municipality-prefecture").queryAs(org.controlsfx.control.SearchableComboBox.class);
        assertThat(fx(() -> prefecture.isVisible() && prefecture.getParent().isVisible())).isTrue();
        // created without a prefecture: said at the town's field
        robot.clickOn("#new-case-create");
        assertThat(fx(() -> robot.lookup("#new-error-municipality").queryAs(Label.class).getText())).contains("都道府県を選んでください");
        robot.interact(() -> ((javafx.scene.control.ComboBox<String>) (javafx.scene.control.ComboBox<?>) prefecture).setValue("長野県"));
        robot.clickOn("#new-case-create");

        assertThat(robot.lookup("#case-title").queryAs(Label.class).getText()).isEqualTo("みどり町（長野県）");
        assertThat(store.cases().unmatchedMunicipalities()).extracting(Municipality::getName).containsExactly("みどり町");
        // and its profile page says so
        robot.clickOn("#nav-profile");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#municipalityName-unlisted").tryQuery().isPresent());
        assertThat(fx(() -> robot.lookup("#municipalityName-unlisted").query().isVisible())).isTrue();
    }
}
