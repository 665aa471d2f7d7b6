package jp.banso.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import jp.banso.domain.ActionItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 12, item 18: Tab in a record's text area, cut-off text in a tooltip, a field's message not pushing its row. */
@ExtendWith(ApplicationExtension.class)
class FieldBehaviourUiTest {
    private TextField before;
    private TextArea area;
    private TextField after;
    private TextField narrow;
    private RowListEditor<ActionItem> items;
    private final List<ActionItem> saved = new ArrayList<>();

    @Start
    void start(Stage stage) {
        before = new TextField();
        before.setId("before");
        area = Widgets.textArea("area", 3);
        after = new TextField();
        after.setId("after");
        narrow = new TextField();
        narrow.setId("narrow");
        narrow.setPrefColumnCount(6);
        narrow.setMaxWidth(120);
        Widgets.tooltipWhenCut(narrow);
        items = RowListEditor.<ActionItem>builder("items").addLabel("追加").emptyText("なし")
                .flexibleColumn("内容").column("担当", 170).column("期限", 120).column("完了", 50)
                .create(ActionItem::new).validate(ActionItem::validate).save(saved::add).delete(saved::remove)
                .row(b -> {
                    TextField what = new TextField();
                    what.setId("item-what");
                    b.text(what, "what", ActionItem::getWhat, ActionItem::setWhat);
                    TextField due = new TextField();
                    due.setId("item-due");
                    b.date(due, "due", ActionItem::getDue, ActionItem::setDue, java.time.LocalDate.of(2026, 9, 30));
                    CheckBox done = new CheckBox();
                    done.setId("item-done");
                    b.check(done, "done", ActionItem::isDone, ActionItem::setDone);
                    return List.of(RowListEditor.cell(what, b.errorLabel("what")), RowListEditor.cell(new TextField(), new Label()),
                            RowListEditor.cell(due, b.errorLabel("due")), done);
                })
                .build();
        items.setItems(List.of(new ActionItem()));
        jp.banso.domain.TeamMember member = new jp.banso.domain.TeamMember();
        FormBinder<jp.banso.domain.TeamMember> memberBinder = new FormBinder<>(member, m -> List.of(), m -> { });
        javafx.scene.control.ComboBox<String> role = new javafx.scene.control.ComboBox<>();
        role.setId("role");
        role.setPrefWidth(120);
        role.setMaxWidth(120);
        memberBinder.editableChoice(role, "role", jp.banso.domain.TeamMember::getRole, jp.banso.domain.TeamMember::setRole);
        VBox root = new VBox(8, before, area, after, narrow, role, items);
        stage.setScene(new Scene(root, 800, 600));
        stage.show();
    }

    @Test
    void tabLeavesATextAreaAndCtrlTabTypesATab(FxRobot robot) throws Exception {
        robot.clickOn("#area");
        robot.write("まとめ");
        robot.type(KeyCode.TAB);
        assertThat(fx(after::isFocused)).as("Tab moved on to the next field").isTrue();
        assertThat(fx(() -> area.getText())).isEqualTo("まとめ");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(fx(area::isFocused)).as("Shift+Tab came back").isTrue();
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(fx(before::isFocused)).as("Shift+Tab went on back").isTrue();
        robot.clickOn("#area");
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        assertThat(fx(() -> area.getText())).contains("\t");
        assertThat(fx(area::isFocused)).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTextWiderThanItsFieldIsShownWholeInATooltip(FxRobot robot) throws Exception {
        String longText = "地域包括支援センターと生活支援コーディネーターが一緒に";
        robot.interact(() -> narrow.setText(longText));
        assertThat(fx(() -> narrow.getTooltip() == null ? null : narrow.getTooltip().getText())).isEqualTo(longText);
        robot.interact(() -> narrow.setText("包括"));
        assertThat(fx(narrow::getTooltip)).as("a text that fits needs none").isNull();
        // an editable combo box (a team member's 役割): the box carries the tooltip of its editor
        javafx.scene.control.ComboBox<String> role = fx(() -> (javafx.scene.control.ComboBox<String>) narrow.getScene().lookup("#role"));
        robot.interact(() -> role.getEditor().setText("生活支援コーディネーター（第1層・第2層）"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> role.getTooltip() == null ? null : role.getTooltip().getText())).isEqualTo("生活支援コーディネーター（第1層・第2層）");
    }

    @Test
    void aDateErrorDoesNotPushTheDoneBoxDown(FxRobot robot) throws Exception {
        Node done = robot.lookup("#item-done").query();
        double top = fx(() -> done.localToScene(done.getLayoutBounds()).getMinY());
        robot.clickOn("#item-due");
        robot.write("あした").type(KeyCode.ENTER); // a date is taken when complete (Enter or leaving the field)
        Label error = robot.lookup("#error-due").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(error::isVisible));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(error::getText)).isNotBlank();
        assertThat(fx(() -> done.localToScene(done.getLayoutBounds()).getMinY())).isEqualTo(top);
        // and level with the fields: its top within the due field's height
        Node due = robot.lookup("#item-due").query();
        assertThat(fx(() -> done.localToScene(done.getLayoutBounds()).getMinY()))
                .isBetween(fx(() -> due.localToScene(due.getLayoutBounds()).getMinY()), fx(() -> due.localToScene(due.getLayoutBounds()).getMaxY()));
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }
}
