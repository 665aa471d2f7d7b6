package jp.banso.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import jp.banso.ui.Msg;
import jp.banso.ui.ScreenFit;
import jp.banso.ui.Widgets;

/**
 * ヘルプ › キー操作一覧: every key of the app's menus, the board, presentation mode and the roadmap, read from
 * {@code keys_ja.txt} — the one list the README's key tables are checked against.
 */
final class KeyHelp {
    static final String RESOURCE = "/jp/banso/ui/keys_ja.txt";

    record Key(String action, String keys) {
    }

    record Section(String title, List<Key> keys) {
    }

    private KeyHelp() {
    }

    static List<Section> sections() {
        try (InputStream in = Objects.requireNonNull(KeyHelp.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "## 節" starts a section; "操作 | キー" is a row; "# …" and blank lines are comments. */
    static List<Section> parse(List<String> lines) {
        List<Section> sections = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("## ")) {
                sections.add(new Section(line.substring(3).strip(), new ArrayList<>()));
            } else if (!line.isBlank() && !line.startsWith("#")) {
                int bar = line.indexOf('|');
                if (bar < 0 || sections.isEmpty()) {
                    throw new IllegalArgumentException("キー操作一覧の行が読めません: " + line);
                }
                sections.get(sections.size() - 1).keys().add(new Key(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
            }
        }
        return sections;
    }

    /** The list in a window of its own (not modal: it can stay open beside the board). */
    static Dialog<Void> dialog(Window owner) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.initModality(Modality.NONE);
        d.setTitle(Msg.t("keys.title"));
        d.setHeaderText(null);
        d.setResizable(true);
        d.getDialogPane().setId("key-help");
        VBox content = new VBox(14);
        for (Section s : sections()) {
            GridPane g = new GridPane();
            g.setHgap(16);
            g.setVgap(6);
            g.getColumnConstraints().addAll(new ColumnConstraints(220, 260, 320),
                    new ColumnConstraints(260, 420, Double.MAX_VALUE, Priority.ALWAYS, javafx.geometry.HPos.LEFT, true));
            int r = 0;
            for (Key k : s.keys()) {
                Label action = new Label(k.action());
                action.setWrapText(true);
                Label keys = new Label(k.keys());
                keys.setWrapText(true);
                keys.getStyleClass().add("strong");
                g.addRow(r++, action, keys);
            }
            content.getChildren().add(Widgets.section(s.title(), g));
        }
        content.setPadding(new Insets(4));
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().add(new ButtonType(Msg.t("keys.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return ScreenFit.dialog(d);
    }
}
