package jp.banso.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import jp.banso.domain.Choices;
import jp.banso.domain.FieldError;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.MunicipalityMaster;
import jp.banso.domain.StartKind;
import jp.banso.ui.Msg;
import jp.banso.ui.ScreenFit;
import jp.banso.ui.Widgets;
import org.controlsfx.control.SearchableComboBox;

/** Asks for the few things a case needs to exist; everything else is filled in on its pages. */
public final class NewCaseDialog {
    private NewCaseDialog() {
    }

    /** The 47 prefectures in the standard order; typing 「長野」 narrows the list to 長野県. Used wherever a prefecture is edited. */
    static SearchableComboBox<String> prefectureChooser(String id) {
        SearchableComboBox<String> box = new SearchableComboBox<>();
        box.setId(id);
        box.getItems().addAll(Choices.PREFECTURES);
        box.setPromptText(Msg.t("newCase.prefecturePrompt"));
        return box;
    }

    /**
     * Every 年度 from 平成元年度 to two years ahead of this one, typed (2019, 平成元年度, R8) or chosen; the list opens on the
     * one chosen.
     */
    static ComboBox<Integer> fiscalYearChooser(String id, int chosen, int thisYear) {
        ComboBox<Integer> year = new ComboBox<>();
        year.setId(id);
        year.getItems().addAll(IntStream.rangeClosed(NewCase.FIRST_FISCAL_YEAR, Math.max(thisYear, chosen) + 2).boxed().toList());
        year.setEditable(true);
        year.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer y) {
                return y == null ? "" : JapaneseDates.fiscalYearLabelWithWestern(y);
            }

            @Override
            public Integer fromString(String s) {
                return JapaneseDates.parseFiscalYear(s).orElse(null);
            }
        });
        year.setValue(chosen);
        year.setVisibleRowCount(12);
        return year;
    }

    /** clock: what this 年度 is (the one proposed, and how far ahead the list goes). */
    public static Optional<NewCase> show(Window owner, Clock clock) {
        return show(owner, clock, null);
    }

    /** The same, with a town of the national list already chosen (市町村一覧's 「この市町村で新しいケース」); null for none. */
    public static Optional<NewCase> show(Window owner, Clock clock, MunicipalityMaster.Entry chosen) {
        Dialog<NewCase> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Msg.t("newCase.title"));
        d.setHeaderText(Msg.t("newCase.header"));
        ButtonType create = new ButtonType(Msg.t("newCase.create"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(create, Widgets.CANCEL);

        MunicipalityPicker town = new MunicipalityPicker("new-municipality");
        if (chosen != null) {
            town.show(chosen.prefecture(), chosen.name(), chosen.code());
        }
        int thisYear = JapaneseDates.fiscalYearOf(LocalDate.now(clock));
        ComboBox<Integer> year = fiscalYearChooser("new-year", thisYear, thisYear);
        ComboBox<String> programme = new ComboBox<>();
        programme.setId("new-programme");
        programme.getItems().addAll(Choices.PROGRAMMES);
        programme.setEditable(true);
        programme.setValue(Choices.PROGRAMMES.get(0));
        ComboBox<StartKind> start = new ComboBox<>();
        start.setId("new-start");
        start.getItems().addAll(StartKind.values());
        start.setConverter(Widgets.converter(StartKind::label));
        start.setValue(StartKind.ENTRY);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setId("new-case-error");
        error.setWrapText(true);

        // fields in the order they are shown: the first one in error gets the cursor
        Map<String, Control> fields = new LinkedHashMap<>();
        fields.put("municipality", town.nameField());
        fields.put("fiscalYear", year);
        fields.put("programme", programme);
        Map<String, Label> fieldErrors = new LinkedHashMap<>();
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(10);
        g.setPadding(new Insets(10));
        int r = 0;
        for (Map.Entry<String, Control> f : fields.entrySet()) {
            Label message = new Label();
            message.getStyleClass().add("field-error");
            message.setId("new-error-" + f.getKey());
            message.managedProperty().bind(message.visibleProperty());
            message.setVisible(false);
            fieldErrors.put(f.getKey(), message);
            f.getValue().setMaxWidth(Double.MAX_VALUE);
            Node shown = f.getValue() == town.nameField() ? town : f.getValue();
            g.addRow(r++, new Label(Msg.t("field." + f.getKey())), new VBox(2, shown, message));
        }
        g.addRow(r++, new Label(Msg.t("field.startKind")), start);
        g.add(error, 0, r, 2, 1);
        d.getDialogPane().setContent(g);
        d.setOnShown(e -> javafx.application.Platform.runLater(town.nameField()::requestFocus)); // after the default button took it

        Node createButton = d.getDialogPane().lookupButton(create);
        createButton.setId("new-case-create");
        createButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            commitTyped(year);
            List<FieldError> errors = read(town, year, programme, start).validate().stream().map(NewCaseDialog::shownAt).toList();
            fieldErrors.forEach((field, label) -> {
                String text = errors.stream().filter(x -> x.field().equals(field)).map(FieldError::message)
                        .collect(Collectors.joining("\n"));
                label.setText(text);
                label.setVisible(!text.isEmpty());
            });
            if (!errors.isEmpty()) {
                // every field that needs something, at once, and the cursor in the first of them
                error.setText(Msg.t("newCase.missing", errors.stream().map(x -> Msg.t("field." + x.field())).distinct()
                        .collect(Collectors.joining("、"))));
                fields.entrySet().stream().filter(f -> errors.stream().anyMatch(x -> x.field().equals(f.getKey())))
                        .findFirst().ifPresent(f -> {
                            if (f.getValue() == town.nameField() && town.prefectureChooser().isVisible()
                                    && town.prefecture() == null && !town.typedName().isBlank()) {
                                town.prefectureChooser().requestFocus();
                                town.prefectureChooser().show(); // its search field takes what is typed (IME text too): 長野 → 長野県
                            } else {
                                f.getValue().requestFocus();
                            }
                        });
                e.consume();
            }
        });
        d.setResultConverter(b -> b == create ? read(town, year, programme, start) : null);
        return ScreenFit.dialog(d).showAndWait();
    }

    /** A year typed but not yet committed with Enter counts as chosen. */
    private static void commitTyped(ComboBox<Integer> year) {
        if (year.isEditable()) {
            Integer typed = year.getConverter().fromString(year.getEditor().getText());
            year.setValue(typed);
        }
    }

    /** A town of the national list by its official name; a name typed by hand with the prefecture chosen for it. */
    private static NewCase read(MunicipalityPicker town, ComboBox<Integer> year, ComboBox<String> programme,
                                ComboBox<StartKind> start) {
        String name = town.entry() != null ? town.entry().name() : town.typedName();
        return new NewCase(town.prefecture(), name, year.getValue() == null ? 0 : year.getValue(),
                programme.getEditor().getText(), start.getValue());
    }

    /** The prefecture is part of the municipality's field: its message is shown there. */
    private static FieldError shownAt(FieldError e) {
        return e.field().equals("prefecture") ? new FieldError("municipality", Msg.t("municipality.choosePrefecture")) : e;
    }
}
