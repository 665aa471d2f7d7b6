package jp.banso.cases;

import atlantafx.base.theme.Styles;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.banso.domain.Municipality;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.ServiceOffer;
import jp.banso.domain.chart.ProfileCharts;
import jp.banso.ui.ChartView;
import jp.banso.ui.FormBinder;
import jp.banso.ui.Formats;
import jp.banso.ui.Msg;
import jp.banso.ui.Page;
import jp.banso.ui.PendingEdits;
import jp.banso.ui.RowListEditor;
import jp.banso.ui.Widgets;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * 市町村プロフィール: the municipality and its figures by 基準日, each compared with the snapshot before it, and below
 * them a metric's 推移 over the years, alone or beside other towns.
 */
final class ProfilePage extends ScrollPane implements Page {
    private final ProfileModel model;
    private final ComboBox<ProfileSnapshot> snapshotChooser = new ComboBox<>();
    private final VBox snapshotBox = new VBox(12);
    private final ComboBox<ProfileCharts.Metric> metric = new ComboBox<>();
    private final CheckComboBox<Municipality> compared = new CheckComboBox<>();
    private final Label compareHint = Widgets.muted("");
    private final ChartView chart = new ChartView();
    private boolean relabelling;

    ProfilePage(ProfileModel model) {
        this.model = model;
        setId("profile-page");
        setFitToWidth(true);

        // the chart after the figures: they are what is typed here, the 推移 is read from them
        VBox page = new VBox(16, municipalitySection(), snapshotSection(), chartSection());
        page.setPadding(new Insets(16, 20, 24, 20));
        page.setMaxWidth(1100);
        setContent(page);
        showSnapshots(model.snapshots(), null);
    }

    @Override
    public Node view() {
        return this;
    }

    /**
     * The town: picked from the national list (then re-keyed and the figures shown again, their rows moved with it),
     * or a name typed by hand, saved when the field is left, with the prefecture chosen for it.
     */
    private VBox municipalitySection() {
        MunicipalityPicker town = new MunicipalityPicker("municipalityName");
        Municipality m = model.municipality();
        town.show(m.getPrefecture(), m.getName(), m.getCode());
        town.nameField().setPrefColumnCount(22);
        town.entryProperty().addListener((o, a, e) -> {
            if (e != null && !e.code().equals(model.municipality().getCode())) {
                PendingEdits.flushAll(); // the figures' forms hold the old row's id: written before it moves
                ProfileSnapshot shown = snapshotChooser.getValue();
                model.choose(e);
                fillTowns();
                showSnapshots(model.snapshots(), shown == null ? null : shown.getId());
            }
        });
        Runnable typed = () -> {
            if (town.entry() == null && !town.typedName().isBlank() && town.prefecture() != null) {
                model.typedByHand(town.prefecture(), town.typedName());
            }
        };
        town.nameField().focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                typed.run();
            }
        });
        town.nameField().setOnAction(e -> typed.run());
        town.prefectureChooser().valueProperty().addListener((o, a, p) -> typed.run());
        return Widgets.section(Msg.t("profile.municipality"), labelled(Msg.t("field.municipality"), town));
    }

    private static VBox labelled(String label, Node field) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        return new VBox(4, l, field);
    }

    private VBox snapshotSection() {
        snapshotChooser.setId("snapshot-chooser");
        snapshotChooser.setConverter(Widgets.converter(s -> s.getAsOf() == null ? Msg.t("profile.noDate")
                : Msg.t("profile.asOf", Formats.date(s.getAsOf()))));
        snapshotChooser.valueProperty().addListener((o, a, s) -> {
            if (relabelling) {
                return; // the same snapshot relabelled after a save: keep the form (and the cursor) as it is
            }
            PendingEdits.flushAll();
            showSnapshot(s);
        });
        Button add = new Button(Msg.t("profile.addSnapshot"), new FontIcon("mdi2p-plus"));
        add.setId("add-snapshot");
        add.setOnAction(e -> addSnapshot());
        Button delete = new Button(Msg.t("profile.deleteSnapshot"), new FontIcon("mdi2d-delete-outline"));
        delete.setId("delete-snapshot");
        delete.getStyleClass().add(Styles.FLAT);
        delete.disableProperty().bind(snapshotChooser.valueProperty().isNull());
        delete.setOnAction(e -> deleteSnapshot());
        HBox bar = new HBox(10, new Label(Msg.t("profile.snapshot")), snapshotChooser, add, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        return Widgets.section(Msg.t("profile.figures"), bar, snapshotBox);
    }

    /** A metric's 推移 (人口, 高齢化率…), this town alone or with the towns chosen to compare (one line each). */
    private VBox chartSection() {
        metric.setId("profile-chart-metric");
        metric.getItems().setAll(ProfileCharts.Metric.values());
        metric.setConverter(Widgets.converter(ProfileCharts.Metric::label));
        metric.setValue(ProfileCharts.Metric.POPULATION);
        metric.valueProperty().addListener((o, a, m) -> refreshChart());
        compared.setId("profile-chart-compare");
        compared.setTitle(Msg.t("profile.chart.compare"));
        compared.setConverter(Widgets.converter(m -> m.getPrefecture() + "　" + m.getName()));
        compared.setShowCheckedCount(true);
        compared.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<Municipality>) c -> refreshChart());
        compareHint.setId("profile-chart-hint");
        fillTowns();
        chart.setId("profile-chart");
        HBox bar = new HBox(10, new Label(Msg.t("profile.chart.metric")), metric, compared);
        bar.setAlignment(Pos.CENTER_LEFT);
        return Widgets.section(Msg.t("profile.chart.title"), bar, compareHint, chart);
    }

    /** The towns to compare with: those with figures on this laptop, other than this one (read when the town changes). */
    private void fillTowns() {
        compared.getCheckModel().clearChecks();
        compared.getItems().setAll(model.otherTownsWithSnapshots());
        compared.setDisable(compared.getItems().isEmpty());
        compareHint.setText(Msg.t(compared.getItems().isEmpty() ? "profile.chart.noOthers" : "profile.chart.compareHint"));
    }

    private void refreshChart() {
        if (metric.getValue() != null) {
            chart.show(model.chart(metric.getValue(), List.copyOf(compared.getCheckModel().getCheckedItems())));
        }
    }

    private void showSnapshots(List<ProfileSnapshot> list, UUID select) {
        snapshotChooser.getItems().setAll(list);
        ProfileSnapshot chosen = list.stream().filter(s -> s.getId().equals(select)).findFirst()
                .orElse(list.isEmpty() ? null : list.get(list.size() - 1));
        snapshotChooser.setValue(chosen);
        if (chosen == null) {
            showSnapshot(null);
        }
        refreshChart();
    }

    private void addSnapshot() {
        PendingEdits.flushAll();
        ProfileSnapshot s = model.addSnapshot();
        showSnapshots(model.snapshots(), s.getId());
    }

    private void deleteSnapshot() {
        ProfileSnapshot s = snapshotChooser.getValue();
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Msg.t("profile.deleteConfirm", snapshotChooser.getConverter().toString(s)),
                ButtonType.OK, Widgets.CANCEL);
        a.setHeaderText(null);
        a.initOwner(getScene().getWindow());
        a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            model.delete(s);
            showSnapshots(model.snapshots(), null);
        });
    }

    private void showSnapshot(ProfileSnapshot s) {
        snapshotBox.getChildren().clear();
        if (s == null) {
            snapshotBox.getChildren().add(Widgets.muted(Msg.t("profile.none")));
            return;
        }
        ProfileSnapshot prev = model.previousOf(s);
        Label aging = new Label();
        aging.setId("agingRate");
        Label lateRate = new Label();
        lateRate.setId("lateElderlyRate");
        aging.getStyleClass().add("computed");
        lateRate.getStyleClass().add("computed");
        Runnable recompute = () -> {
            aging.setText(Formats.percent(s.agingRate()));
            lateRate.setText(Formats.percent(s.lateElderlyRate()));
        };
        FormBinder<ProfileSnapshot> b = new FormBinder<>(s, ProfileSnapshot::validate, model::save).onSaved(() -> {
            recompute.run();
            refreshChart();
            int index = snapshotChooser.getItems().indexOf(s);
            if (index >= 0) {
                relabelling = true;
                try {
                    snapshotChooser.getItems().set(index, s); // refresh the 基準日 label
                    snapshotChooser.setValue(s);
                } finally {
                    relabelling = false;
                }
            }
        });
        recompute.run();

        GridPane g = new GridPane();
        g.setId("profile-grid");
        g.setHgap(12);
        g.setVgap(6);
        Label h1 = new Label(Msg.t("profile.value"));
        Label h2 = new Label(prev == null ? "" : Msg.t("profile.previous", Formats.date(prev.getAsOf())));
        h1.getStyleClass().add("column-header");
        h2.getStyleClass().add("column-header");
        g.add(h1, 1, 0);
        g.add(h2, 3, 0);
        int r = 1;
        TextField asOf = new TextField();
        asOf.setId("asOf");
        b.date(asOf, "asOf", ProfileSnapshot::getAsOf, ProfileSnapshot::setAsOf, model.exampleDate());
        r = addRow(g, r, Msg.t("field.asOf"), RowListEditor.cell(asOf, b.errorLabel("asOf")), "", null);
        r = integer(g, r, b, prev, "population", "人", ProfileSnapshot::getPopulation, ProfileSnapshot::setPopulation);
        r = integer(g, r, b, prev, "households", "世帯", ProfileSnapshot::getHouseholds, ProfileSnapshot::setHouseholds);
        r = integer(g, r, b, prev, "elderlyPopulation", "人", ProfileSnapshot::getElderlyPopulation, ProfileSnapshot::setElderlyPopulation);
        r = addRow(g, r, Msg.t("field.agingRate"), aging, Msg.t("profile.computed"), prev == null ? null : Formats.percent(prev.agingRate()));
        r = integer(g, r, b, prev, "lateElderlyPopulation", "人", ProfileSnapshot::getLateElderlyPopulation, ProfileSnapshot::setLateElderlyPopulation);
        r = addRow(g, r, Msg.t("field.lateElderlyRate"), lateRate, Msg.t("profile.computed"), prev == null ? null : Formats.percent(prev.lateElderlyRate()));
        r = decimal(g, r, b, prev, "areaKm2", "km²", ProfileSnapshot::getAreaKm2, ProfileSnapshot::setAreaKm2);
        r = integer(g, r, b, prev, "livingAreas", "圏域", ProfileSnapshot::getLivingAreas, ProfileSnapshot::setLivingAreas);
        r = decimal(g, r, b, prev, "careCertificationRate", "%", ProfileSnapshot::getCareCertificationRate, ProfileSnapshot::setCareCertificationRate);
        r = integer(g, r, b, prev, "centresDirect", "箇所", ProfileSnapshot::getCentresDirect, ProfileSnapshot::setCentresDirect);
        r = integer(g, r, b, prev, "centresOutsourced", "箇所", ProfileSnapshot::getCentresOutsourced, ProfileSnapshot::setCentresOutsourced);
        r = integer(g, r, b, prev, "coordinatorsLayer1", "人", ProfileSnapshot::getCoordinatorsLayer1, ProfileSnapshot::setCoordinatorsLayer1);
        r = integer(g, r, b, prev, "coordinatorsLayer2", "人", ProfileSnapshot::getCoordinatorsLayer2, ProfileSnapshot::setCoordinatorsLayer2);
        r = integer(g, r, b, prev, "councilsLayer1", "", ProfileSnapshot::getCouncilsLayer1, ProfileSnapshot::setCouncilsLayer1);
        r = integer(g, r, b, prev, "councilsLayer2", "", ProfileSnapshot::getCouncilsLayer2, ProfileSnapshot::setCouncilsLayer2);
        CheckBox overCap = new CheckBox(Msg.t("field.overCap"));
        overCap.setId("overCap");
        b.check(overCap, "overCap", ProfileSnapshot::getOverCap, ProfileSnapshot::setOverCap);
        r = addRow(g, r, "", overCap, "", prev == null ? null : (Boolean.TRUE.equals(prev.getOverCap()) ? Msg.t("profile.yes") : Msg.t("profile.no")));
        TextField source = new TextField();
        source.setId("source");
        b.text(source, "source", ProfileSnapshot::getSource, ProfileSnapshot::setSource);
        addRow(g, r, Msg.t("field.source"), RowListEditor.cell(source, b.errorLabel("source")), "", null);
        g.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(250), new javafx.scene.layout.ColumnConstraints(200),
                new javafx.scene.layout.ColumnConstraints(90), new javafx.scene.layout.ColumnConstraints(160));

        snapshotBox.getChildren().addAll(g, services(b, prev));
    }

    private VBox services(FormBinder<ProfileSnapshot> b, ProfileSnapshot prev) {
        GridPane g = new GridPane();
        g.setId("services-grid");
        g.setHgap(18);
        g.setVgap(6);
        List<String> levels = ServiceOffer.levels();
        for (int c = 0; c < levels.size(); c++) {
            Label l = new Label(levels.get(c));
            l.getStyleClass().add("column-header");
            g.add(l, c + 1, 0);
        }
        List<String> types = ServiceOffer.types();
        for (int r = 0; r < types.size(); r++) {
            g.add(new Label(types.get(r)), 0, r + 1);
        }
        for (ServiceOffer o : ServiceOffer.values()) {
            CheckBox box = new CheckBox();
            box.setId("service-" + o.name());
            b.check(box, "services", s -> s.offers(o), (s, v) -> s.setOffers(o, v));
            if (prev != null && prev.offers(o) != b.entity().offers(o)) {
                box.getStyleClass().add("changed");
            }
            g.add(box, levels.indexOf(o.level()) + 1, types.indexOf(o.type()) + 1);
        }
        return new VBox(6, sectionLabel(Msg.t("profile.services")), g, Widgets.muted(Msg.t("profile.servicesHint")));
    }

    private static Label sectionLabel(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("field-label");
        return l;
    }

    private int integer(GridPane g, int r, FormBinder<ProfileSnapshot> b, ProfileSnapshot prev, String field, String unit,
                        Function<ProfileSnapshot, Integer> get, BiConsumer<ProfileSnapshot, Integer> set) {
        TextField f = new TextField();
        f.setId(field);
        f.setAlignment(Pos.CENTER_RIGHT);
        b.integer(f, field, get, set);
        return addRow(g, r, Msg.t("field." + field), RowListEditor.cell(f, b.errorLabel(field)), unit,
                prev == null ? null : Formats.number(get.apply(prev)));
    }

    private int decimal(GridPane g, int r, FormBinder<ProfileSnapshot> b, ProfileSnapshot prev, String field, String unit,
                        Function<ProfileSnapshot, BigDecimal> get, BiConsumer<ProfileSnapshot, BigDecimal> set) {
        TextField f = new TextField();
        f.setId(field);
        f.setAlignment(Pos.CENTER_RIGHT);
        b.decimal(f, field, get, set);
        BigDecimal p = prev == null ? null : get.apply(prev);
        return addRow(g, r, Msg.t("field." + field), RowListEditor.cell(f, b.errorLabel(field)), unit,
                prev == null ? null : (p == null ? "—" : Formats.decimal(p)));
    }

    private static int addRow(GridPane g, int r, String label, Node field, String unit, String previous) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        GridPane.setValignment(l, VPos.TOP);
        g.add(l, 0, r);
        g.add(field, 1, r);
        Label u = new Label(unit);
        u.getStyleClass().addAll("muted", "unit");
        GridPane.setValignment(u, VPos.TOP);
        g.add(u, 2, r);
        if (previous != null) {
            Label p = new Label(previous);
            p.getStyleClass().add("previous");
            GridPane.setValignment(p, VPos.TOP);
            g.add(p, 3, r);
        }
        return r + 1;
    }
}
