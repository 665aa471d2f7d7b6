package jp.banso.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import jp.banso.app.MainWindow;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.SupportCase;
import jp.banso.store.Settings;
import jp.banso.store.Store;
import jp.banso.ui.FolderOpener;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import jp.banso.ui.UiWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 配布資料を出力 from a meeting and from the case: forms, a typed folder, progress, files, remembered choices, the folder opened. */
@ExtendWith(ApplicationExtension.class)
class HandoutDialogUiTest {
    @TempDir
    static Path dir;

    private Store store;
    private MainWindow main;
    private SupportCase demo;
    private final List<Path> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        java.util.Locale.setDefault(java.util.Locale.JAPAN);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        store = Store.open(dir.resolve("data-" + System.nanoTime())); // each test its own demo case
        demo = DemoCase.create(store);
        FolderOpener.use(opened::add);
        main = new MainWindow(store);
        Scene scene = new Scene(main, 1400, 900);
        MainWindow.style(scene);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        main.openCase(demo.getId());
        main.workspace().show("schedule");
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> store.close()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void handOutsOfAMeetingThenOfTheCase(FxRobot robot) throws Exception {
        ListView<Meeting> meetings = robot.lookup("#meeting-list").queryListView();
        Meeting first = meetings.getItems().stream().filter(m -> m.getKind() == MeetingKind.VISIT && m.getSequence() == 1).findFirst().orElseThrow();
        robot.interact(() -> meetings.getSelectionModel().select(first));
        robot.clickOn("#meeting-handouts");

        assertThat(robot.lookup("#handout-form-group-work").queryAs(CheckBox.class).isDisable()).isFalse(); // 第1回 has a board
        assertThat(robot.lookup("#handout-form-meeting-record").queryAs(CheckBox.class).isSelected()).isTrue();
        Path out = dir.resolve("handouts");
        TextField folder = robot.lookup("#handout-folder").queryAs(TextField.class);
        robot.clickOn(folder);
        robot.interact(folder::selectAll);
        robot.write(out.toString());
        robot.clickOn("#handout-export");
        String done = waitForResult(robot);
        assertThat(done).startsWith("7 件のファイルを出力しました");
        for (String form : List.of("支援記録票", "課題整理表", "グループワーク記録", "ケース概要", "年間スケジュール", "ロードマップ", "モニタリングシート")) {
            assertThat(out.resolve("令和4年度_さくら市_第1回現地支援_" + form + ".xlsx")).exists();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(java.nio.file.Files.newInputStream(out.resolve("令和4年度_さくら市_第1回現地支援_グループワーク記録.xlsx")))) {
            assertThat(wb.getAllPictures()).hasSize(1);
        }
        assertThat(opened).containsExactly(out.toAbsolutePath());
        Settings saved = Settings.load(store.directory());
        assertThat(saved.handoutFolder).isEqualTo(out.toAbsolutePath().toString());
        assertThat(saved.handoutForms).containsExactly("meeting-record", "issue-sheet", "group-work", "case-summary", "year-schedule", "roadmap", "monitoring");
        robot.clickOn("#handout-close");

        // the case: the folder is remembered; only ケース概要 this time, without opening the folder
        robot.clickOn("#case-handouts");
        assertThat(robot.lookup("#handout-folder").queryAs(TextField.class).getText()).isEqualTo(out.toAbsolutePath().toString());
        for (String id : List.of("meeting-record", "issue-sheet", "group-work", "year-schedule", "roadmap", "monitoring")) {
            robot.clickOn("#handout-form-" + id);
        }
        robot.clickOn("#handout-open-folder");
        assertThat(robot.lookup("#handout-show-folder").queryButton().isVisible()).isFalse(); // nothing written yet
        robot.clickOn("#handout-export");
        assertThat(waitForResult(robot)).startsWith("1 件のファイルを出力しました");
        assertThat(out.resolve("令和4年度_さくら市_ケース概要.xlsx")).exists();
        assertThat(opened).hasSize(1);
        // 「フォルダを開く」, in case the folder did not open by itself; the dialog stays open
        robot.clickOn("#handout-show-folder");
        assertThat(opened).containsExactly(out.toAbsolutePath(), out.toAbsolutePath());
        assertThat(robot.lookup("#handout-close").tryQuery()).isPresent();
        assertThat(Settings.load(store.directory()).handoutForms).containsExactly("case-summary");
        robot.clickOn("#handout-close");
    }

    /**
     * Issue 13 item 6: a lone surrogate in the municipality's name (from a case file of before names were checked)
     * made every hand-out of the case fail and the dialog show Java's InvalidPathException text; now the file is
     * written under a safe name.
     */
    @Test
    void aMunicipalityNameNoFileSystemTakesStillGivesHandOuts(FxRobot robot) throws Exception {
        store.jdbi().useHandle(h -> h.createUpdate("update municipality set name = :n").bind("n", "さくら\ud800市").execute());
        robot.clickOn("#case-handouts");
        for (String id : List.of("meeting-record", "issue-sheet", "group-work", "year-schedule", "roadmap", "monitoring")) {
            CheckBox box = robot.lookup("#handout-form-" + id).queryAs(CheckBox.class);
            robot.interact(() -> box.setSelected(false));
        }
        robot.interact(() -> robot.lookup("#handout-form-case-summary").queryAs(CheckBox.class).setSelected(true));
        Path out = dir.resolve("surrogate");
        TextField folder = robot.lookup("#handout-folder").queryAs(TextField.class);
        robot.interact(() -> folder.setText(out.toString()));
        robot.clickOn("#handout-export");
        assertThat(waitForResult(robot)).startsWith("1 件のファイルを出力しました");
        assertThat(out.resolve("令和4年度_さくら＿市_ケース概要.xlsx")).exists();
        robot.clickOn("#handout-close");
    }

    /** 報告会スライド: chosen alone from the case, made in the background, the folder opened, the choice remembered. */
    @Test
    void theDeckOfTheCaseFromTheDialog(FxRobot robot) throws Exception {
        robot.clickOn("#case-handouts");
        CheckBox slides = robot.lookup("#handout-form-slides").queryAs(CheckBox.class);
        assertThat(slides.isSelected()).isFalse(); // made once a year: not chosen until chosen once
        for (String id : List.of("meeting-record", "issue-sheet", "group-work", "case-summary", "year-schedule", "roadmap", "monitoring")) {
            CheckBox box = robot.lookup("#handout-form-" + id).queryAs(CheckBox.class);
            robot.interact(() -> box.setSelected(false));
        }
        robot.clickOn(slides);
        Path out = dir.resolve("deck-" + System.nanoTime());
        TextField folder = robot.lookup("#handout-folder").queryAs(TextField.class);
        robot.interact(() -> folder.setText(out.toString()));
        robot.clickOn("#handout-export");
        assertThat(waitForResult(robot)).startsWith("1 件のファイルを出力しました");
        Path deck = out.resolve("令和4年度_さくら市_報告会.pptx");
        assertThat(deck).exists();
        try (org.apache.poi.xslf.usermodel.XMLSlideShow read = new org.apache.poi.xslf.usermodel.XMLSlideShow(java.nio.file.Files.newInputStream(deck))) {
            assertThat(read.getSlides()).hasSizeGreaterThan(8);
            assertThat(read.getSlides().stream().flatMap(sl -> sl.getShapes().stream())
                    .filter(org.apache.poi.xslf.usermodel.XSLFPictureShape.class::isInstance)).hasSize(2); // the boards, drawn by the app
        }
        assertThat(opened).containsExactly(out.toAbsolutePath());
        assertThat(Settings.load(store.directory()).handoutForms).containsExactly("slides");
        robot.clickOn("#handout-close");
    }

    /** The status once the background export has finished (the window stayed responsive meanwhile). */
    private static String waitForResult(FxRobot robot) throws Exception {
        Label status = UiWait.until(robot, "#handout-status", Label.class, "saying 件のファイルを出力しました or marked field-error",
                l -> l.getText() != null && (l.getText().contains("件のファイルを出力しました") || l.getStyleClass().contains("field-error")), 60);
        assertThat(status.getStyleClass()).as(status.getText()).doesNotContain("field-error");
        return status.getText();
    }
}
