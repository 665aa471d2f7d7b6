package jp.banso.ui;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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

    public static TextArea textArea(String id, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        return a;
    }

    public static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        return l;
    }
}
