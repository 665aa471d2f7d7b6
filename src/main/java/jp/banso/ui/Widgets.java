package jp.banso.ui;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Small building blocks every page uses, so pages look and behave alike. */
public final class Widgets {
    private Widgets() {
    }

    /** キャンセル (JavaFX's own Japanese says 取消, which reads dated). */
    public static final javafx.scene.control.ButtonType CANCEL =
            new javafx.scene.control.ButtonType("キャンセル", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);

    /** A display-only converter (null shows as empty). */
    public static <T> StringConverter<T> converter(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : toText.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null; // display only: these combo boxes are not typed into
            }
        };
    }

    /** A titled card: the visual unit of every page. */
    public static VBox section(String title, Node... content) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        VBox box = new VBox(10, t);
        box.getChildren().addAll(content);
        box.getStyleClass().add("section");
        box.setPadding(new Insets(14, 16, 16, 16));
        return box;
    }

    /** A text area of a record: wraps, and Tab moves on to the next field (see {@link #tabMovesFocus}). */
    public static TextArea textArea(String id, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        tabMovesFocus(a);
        return a;
    }

    private static final String FORWARDING = "banso.tabForwarding";

    /**
     * Tab and Shift+Tab move to the next and previous field, as in every other field of a form (a text area would
     * type a tab character); Ctrl+Tab types one, for whoever wants it. The move is JavaFX's own focus traversal,
     * which the text area performs for Ctrl+Tab: a plain Tab is handed on as that.
     */
    public static void tabMovesFocus(TextArea area) {
        if (area.getProperties().putIfAbsent(FORWARDING, Boolean.FALSE) != null) {
            return; // already installed
        }
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.TAB || e.isAltDown() || Boolean.TRUE.equals(area.getProperties().get(FORWARDING))) {
                return;
            }
            e.consume();
            if (e.isControlDown() || e.isMetaDown()) {
                area.replaceSelection("\t");
                return;
            }
            area.getProperties().put(FORWARDING, Boolean.TRUE);
            try {
                boolean mac = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("mac");
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), !mac, false, mac));
            } finally {
                area.getProperties().put(FORWARDING, Boolean.FALSE);
            }
        });
    }

    /**
     * A text field shows its whole text in a tooltip while the text is wider than the field (a field cannot end in
     * 「…」 while it is being edited, so the tooltip is how a cut-off 宿題 or 担当 is read without clicking into it).
     */
    public static void tooltipWhenCut(TextField field) {
        tooltipWhenCut(field, field);
    }

    /**
     * The same for a field inside another control, which carries the tooltip (an editable combo box binds its
     * editor's tooltip to its own).
     */
    public static void tooltipWhenCut(TextField field, javafx.scene.control.Control owner) {
        if (field.getProperties().putIfAbsent("banso.tooltipWhenCut", Boolean.TRUE) != null) {
            return;
        }
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        javafx.beans.InvalidationListener update = o -> {
            String s = field.getText();
            double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
            boolean cut = s != null && !s.isBlank() && room > 0 && textWidth(s, field.getFont()) > room;
            if (owner.tooltipProperty().isBound()) {
                return;
            }
            if (cut) {
                tip.setText(s);
                owner.setTooltip(tip);
            } else if (owner.getTooltip() == tip) {
                owner.setTooltip(null);
            }
        };
        field.textProperty().addListener(update);
        field.widthProperty().addListener(update);
        field.fontProperty().addListener(update);
    }

    static double textWidth(String s, javafx.scene.text.Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s.replace('\n', ' '));
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    public static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        return l;
    }
}
