package jp.banso.app;

import static org.assertj.core.api.Assertions.assertThat;
import static jp.banso.ui.UiActions.reveal;
import static jp.banso.ui.UiActions.typeInto;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.banso.domain.ActionItem;
import jp.banso.domain.CaseSummary;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.store.Store;
import jp.banso.ui.PendingEdits;
import jp.banso.ui.UiWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A user's first hour with Banso, driven through the real window (headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class CaseWorkflowUiTest {

    @TempDir
    static Path dataDir;

    private Store store;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BansoApp.applyTheme();
        showMainWindow();
    }

    private void showMainWindow() {
        store = Store.open(dataDir);
        Scene scene = new Scene(new MainWindow(store), 1400, 900);
        MainWindow.style(scene);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    /** What the app does on close, then a new store and window on the same file. */
    private void restart(FxRobot robot) {
        robot.interact(() -> {
            PendingEdits.flushAll();
            store.close();
            showMainWindow();
        });
    }

    @AfterEach
    void closeStore() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            PendingEdits.flushAll();
            store.close();
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void createCaseFillProfileAcceptScheduleRecordMeetingAndFindItAllAfterRestart(FxRobot robot) throws Exception {
        // --- create a case ---
        robot.clickOn("#new-case");
        robot.clickOn("#new-municipality").write("さくら市");
        java.util.function.Predicate<javafx.scene.Node> suggestion = n -> n instanceof javafx.scene.control.ListCell<?> c
                && "さくら市（栃木県）".equals(c.getText());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(suggestion).tryQuery().isPresent());
        robot.clickOn(robot.lookup(suggestion).<javafx.scene.Node>query()); // the prefecture follows from the town picked
        robot.clickOn("#new-case-create");
        assertThat(robot.lookup("#case-title").queryAs(Label.class).getText()).isEqualTo("さくら市（栃木県）");

        // --- a new case opens on its proposed schedule: accept it ---
        robot.clickOn("#accept-proposal");
        ListView<Meeting> meetings = robot.lookup("#meeting-list").queryListView();
        assertThat(meetings.getItems()).extracting(Meeting::displayTitle)
                .containsExactly("0.5次mtg", "第1回現地支援", "1.5次mtg", "第2回現地支援", "2.5次mtg", "第3回現地支援", "報告会");

        // --- fill the municipality profile ---
        robot.clickOn("#nav-profile");
        robot.clickOn("#add-snapshot");
        typeInto(robot, "#asOf", "R4.5.1");
        typeInto(robot, "#population", "43,878");
        typeInto(robot, "#households", "18005");
        typeInto(robot, "#elderlyPopulation", "１１８８３"); // full-width digits, as typed with the IME on
        typeInto(robot, "#lateElderlyPopulation", "5797");
        typeInto(robot, "#areaKm2", "125.63");
        typeInto(robot, "#livingAreas", "7");
        clickVisible(robot, "#service-DAY_C");
        UiWait.until(robot, "#agingRate", Label.class, "showing 27.08%", l -> "27.08%".equals(l.getText()));
        assertThat(robot.lookup("#lateElderlyRate").queryAs(Label.class).getText()).isEqualTo("13.21%");

        // bad input: a message next to the field, and nothing stored
        typeInto(robot, "#households", "-5");
        Label householdsError = UiWait.visible(robot, "#error-households", Label.class);
        assertThat(householdsError.getText()).contains("0以上");
        typeInto(robot, "#elderlyPopulation", "50000");
        UiWait.until(robot, "#error-elderlyPopulation", Label.class, "saying 人口を超えています",
                l -> l.isVisible() && l.getText() != null && l.getText().contains("人口を超えています"));
        ProfileSnapshot stored = store.cases().snapshots(store.cases().municipalities().get(0).getId()).get(0);
        assertThat(stored.getHouseholds()).isEqualTo(18_005);
        assertThat(stored.getElderlyPopulation()).isEqualTo(11_883);
        typeInto(robot, "#households", "18005");
        typeInto(robot, "#elderlyPopulation", "11883");

        // --- write the record of the first visit, with two action items ---
        robot.clickOn("#nav-schedule");
        ListView<Meeting> list = robot.lookup("#meeting-list").queryListView();
        robot.interact(() -> list.getSelectionModel().select(1));
        typeInto(robot, "#meeting-date", "2022/9/20");
        typeInto(robot, "#meeting-start", "13:30");
        typeInto(robot, "#meeting-end", "16:30");
        typeInto(robot, "#meeting-place", "さくら市役所 大会議室");
        typeInto(robot, "#meeting-theme", "通所型サービスＣの現状と課題の共有");
        typeInto(robot, "#meeting-summary", "通所Ｃの立て直しを一番の課題とする");
        clickVisible(robot, "#action-items-add");
        robot.write("通所Ｃの仕様書案を作成する");
        clickVisible(robot, "#action-items-add");
        robot.write("包括を訪問して感想を聞く");
        robot.type(KeyCode.TAB).write("栃木県");
        robot.type(KeyCode.TAB).write("R4.10.31");
        saveNow(robot);

        // a 10,000-character section is refused with a message and not stored
        TextArea comments = robot.lookup("#meeting-comments").queryAs(TextArea.class);
        robot.interact(() -> comments.setText("あ".repeat(10_000)));
        UiWait.until(robot, "#error-comments", Label.class, "saying 5000文字以内",
                l -> l.isVisible() && l.getText() != null && l.getText().contains("5000文字以内"));

        // --- the overview lists the open action items ---
        robot.clickOn("#nav-overview");
        Node openItems = robot.lookup("#open-action-items").query();
        assertThat(robot.from(openItems).lookup(".item-what").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactlyInAnyOrder("通所Ｃの仕様書案を作成する", "包括を訪問して感想を聞く");

        // --- restart: a new store on the same file finds everything as left ---
        restart(robot);
        TableView<CaseSummary> cases = robot.lookup("#case-table").queryTableView();
        assertThat(cases.getItems()).extracting(CaseSummary::municipality).containsExactly("さくら市");
        assertThat(cases.getItems().get(0).openActionItems()).isEqualTo(2);
        robot.doubleClickOn("さくら市");
        robot.clickOn("#nav-profile");
        assertThat(robot.lookup("#population").queryAs(TextField.class).getText()).isEqualTo("43,878");
        assertThat(robot.lookup("#agingRate").queryAs(Label.class).getText()).isEqualTo("27.08%");
        robot.clickOn("#nav-schedule");
        ListView<Meeting> after = robot.lookup("#meeting-list").queryListView();
        assertThat(after.getItems()).hasSize(7);
        Meeting visit = after.getItems().stream().filter(m -> m.getKind() == MeetingKind.VISIT && m.getSequence() == 1).findFirst().orElseThrow();
        assertThat(visit.getHeldOn()).isEqualTo(LocalDate.of(2022, 9, 20));
        assertThat(visit.getPlace()).isEqualTo("さくら市役所 大会議室");
        assertThat(visit.getTheme()).isEqualTo("通所型サービスＣの現状と課題の共有");
        assertThat(visit.getComments()).isNull();
        List<ActionItem> items = store.meetings().actionItems(visit.getId());
        assertThat(items).extracting(ActionItem::getWhat).containsExactly("通所Ｃの仕様書案を作成する", "包括を訪問して感想を聞く");
        assertThat(items.get(1).getWho()).isEqualTo("栃木県");
        assertThat(items.get(1).getDue()).isEqualTo(LocalDate.of(2022, 10, 31));
        robot.interact(() -> after.getSelectionModel().select(visit));
        assertThat(robot.lookup("#meeting-date").queryAs(TextField.class).getText()).isEqualTo("2022年9月20日（火）");
        assertThat(robot.lookup("#meeting-summary").queryAs(TextArea.class).getText()).isEqualTo("通所Ｃの立て直しを一番の課題とする");
    }



    private static void clickVisible(FxRobot robot, String query) {
        reveal(robot, query);
        robot.clickOn(query);
    }

    /** Saves what waits for its autosave pause now, as leaving the page would, instead of waiting the pause out. */
    private static void saveNow(FxRobot robot) {
        robot.interact(PendingEdits::flushAll);
    }
}
