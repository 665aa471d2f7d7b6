package jp.banso.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import jp.banso.domain.Choices;
import jp.banso.domain.FieldError;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.StartKind;
import jp.banso.ui.Msg;
import jp.banso.ui.ScreenFit;
import jp.banso.ui.Widgets;

/** Asks for the few things a case needs to exist; everything else is filled in on its pages. */
public final class NewCaseDialog {
    private NewCaseDialog() {
    }

    public static Optional<NewCase> show(Window owner) {
        Dialog<NewCase> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Msg.t("newCase.title"));
        d.setHeaderText(Msg.t("newCase.header"));
        ButtonType create = new ButtonType(Msg.t("newCase.create"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(create, Widgets.CANCEL);

        ComboBox<String> prefecture = new ComboBox<>();
        prefecture.setId("new-prefecture");
        prefecture.getItems().addAll(Choices.PREFECTURES);
        prefecture.setEditable(true);
        TextField name = new TextField();
        name.setId("new-municipality");
        name.setPromptText(Msg.t("newCase.municipalityPrompt"));
        int thisYear = JapaneseDates.fiscalYearOf(LocalDate.now());
        ComboBox<Integer> year = new ComboBox<>();
        year.setId("new-year");
        year.getItems().addAll(IntStream.rangeClosed(thisYear - 5, thisYear + 2).boxed().toList());
        year.setValue(thisYear);
        year.setConverter(Widgets.converter(JapaneseDates::fiscalYearLabelWithWestern));
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

        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(10);
        g.setPadding(new Insets(10));
        int r = 0;
        g.addRow(r++, new Label(Msg.t("field.prefecture")), prefecture);
        g.addRow(r++, new Label(Msg.t("field.municipality")), name);
        g.addRow(r++, new Label(Msg.t("field.fiscalYear")), year);
        g.addRow(r++, new Label(Msg.t("field.programme")), programme);
        g.addRow(r++, new Label(Msg.t("field.startKind")), start);
        g.add(error, 0, r, 2, 1);
        d.getDialogPane().setContent(g);
        d.setOnShown(e -> prefecture.requestFocus());

        Node createButton = d.getDialogPane().lookupButton(create);
        createButton.setId("new-case-create");
        createButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            List<FieldError> errors = read(prefecture, name, year, programme, start).validate();
            if (!errors.isEmpty()) {
                error.setText(errors.stream().map(x -> Msg.t("field." + x.field()) + "：" + x.message())
                        .reduce((a, b) -> a + "\n" + b).orElse(""));
                e.consume();
            }
        });
        d.setResultConverter(b -> b == create ? read(prefecture, name, year, programme, start) : null);
        return ScreenFit.dialog(d).showAndWait();
    }

    private static NewCase read(ComboBox<String> prefecture, TextField name, ComboBox<Integer> year,
                                ComboBox<String> programme, ComboBox<StartKind> start) {
        return new NewCase(prefecture.getEditor().getText(), name.getText(),
                year.getValue() == null ? 0 : year.getValue(), programme.getEditor().getText(), start.getValue());
    }
}
