package jp.banso.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import jp.banso.domain.GroupTitles;
import jp.banso.domain.NoteGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The one undo/redo control of the board and the roadmap: buttons, tooltips and keys follow the model. */
@ExtendWith(ApplicationExtension.class)
class UndoRedoControlsUiTest {
    private final GroupTitles model = new GroupTitles();
    private UndoRedoControls controls;
    private TextField field;

    @Start
    void start(Stage stage) {
        controls = new UndoRedoControls(model, "t", model::undo, model::redo);
        Button other = new Button("他");
        other.setId("other");
        field = new TextField();
        field.setId("field");
        HBox page = new HBox(8, controls.undoButton(), controls.redoButton(), other, field);
        controls.handleKeys(page, field::isFocused);
        stage.setScene(new Scene(page, 400, 80));
        stage.show();
    }

    @Test
    void buttonsAndTooltipsFollowTheModel(FxRobot robot) {
        assertThat(controls.undoButton().isDisabled()).isTrue();
        assertThat(controls.redoButton().isDisabled()).isTrue();
        assertThat(controls.undoButton().getTooltip().getText()).isEqualTo("元に戻す（Ctrl+Z）");
        assertThat(controls.redoButton().getTooltip().getText()).isEqualTo("やり直す（Ctrl+Y）");

        robot.interact(() -> model.add("買い物"));
        assertThat(controls.canUndoProperty().get()).isTrue();
        assertThat(controls.canRedoProperty().get()).isFalse();
        assertThat(controls.labelsProperty().get().undo()).isEqualTo("「買い物」を追加");
        assertThat(controls.undoButton().isDisabled()).isFalse();
        assertThat(controls.undoButton().getTooltip().getText()).isEqualTo("元に戻す：「買い物」を追加（Ctrl+Z）");

        robot.clickOn("#t-undo");
        assertThat(model.live).isEmpty();
        assertThat(controls.undoButton().isDisabled()).isTrue();
        assertThat(controls.redoButton().isDisabled()).isFalse();
        assertThat(controls.redoButton().getTooltip().getText()).isEqualTo("やり直す：「買い物」を追加（Ctrl+Y）");
        robot.clickOn("#t-redo");
        assertThat(model.live).hasSize(1);

        robot.interact(controls::dispose);
        robot.interact(() -> model.add("通院"));
        assertThat(controls.labelsProperty().get().undo()).as("no longer following").isEqualTo("「買い物」を追加");
    }

    @Test
    void ctrlZUndoesCtrlYAndCtrlShiftZRedoButNotWhileTyping(FxRobot robot) {
        robot.interact(() -> model.add("買い物"));
        NoteGroup g = first();
        robot.interact(() -> model.rename(g.getId(), "通院"));
        robot.clickOn("#other");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(first().getTitle()).isEqualTo("買い物");
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(first().getTitle()).isEqualTo("通院");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(model.live).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(first().getTitle()).isEqualTo("買い物");

        robot.clickOn("#field").write("入力中");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(first().getTitle()).as("the field's own undo has the key").isEqualTo("買い物");
        assertThat(controls.redoButton().isDisabled()).isFalse();
    }

    private NoteGroup first() {
        return model.live.values().iterator().next();
    }
}
