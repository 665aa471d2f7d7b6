package jp.banso.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static jp.banso.ui.UiActions.reveal;
import static jp.banso.ui.UiActions.typeInto;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.banso.app.MainWindow;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.Municipality;
import jp.banso.domain.SupportCase;
import jp.banso.roadmap.RoadmapPage;
import jp.banso.store.Store;
import jp.banso.ui.PendingEdits;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Entering a past case (issue 12): a 平成元年度 case made in the new-case dialog (a town not in the list, its prefecture chosen from the 47, every
 * missing field said at once), re-dated on its overview, its roadmap on its own years, and dates typed the way people
 * type them, rewritten to the app's style, with a meeting over two days.
 */
@ExtendWith(ApplicationExtension.class)
class AnyYearUiTest {
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
        Scene scene = new Scene(main, 1400, 900);
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

    /** Whether the keyboard focus is in the node or inside it (a combo box's editor). */
    private static boolean hasFocus(Node n) throws Exception {
        return fx(() -> {
            Node f = n.getScene().getFocusOwner();
            while (f != null && f != n) {
                f = f.getParent();
            }
            return f == n;
        });
    }



    /** Saves what the forms still hold (as leaving the page would), instead of waiting out their debounce. */
    private static void waitForSave() throws Exception {
        WaitForAsyncUtils.asyncFx(jp.banso.ui.PendingEdits::flushAll).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aHeiseiGannenCaseIsCreatedRedatedAndWorkedOnInItsOwnYears(FxRobot robot) throws Exception {
        // --- the new-case dialog: nothing typed, every missing field named at once, the cursor in the first ---
        robot.clickOn("#new-case");
        robot.clickOn("#new-case-create");
        Label error = robot.lookup("#new-case-error").queryAs(Label.class);
        assertThat(error.getText()).isEqualTo("次の項目を入力してください：市町村名");
        assertThat(robot.lookup("#new-error-municipality").queryAs(Label.class).isVisible()).isTrue();
        assertThat(hasFocus(robot.lookup("#new-municipality").query())).isTrue();

        // a name the national list does not have: its 都道府県 is then a choice from the 47, typing 長野 picks 長野県
        robot.write("みどり町");
        robot.clickOn("#new-case-create");
        assertThat(robot.lookup("#new-error-municipality").queryAs(Label.class).getText()).contains("都道府県を選んでください");
        Node prefecture = robot.lookup("#new-municipality-prefecture").query();
        assertThat(hasFocus(prefecture)).isTrue();
        robot.write("長野").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> ((ComboBox<?>) prefecture).getValue())).isEqualTo("長野県");
        // any 年度 from 平成元年度 on, typed as people say it
        ComboBox<?> year = robot.lookup("#new-year").queryAs(ComboBox.class);
        robot.clickOn(year.getEditor());
        robot.interact(() -> year.getEditor().selectAll());
        robot.write("平成元年度");
        robot.clickOn("#new-case-create");

        assertThat(robot.lookup("#case-title").queryAs(Label.class).getText()).isEqualTo("みどり町（長野県）");
        UUID caseId = main.workspace().caseId();
        assertThat(store.cases().fiscalYears(caseId)).containsExactly(1989);
        SupportCase c = store.cases().find(caseId).orElseThrow();
        Municipality m = store.cases().municipality(c.getMunicipalityId()).orElseThrow();
        assertThat(m.getPrefecture()).isEqualTo("長野県");

        // --- re-dated on the overview: 平成2年度 instead ---
        robot.clickOn("#nav-overview");
        CheckComboBox<Integer> years = robot.lookup("#fiscalYears").queryAs(CheckComboBox.class);
        assertThat(years.getItems()).contains(1989, 1990, 2026);
        robot.interact(() -> {
            years.getCheckModel().check(Integer.valueOf(1990));
            years.getCheckModel().clearCheck(Integer.valueOf(1989));
        });
        assertThat(store.cases().fiscalYears(caseId)).containsExactly(1990);

        // --- the roadmap shows the case's years, not today's ---
        robot.clickOn("#nav-roadmap");
        RoadmapPage roadmap = robot.lookup("#roadmap-page").queryAs(RoadmapPage.class);
        assertThat(roadmap.timeline().scale().first()).isEqualTo(YearMonth.of(1990, 4));
        assertThat(robot.lookup("#roadmap-first-year").queryAs(ComboBox.class).getValue()).isEqualTo(1990);

        // --- the schedule: a date typed full-width in 和暦, rewritten on leaving the field; the 予定月 follows ---
        robot.clickOn("#nav-schedule");
        robot.clickOn("#accept-proposal");
        ListView<Meeting> list = robot.lookup("#meeting-list").queryListView();
        Meeting visit = list.getItems().stream().filter(x -> x.getKind() == MeetingKind.VISIT).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(visit));
        TextField date = robot.lookup("#meeting-date").queryAs(TextField.class);
        assertThat(date.getPromptText()).isEqualTo("例：1990/9/30、H2.9.30"); // an example inside the case's 年度
        assertThat(visit.getPlannedMonth()).isNotEqualTo(LocalDate.of(1990, 11, 1));
        typeInto(robot, "#meeting-date", "Ｈ２．１１．２２");
        robot.clickOn("#meeting-place");
        waitForSave();
        assertThat(date.getText()).isEqualTo("1990年11月22日（木）");
        assertThat(robot.lookup("#meeting-date-readback").queryAs(Label.class).getText()).isEqualTo("平成2年11月22日");
        ComboBox<?> planned = robot.lookup("#meeting-planned-month").queryAs(ComboBox.class);
        assertThat(planned.getValue()).isEqualTo(LocalDate.of(1990, 11, 1));
        Meeting saved = store.meetings().find(visit.getId()).orElseThrow();
        assertThat(saved.getHeldOn()).isEqualTo(LocalDate.of(1990, 11, 22));
        assertThat(saved.getPlannedMonth()).isEqualTo(LocalDate.of(1990, 11, 1));

        // a date that does not exist in its era gets its own message, and nothing changes
        typeInto(robot, "#meeting-date", "H31.5.1");
        robot.type(KeyCode.ENTER); // taken when complete: 1990/2/3 on the way to 1990/2/30 is not stored
        waitForSave();
        assertThat(robot.lookup("#error-heldOn").queryAs(Label.class).getText())
                .isEqualTo("平成31年5月1日はありません：平成は平成31年4月30日までです（2019年5月1日（水）は令和元年5月1日）");
        typeInto(robot, "#meeting-date", "1990/2/30");
        robot.type(KeyCode.ENTER); // taken when complete: 1990/2/3 on the way to 1990/2/30 is not stored
        waitForSave();
        assertThat(robot.lookup("#error-heldOn").queryAs(Label.class).getText()).isEqualTo("1990年2月30日はありません（1990年2月は28日までです）");
        typeInto(robot, "#meeting-date", "あした");
        robot.type(KeyCode.ENTER); // taken when complete: 1990/2/3 on the way to 1990/2/30 is not stored
        waitForSave();
        assertThat(robot.lookup("#error-heldOn").queryAs(Label.class).getText())
                .isEqualTo("日付として読めません（例：1990/9/30、平成2年9月30日、H2.9.30）");
        robot.clickOn("#meeting-place");
        assertThat(date.getText()).isEqualTo("あした"); // refused text stays to be corrected
        assertThat(store.meetings().find(visit.getId()).orElseThrow().getHeldOn()).isEqualTo(LocalDate.of(1990, 11, 22));
        // the app's own read-back style is read too
        typeInto(robot, "#meeting-date", "1990年11月22日（木）");
        robot.type(KeyCode.ENTER); // taken when complete: 1990/2/3 on the way to 1990/2/30 is not stored
        waitForSave();
        assertThat(robot.lookup("#error-heldOn").queryAs(Label.class).isVisible()).isFalse();

        // --- two days: the last day typed compact (19901123), the meeting shown 11月22日〜23日 ---
        typeInto(robot, "#meeting-ends-on", "19901123");
        robot.clickOn("#meeting-place");
        waitForSave();
        assertThat(robot.lookup("#meeting-ends-on").queryAs(TextField.class).getText()).isEqualTo("1990年11月23日（金）");
        assertThat(store.meetings().find(visit.getId()).orElseThrow().getEndsOn()).isEqualTo(LocalDate.of(1990, 11, 23));
        assertThat(robot.lookup(".meeting-when").queryAllAs(Label.class)).extracting(Label::getText).contains("1990年11月22日〜23日");
        // an end before the start is refused
        typeInto(robot, "#meeting-ends-on", "1990/11/21");
        robot.type(KeyCode.ENTER); // taken when complete: 1990/2/3 on the way to 1990/2/30 is not stored
        waitForSave();
        assertThat(robot.lookup("#error-endsOn").queryAs(Label.class).getText()).isEqualTo("終了日が実施日より前です");
        assertThat(store.meetings().find(visit.getId()).orElseThrow().getEndsOn()).isEqualTo(LocalDate.of(1990, 11, 23));

        // --- the profile: the prefecture is a choice there too; numbers typed full-width are shown 43,878 ---
        robot.clickOn("#nav-profile");
        robot.clickOn("#add-snapshot");
        assertThat(robot.lookup("#asOf").queryAs(TextField.class).getText()).isEqualTo("1990年9月30日（日）");
        typeInto(robot, "#population", "４３，８７８");
        robot.clickOn("#households");
        waitForSave();
        assertThat(robot.lookup("#population").queryAs(TextField.class).getText()).isEqualTo("43,878");
        assertThat(store.cases().snapshots(m.getId()).get(0).getPopulation()).isEqualTo(43_878);
        typeInto(robot, "#areaKm2", "１，２３４．５");
        robot.clickOn("#livingAreas");
        waitForSave();
        assertThat(robot.lookup("#areaKm2").queryAs(TextField.class).getText()).isEqualTo("1,234.5");
        assertThat(store.cases().snapshots(m.getId()).get(0).getAreaKm2()).isEqualByComparingTo("1234.5");
        // みどり町 is not in the national list: its prefecture stays a choice from the 47 on the profile page
        ComboBox<?> profilePrefecture = robot.lookup("#municipalityName-prefecture").queryAs(ComboBox.class);
        assertThat(profilePrefecture.getItems()).hasSize(47);
        assertThat(profilePrefecture.getValue()).isEqualTo("長野県");
        robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup("#profile-page").query()).setVvalue(0));
        robot.clickOn(profilePrefecture);
        robot.write("山梨").type(KeyCode.ENTER);
        waitForSave();
        assertThat(store.cases().municipality(m.getId()).orElseThrow().getPrefecture()).isEqualTo("山梨県");
    }
}
