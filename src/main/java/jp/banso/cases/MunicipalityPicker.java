package jp.banso.cases;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import jp.banso.domain.MunicipalityMaster;
import jp.banso.domain.MunicipalityMaster.Entry;
import jp.banso.domain.Text;
import jp.banso.ui.Msg;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Picks a municipality of the national list by typing its name or reading (さくら → さくら市（栃木県）, 佐倉市（千葉県）…);
 * the prefecture follows from the town chosen and is shown, not typed. A name the list does not have can still be
 * entered: it is flagged, and only then is the prefecture chosen from the 47. Used by the new-case dialog and the
 * profile page.
 */
final class MunicipalityPicker extends VBox {
    private static final int SUGGESTIONS = 12;

    private final TextField name = new TextField();
    private final SearchableComboBox<String> prefecture;
    private final Label prefectureShown = new Label();
    private final HBox unlistedRow;
    private final Label unlisted;
    private final ObjectProperty<Entry> chosen = new SimpleObjectProperty<>();

    MunicipalityPicker(String id) {
        super(4);
        name.setId(id);
        name.setPromptText(Msg.t("municipality.prompt"));
        name.setMaxWidth(Double.MAX_VALUE);
        TextFields.bindAutoCompletion(name, request -> MunicipalityMaster.get().search(request.getUserText(), SUGGESTIONS),
                new StringConverter<Entry>() {
                    @Override
                    public String toString(Entry e) {
                        return e == null ? "" : e.label();
                    }

                    @Override
                    public Entry fromString(String s) {
                        return null;
                    }
                }).setOnAutoCompleted(e -> chosen.set(e.getCompletion()));
        prefectureShown.setId(id + "-prefecture-shown");
        prefectureShown.getStyleClass().add("muted");
        unlisted = unlistedFlag(id + "-unlisted");
        unlisted.setWrapText(true);
        prefecture = NewCaseDialog.prefectureChooser(id + "-prefecture");
        unlistedRow = new HBox(8, prefecture, unlisted);
        unlistedRow.setAlignment(Pos.CENTER_LEFT);
        unlistedRow.managedProperty().bind(unlistedRow.visibleProperty());
        prefectureShown.managedProperty().bind(prefectureShown.visibleProperty());
        unlisted.managedProperty().bind(unlisted.visibleProperty());
        name.textProperty().addListener((o, a, b) -> resolve());
        getChildren().addAll(name, prefectureShown, unlistedRow);
        resolve();
    }

    /** 「全国地方公共団体コードの一覧にない市町村」, with what to do about it in its tooltip. */
    static Label unlistedFlag(String id) {
        Label l = new Label(Msg.t("municipality.unlisted"), unlistedIcon());
        l.setId(id);
        l.getStyleClass().add("field-error");
        l.setTooltip(new Tooltip(Msg.t("municipality.unlistedHint")));
        return l;
    }

    /** The flag as an icon (the case list's column), its text in the tooltip. */
    static Node unlistedIcon() {
        FontIcon icon = new FontIcon("mdi2a-alert-circle-outline");
        icon.getStyleClass().add("unlisted-municipality");
        Tooltip.install(icon, new Tooltip(Msg.t("municipality.unlisted")));
        return icon;
    }

    /** Shows a municipality as it is stored: listed (with its code) or typed by hand with its prefecture. */
    void show(String prefectureName, String municipalityName, String code) {
        Entry e = MunicipalityMaster.isValidCode(code) ? MunicipalityMaster.get().byCode(code).orElse(null) : null;
        chosen.set(e);
        prefecture.setValue(e == null ? prefectureName : null);
        name.setText(e == null ? Text.nullToEmpty(municipalityName) : e.label());
    }

    /**
     * What the text means: the town chosen from the suggestions (or typed as a suggestion shows it), the only town of
     * that name in the list, or none (a name the list does not have, or one that is in several prefectures).
     */
    private void resolve() {
        String typed = name.getText();
        Entry e = chosen.get();
        if (e == null || !e.label().equals(typed)) {
            List<Entry> exact = MunicipalityMaster.get().search(typed, 1).stream().filter(x -> x.label().equals(Text.trim(typed))).toList();
            List<Entry> named = MunicipalityMaster.get().named(Text.nullToEmpty(typed));
            e = !exact.isEmpty() ? exact.get(0) : named.size() == 1 ? named.get(0) : null;
            chosen.set(e);
        }
        boolean typedByHand = e == null && !Text.isBlank(typed);
        prefectureShown.setText(e == null ? "" : Msg.t("municipality.prefectureFromCode", e.prefecture(), e.code()));
        prefectureShown.setVisible(e != null);
        unlistedRow.setVisible(typedByHand);
        unlisted.setVisible(typedByHand && MunicipalityMaster.get().named(typed).isEmpty());
    }

    /** The town of the national list the text stands for; null for a name typed by hand (or nothing). */
    Entry entry() {
        return chosen.get();
    }

    ReadOnlyObjectProperty<Entry> entryProperty() {
        return chosen;
    }

    /** The name as typed (for a town not in the list). */
    String typedName() {
        return name.getText();
    }

    /** The prefecture: the chosen town's, or the one picked from the 47 for a name typed by hand. */
    String prefecture() {
        return chosen.get() != null ? chosen.get().prefecture() : prefecture.getValue();
    }

    TextField nameField() {
        return name;
    }

    SearchableComboBox<String> prefectureChooser() {
        return prefecture;
    }
}
