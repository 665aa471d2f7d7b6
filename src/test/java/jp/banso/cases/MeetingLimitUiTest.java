package jp.banso.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import jp.banso.app.MainWindow;
import jp.banso.domain.Limits;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.MeetingStatus;
import jp.banso.domain.StartKind;
import jp.banso.store.Store;
import jp.banso.ui.UiWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 13, item 7: the schedule adds no meeting beyond what a case may hold (the limit a case file has too). */
@ExtendWith(ApplicationExtension.class)
class MeetingLimitUiTest {
    @TempDir
    Path dir;
    private Store store;
    private MainWindow main;
    private UUID caseId;

    @Start
    void start(Stage stage) {
        store = Store.open(dir);
        caseId = new NewCase("栃木県", "さくら市", 2026, "老健局主導型", StartKind.ENTRY).create(store.cases()).getId();
        List<Meeting> many = new ArrayList<>();
        for (int i = 0; i < Limits.MEETINGS_PER_CASE.max(); i++) {
            Meeting m = new Meeting();
            m.setCaseId(caseId);
            m.setKind(MeetingKind.VISIT);
            m.setStatus(MeetingStatus.PLANNED);
            m.setSequence(i + 1);
            m.setPlannedMonth(java.time.LocalDate.of(2026, 4 + i % 9, 1));
            many.add(m);
        }
        store.meetings().saveAll(many);
        main = new MainWindow(store);
        Scene scene = new Scene(main, 1280, 720);
        MainWindow.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aCaseAtTheMeetingLimitRefusesOneMoreWithTheReason(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> main.openCase(caseId)).get(10, TimeUnit.SECONDS);
        robot.clickOn("#nav-schedule");
        javafx.scene.control.MenuButton add = UiWait.visible(robot, "#add-meeting", javafx.scene.control.MenuButton.class);
        // the menu's 現地支援, as a click on it does (the alert then waits for OK, so it is not awaited here)
        javafx.application.Platform.runLater(() -> add.getItems().stream()
                .filter(i -> ("add-meeting-" + MeetingKind.VISIT.name()).equals(i.getId())).findFirst().orElseThrow().fire());
        UiWait.visible(robot, "#too-many-meetings", DialogPane.class);
        assertThat(UiWait.read(() -> robot.lookup("#too-many-meetings").queryAs(DialogPane.class).getContentText()))
                .contains("会議を追加できません", "2,000 件まで");
        robot.clickOn("OK");
        assertThat(store.meetings().list(caseId)).hasSize(Limits.MEETINGS_PER_CASE.max());
    }
}
