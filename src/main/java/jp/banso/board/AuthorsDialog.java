package jp.banso.board;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import jp.banso.domain.Speaker;
import jp.banso.ui.Msg;
import jp.banso.ui.Widgets;
import org.kordamp.ikonli.javafx.FontIcon;

/** Edits the list of who speaks (市町村, 包括, 社協, SC, 住民…) and the colour each is shown in. */
public final class AuthorsDialog {
    private AuthorsDialog() {
    }

    private record Row(TextField name, ColorPicker colour) {
    }

    /** The edited list, or empty when cancelled. Blank names are dropped; a name given twice counts once. */
    public static Optional<List<Speaker>> show(Window owner, List<Speaker> authors) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Msg.t("authors.title"));
        d.setHeaderText(Msg.t("authors.header"));
        ButtonType save = new ButtonType(Msg.t("authors.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, Widgets.CANCEL);
        List<Row> rows = new ArrayList<>();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        Runnable[] redraw = new Runnable[1];
        redraw[0] = () -> {
            grid.getChildren().clear();
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                Button remove = new Button(null, new FontIcon("mdi2c-close"));
                remove.getStyleClass().add(Styles.FLAT);
                remove.setOnAction(e -> {
                    rows.remove(r);
                    redraw[0].run();
                });
                grid.addRow(i, r.name(), r.colour(), remove);
            }
        };
        for (Speaker a : authors) {
            rows.add(new Row(new TextField(a.name()), new ColorPicker(Color.web(a.colour()))));
        }
        redraw[0].run();
        Button add = new Button(Msg.t("authors.add"), new FontIcon("mdi2p-plus"));
        add.getStyleClass().add(Styles.FLAT);
        add.setOnAction(e -> {
            rows.add(new Row(new TextField(), new ColorPicker(Color.web("#455A64"))));
            redraw[0].run();
            rows.get(rows.size() - 1).name().requestFocus();
        });
        VBox box = new VBox(10, grid, add, new Label(Msg.t("authors.hint")));
        box.setPadding(new Insets(10));
        d.getDialogPane().setContent(box);
        return d.showAndWait().filter(b -> b == save).map(b -> {
            Set<String> seen = new LinkedHashSet<>();
            List<Speaker> result = new ArrayList<>();
            for (Row r : rows) {
                String name = r.name().getText() == null ? "" : r.name().getText().strip();
                if (!name.isEmpty() && name.length() <= 100 && seen.add(name)) {
                    Color c = r.colour().getValue();
                    result.add(new Speaker(name, String.format("#%02X%02X%02X",
                            (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255))));
                }
            }
            return result;
        });
    }
}
