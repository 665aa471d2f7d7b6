package jp.banso.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.banso.domain.ActionItem;
import jp.banso.domain.CaseState;
import jp.banso.domain.CaseSummary;
import jp.banso.domain.Choices;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.Meeting;
import jp.banso.domain.RoadmapFollowUp;
import jp.banso.domain.Stage;
import jp.banso.domain.StartKind;
import jp.banso.domain.StateChange;
import jp.banso.domain.SupportCase;
import jp.banso.domain.TeamMember;
import jp.banso.ui.FormBinder;
import jp.banso.ui.Formats;
import jp.banso.ui.Msg;
import jp.banso.ui.Page;
import jp.banso.ui.RowListEditor;
import jp.banso.ui.Widgets;
import org.controlsfx.control.CheckComboBox;

/** 概要: themes, programme, 年度, the stage reached, state history, team, and every open 宿題 of the case. */
final class OverviewPage extends ScrollPane implements Page {
    private final OverviewModel model;
    private final Runnable onChanged;
    private final SupportCase supportCase;
    private final FormBinder<SupportCase> binder;
    private final VBox openItems = new VBox(6);
    private final FlowPane ladder = new FlowPane(4, 4);

    /** onChanged: the case's header follows what is edited here. */
    OverviewPage(OverviewModel model, Runnable onChanged) {
        this.model = model;
        this.onChanged = onChanged;
        this.supportCase = model.supportCase();
        this.binder = new FormBinder<>(supportCase, SupportCase::validate, model::save).onSaved(onChanged);
        setId("overview-page");
        setFitToWidth(true);

        VBox left = new VBox(16, basics(), stageSection(), stateSection());
        if (model.municipalityUnlisted()) {
            left.getChildren().add(0, MunicipalityPicker.unlistedFlag("overview-unlisted"));
        }
        VBox right = new VBox(16, openItemsSection(), roadmapSection(), teamSection());
        left.setMinWidth(0);
        right.setMinWidth(0);
        GridPane columns = new GridPane();
        columns.setHgap(16);
        javafx.scene.layout.ColumnConstraints wide = new javafx.scene.layout.ColumnConstraints();
        wide.setPercentWidth(60);
        javafx.scene.layout.ColumnConstraints narrow = new javafx.scene.layout.ColumnConstraints();
        narrow.setPercentWidth(40);
        columns.getColumnConstraints().addAll(wide, narrow);
        columns.add(left, 0, 0);
        columns.add(right, 1, 0);
        GridPane.setValignment(left, javafx.geometry.VPos.TOP);
        GridPane.setValignment(right, javafx.geometry.VPos.TOP);
        columns.setPadding(new Insets(16, 20, 24, 20));
        setContent(columns);
        refreshOpenItems();
    }

    @Override
    public Node view() {
        return this;
    }

    private VBox basics() {
        TextArea theme = Widgets.textArea("applicationTheme", 5);
        binder.text(theme, "applicationTheme", SupportCase::getApplicationTheme, SupportCase::setApplicationTheme);
        TextArea issue = Widgets.textArea("redefinedIssue", 3);
        binder.text(issue, "redefinedIssue", SupportCase::getRedefinedIssue, SupportCase::setRedefinedIssue);
        ComboBox<String> programme = new ComboBox<>();
        programme.setId("programme");
        programme.getItems().addAll(Choices.PROGRAMMES);
        binder.editableChoice(programme, "programme", SupportCase::getProgramme, SupportCase::setProgramme);
        ComboBox<StartKind> start = new ComboBox<>();
        start.setId("startKind");
        start.getItems().addAll(StartKind.values());
        start.setConverter(Widgets.converter(StartKind::label));
        binder.choice(start, "startKind", SupportCase::getStartKind, SupportCase::setStartKind);
        CheckBox overCap = new CheckBox(Msg.t("field.overCapConsultation"));
        overCap.setId("overCapConsultation");
        binder.check(overCap, "overCapConsultation", SupportCase::isOverCapConsultation, SupportCase::setOverCapConsultation);
        TextArea note = Widgets.textArea("note", 2);
        binder.text(note, "note", SupportCase::getNote, SupportCase::setNote);

        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(8);
        g.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(130),
                new javafx.scene.layout.ColumnConstraints(200, 400, Double.MAX_VALUE, Priority.ALWAYS, javafx.geometry.HPos.LEFT, true));
        int r = 0;
        r = row(g, r, "field.applicationTheme", RowListEditor.cell(theme, binder.errorLabel("applicationTheme")));
        r = row(g, r, "field.redefinedIssue", RowListEditor.cell(issue, binder.errorLabel("redefinedIssue")));
        r = row(g, r, "field.programme", RowListEditor.cell(programme, binder.errorLabel("programme")));
        r = row(g, r, "field.startKind", start);
        r = row(g, r, "field.fiscalYears", fiscalYears());
        r = row(g, r, "field.followsCase", followsCase());
        r = row(g, r, "", overCap);
        row(g, r, "field.note", RowListEditor.cell(note, binder.errorLabel("note")));
        return Widgets.section(Msg.t("overview.basics"), g);
    }

    private static int row(GridPane g, int r, String labelKey, javafx.scene.Node field) {
        Label l = new Label(labelKey.isEmpty() ? "" : Msg.t(labelKey));
        l.getStyleClass().add("field-label");
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        g.addRow(r, l, field);
        return r + 1;
    }

    private VBox fiscalYears() {
        CheckComboBox<Integer> years = new CheckComboBox<>();
        years.setId("fiscalYears");
        years.getItems().addAll(model.fiscalYearChoices());
        years.setConverter(Widgets.converter(JapaneseDates::fiscalYearLabelWithWestern));
        model.fiscalYears().forEach(y -> years.getCheckModel().check(y));
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        years.getCheckModel().getCheckedItems().addListener((ListChangeListener<Integer>) c -> {
            // read from the check model itself: while an item is unchecked the checked-items list can hold a null
            List<Integer> checked = years.getItems().stream().filter(y -> years.getCheckModel().isChecked(y)).toList();
            if (!model.setFiscalYears(checked)) {
                error.setText(Msg.t("overview.yearRequired"));
                return;
            }
            error.setText("");
            onChanged.run();
        });
        return new VBox(2, years, error);
    }

    private ComboBox<CaseSummary> followsCase() {
        ComboBox<CaseSummary> box = new ComboBox<>();
        box.setId("followsCase");
        // cases that already follow this one (directly or through others) are left out: choosing one would close a circle
        List<CaseSummary> others = model.followCandidates();
        box.getItems().add(null);
        box.getItems().addAll(others);
        Function<CaseSummary, String> label = s -> s.municipality() + "（" + s.prefecture() + "） " + s.fiscalYearsLabel();
        box.setConverter(Widgets.converter(label));
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CaseSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? Msg.t("overview.noFollowsCase") : label.apply(item));
            }
        });
        box.setValue(others.stream().filter(s -> s.id().equals(supportCase.getFollowsCaseId())).findFirst().orElse(null));
        box.valueProperty().addListener((o, a, b) ->
                binder.set("followsCaseId", b == null ? null : b.id(), SupportCase::getFollowsCaseId, SupportCase::setFollowsCaseId));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private VBox stageSection() {
        ladder.setId("stage-ladder");
        drawLadder();
        return Widgets.section(Msg.t("overview.stage"), ladder, Widgets.muted(Msg.t("overview.stageHint")));
    }

    private void drawLadder() {
        ladder.getChildren().clear();
        Stage reached = supportCase.getStage();
        for (Stage s : Stage.values()) {
            ToggleButton b = new ToggleButton(s == Stage.FOLLOW_UP ? s.label() : s.step() + "\n" + twoLines(s.label()));
            b.setId("stage-" + s.name());
            b.getStyleClass().add("stage-step");
            b.setWrapText(true);
            // all as tall as the longest needs (number, 「指標・目標値」, 「の設定」: it was cut off at 66), the whole
            // name in a tooltip too
            b.setMinSize(118, 80);
            b.setPrefSize(118, 80);
            b.setMaxSize(118, 80);
            b.setTooltip(new javafx.scene.control.Tooltip(s.numberedLabel()));
            boolean isReached = reached != null && s.ordinal() <= reached.ordinal();
            b.setSelected(s == reached);
            if (isReached) {
                b.getStyleClass().add("reached");
            }
            b.setOnAction(e -> {
                binder.set("stage", s, SupportCase::getStage, SupportCase::setStage);
                drawLadder();
            });
            ladder.getChildren().add(b);
        }
    }

    /** 指標・目標値の設定 → 指標・目標値 / の設定: long step names wrap where a reader would break them. */
    private static String twoLines(String label) {
        if (label.length() <= 7) {
            return label;
        }
        int dot = label.indexOf('・');
        int at = dot > 0 && dot < label.length() - 1 ? label.indexOf('の', dot) : -1;
        return at > 0 ? label.substring(0, at) + "\n" + label.substring(at) : label;
    }

    private VBox stateSection() {
        RowListEditor<StateChange> editor = RowListEditor.<StateChange>builder("states")
                .addLabel(Msg.t("overview.addState")).emptyText(Msg.t("overview.noStates"))
                .column(Msg.t("field.state"), 110).column(Msg.t("field.changedOn"), 150).flexibleColumn(Msg.t("field.reason"))
                .create(model::newStateChange).validate(StateChange::validate).save(model::save).delete(model::delete)
                .onChanged(onChanged)
                .row(b -> {
                    ComboBox<CaseState> state = new ComboBox<>();
                    state.getItems().addAll(CaseState.values());
                    state.setConverter(Widgets.converter(CaseState::label));
                    b.choice(state, "state", StateChange::getState, StateChange::setState);
                    TextField on = new TextField();
                    b.date(on, "changedOn", StateChange::getChangedOn, StateChange::setChangedOn, model.exampleDate());
                    TextField reason = new TextField();
                    b.text(reason, "reason", StateChange::getReason, StateChange::setReason);
                    return List.of(state, RowListEditor.cell(on, b.errorLabel("changedOn")), RowListEditor.cell(reason, b.errorLabel("reason")));
                })
                .build();
        editor.setItems(model.stateHistory());
        String legend = java.util.Arrays.stream(CaseState.values()).map(s -> s.label() + "：" + s.description())
                .collect(Collectors.joining("\n"));
        return Widgets.section(Msg.t("overview.states"), editor, Widgets.muted(legend));
    }

    private VBox teamSection() {
        RowListEditor<TeamMember> editor = RowListEditor.<TeamMember>builder("team")
                .addLabel(Msg.t("overview.addMember")).emptyText(Msg.t("overview.noTeam"))
                .column(Msg.t("field.role"), 135).flexibleColumn(Msg.t("field.organisation")).column(Msg.t("field.name"), 110)
                .create(model::newTeamMember).validate(TeamMember::validate).save(model::save).delete(model::delete)
                .row(b -> {
                    TextField name = new TextField();
                    b.text(name, "name", TeamMember::getName, TeamMember::setName);
                    TextField org = new TextField();
                    b.text(org, "organisation", TeamMember::getOrganisation, TeamMember::setOrganisation);
                    ComboBox<String> role = new ComboBox<>();
                    role.getItems().addAll(Choices.TEAM_ROLES);
                    b.editableChoice(role, "role", TeamMember::getRole, TeamMember::setRole);
                    return List.of(RowListEditor.cell(role, b.errorLabel("role")), RowListEditor.cell(org, b.errorLabel("organisation")),
                            RowListEditor.cell(name, b.errorLabel("name")));
                })
                .build();
        editor.setItems(model.team());
        return Widgets.section(Msg.t("overview.team"), editor);
    }

    /** Roadmap items that are late or have had no progress entry for 6 months: what a prefecture follows up. */
    private VBox roadmapSection() {
        VBox box = new VBox(6);
        box.setId("roadmap-attention");
        OverviewModel.RoadmapGlance glance = model.roadmap().orElse(null);
        if (glance == null) {
            box.getChildren().add(Widgets.muted(Msg.t("overview.roadmapEmpty")));
            return Widgets.section(Msg.t("overview.roadmap"), box);
        }
        box.getChildren().add(Widgets.muted(Msg.t("overview.roadmapCounts", glance.items(), glance.inProgress(), glance.done())));
        if (glance.attention().isEmpty()) {
            box.getChildren().add(new Label(Msg.t("overview.roadmapOk")));
        }
        for (RoadmapFollowUp.Attention a : glance.attention()) {
            Label title = new Label(a.item().getTitle());
            title.setWrapText(true);
            title.getStyleClass().add("item-what");
            Label why = new Label(a.message());
            why.setWrapText(true);
            why.getStyleClass().add(a.reason() == RoadmapFollowUp.Reason.LATE ? "overdue" : "attention");
            VBox row = new VBox(2, title, why);
            row.getStyleClass().add("open-item");
            box.getChildren().add(row);
        }
        return Widgets.section(Msg.t("overview.roadmap"), box);
    }

    private VBox openItemsSection() {
        openItems.setId("open-action-items");
        return Widgets.section(Msg.t("overview.openItems"), openItems);
    }

    private void refreshOpenItems() {
        openItems.getChildren().clear();
        List<OverviewModel.OpenItem> items = model.openActionItems();
        if (items.isEmpty()) {
            openItems.getChildren().add(Widgets.muted(Msg.t("overview.noOpenItems")));
            return;
        }
        LocalDate today = model.today();
        for (OverviewModel.OpenItem open : items) {
            ActionItem a = open.item();
            CheckBox done = new CheckBox();
            done.setOnAction(e -> {
                model.setDone(a, done.isSelected());
                refreshOpenItems();
                onChanged.run();
            });
            Label what = new Label(Objects.toString(a.getWhat(), Msg.t("overview.untitledItem")));
            what.setWrapText(true);
            what.getStyleClass().add("item-what");
            Meeting m = open.meeting();
            String meta = String.join("　", List.of(
                    a.getWho() == null ? "" : Msg.t("overview.who", a.getWho()),
                    a.getDue() == null ? "" : Msg.t("overview.due", Formats.date(a.getDue())),
                    m == null ? "" : "（" + m.displayTitle() + "）")).strip();
            Label metaLabel = new Label(meta);
            metaLabel.setWrapText(true);
            metaLabel.getStyleClass().add(a.isOverdue(today) ? "overdue" : "muted");
            VBox text = new VBox(2, what, metaLabel);
            HBox row = new HBox(8, done, text);
            row.getStyleClass().add("open-item");
            openItems.getChildren().add(row);
        }
    }
}
