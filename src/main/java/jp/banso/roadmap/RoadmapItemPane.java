package jp.banso.roadmap;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.Choices;
import jp.banso.domain.ItemStatus;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.OutcomeLevel;
import jp.banso.domain.ProgressEntry;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.Text;
import jp.banso.ui.FormBinder;
import jp.banso.ui.Formats;
import jp.banso.ui.Msg;
import jp.banso.ui.Widgets;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Every field of one roadmap item, saved as it is typed (through the model, so it can be undone), and its progress
 * entries (モニタリング) with a line to add one.
 */
public final class RoadmapItemPane extends VBox {
    private final RoadmapModel model;
    private final RoadmapItem edited;
    private final FormBinder<RoadmapItem> binder;
    private final Consumer<String> onError;
    private RoadmapItem baseline;
    private boolean saving;

    public RoadmapItemPane(RoadmapModel model, RoadmapItem live, Consumer<String> onError) {
        this.model = model;
        this.onError = onError;
        this.edited = model.editableCopy(live.getId());
        this.baseline = model.editableCopy(live.getId());
        this.binder = new FormBinder<>(edited, RoadmapItem::validate, this::save);
        setId("roadmap-item-pane");
        setSpacing(12);
        setPadding(new Insets(4, 0, 0, 0));
        getChildren().addAll(fields(), progress());
    }

    /** Whether the model is being changed by this pane right now (so the page need not rebuild it). */
    public boolean isSaving() {
        return saving;
    }

    public void flush() {
        binder.flush();
    }

    public java.util.UUID itemId() {
        return edited.getId();
    }

    private void save(RoadmapItem item) {
        saving = true;
        try {
            model.update(baseline, item);
            baseline = jp.banso.domain.Entity.copyOf(item);
        } finally {
            saving = false;
        }
    }

    private Node fields() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        ColumnConstraints label = new ColumnConstraints();
        label.setHalignment(HPos.RIGHT);
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(label, field, label, field);

        TextField title = new TextField();
        title.setId("item-title");
        binder.text(title, "title", RoadmapItem::getTitle, RoadmapItem::setTitle);
        g.add(label("roadmap.field.title"), 0, 0);
        g.add(cell(title, "title"), 1, 0, 3, 1);

        ComboBox<CaseIssue> issue = new ComboBox<>();
        issue.setId("item-issue");
        issue.getItems().add(null);
        issue.getItems().addAll(model.issues());
        issue.setConverter(Widgets.converter(i -> TimelineView.issueTitle(i)));
        issue.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CaseIssue i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? Msg.t("roadmap.noIssue") : TimelineView.issueTitle(i));
            }
        });
        issue.setMaxWidth(Double.MAX_VALUE);
        binder.choice(issue, "issueId", i -> model.issue(i.getIssueId()).orElse(null), (i, v) -> i.setIssueId(v == null ? null : v.getId()));
        g.add(label("roadmap.field.issue"), 0, 1);
        g.add(cell(issue, "issueId"), 1, 1, 3, 1);

        TextField owners = new TextField();
        owners.setId("item-owners");
        owners.setPromptText(Msg.t("roadmap.ownersPrompt"));
        binder.text(owners, "owners", RoadmapItem::getOwners, (i, v) -> i.setOwners(RoadmapItem.joinOwners(RoadmapItem.splitOwners(v))));
        MenuButton addOwner = new MenuButton(null, new FontIcon("mdi2a-account-plus-outline"));
        addOwner.setId("item-add-owner");
        addOwner.setTooltip(new Tooltip(Msg.t("roadmap.addOwner")));
        for (String o : Choices.ROADMAP_OWNERS) {
            MenuItem mi = new MenuItem(o);
            mi.setOnAction(e -> {
                List<String> list = new java.util.ArrayList<>(RoadmapItem.splitOwners(owners.getText()));
                if (!list.contains(o)) {
                    list.add(o);
                    owners.setText(RoadmapItem.joinOwners(list));
                    binder.flush();
                }
            });
            addOwner.getItems().add(mi);
        }
        HBox ownersRow = new HBox(6, owners, addOwner);
        HBox.setHgrow(owners, Priority.ALWAYS);
        g.add(label("roadmap.field.owners"), 0, 2);
        g.add(cell(ownersRow, "owners"), 1, 2);

        ComboBox<ItemStatus> status = new ComboBox<>();
        status.setId("item-status");
        status.getItems().addAll(ItemStatus.values());
        status.setConverter(Widgets.converter(ItemStatus::label));
        binder.choice(status, "status", RoadmapItem::getStatus, RoadmapItem::setStatus);
        g.add(label("roadmap.field.status"), 2, 2);
        g.add(cell(status, "status"), 3, 2);

        TextField start = new TextField();
        start.setId("item-start");
        binder.month(start, "startMonth", RoadmapItem::start, (i, v) -> i.setStartMonth(v == null ? null : v.atDay(1)),
                YearMonth.from(model.exampleDate()));
        TextField end = new TextField();
        end.setId("item-end");
        binder.month(end, "endMonth", RoadmapItem::end, (i, v) -> i.setEndMonth(v == null ? null : v.atDay(1)),
                YearMonth.from(model.exampleDate()));
        HBox period = new HBox(6, start, new Label("〜"), end);
        period.setAlignment(Pos.CENTER_LEFT);
        g.add(label("roadmap.field.period"), 0, 3);
        g.add(new VBox(2, period, binder.errorLabel("startMonth"), binder.errorLabel("endMonth")), 1, 3);

        TextField milestone = new TextField();
        milestone.setId("item-milestone");
        binder.date(milestone, "milestone", RoadmapItem::getMilestone, RoadmapItem::setMilestone, model.exampleDate());
        g.add(label("roadmap.field.milestone"), 2, 3);
        g.add(cell(milestone, "milestone"), 3, 3);

        ComboBox<String> phase = new ComboBox<>();
        phase.setId("item-phase");
        phase.getItems().addAll(Choices.ROADMAP_PHASES);
        // the case's 年度 and those its items reach
        java.util.TreeSet<Integer> phaseYears = new java.util.TreeSet<>(model.caseYears());
        model.fiscalYearSpan().ifPresent(span -> {
            for (int y = span[0]; y <= span[1]; y++) {
                phaseYears.add(y);
            }
        });
        phaseYears.forEach(y -> phase.getItems().add(JapaneseDates.fiscalYearLabel(y)));
        phase.setMaxWidth(Double.MAX_VALUE);
        binder.editableChoice(phase, "phase", RoadmapItem::getPhase, RoadmapItem::setPhase);
        g.add(label("roadmap.field.phase"), 0, 4);
        g.add(cell(phase, "phase"), 1, 4);

        ComboBox<OutcomeLevel> level = new ComboBox<>();
        level.setId("item-level");
        level.getItems().add(null);
        level.getItems().addAll(OutcomeLevel.values());
        level.setConverter(Widgets.converter(OutcomeLevel::label));
        binder.choice(level, "indicatorLevel", RoadmapItem::getIndicatorLevel, RoadmapItem::setIndicatorLevel);
        g.add(label("roadmap.field.level"), 2, 4);
        g.add(cell(level, "indicatorLevel"), 3, 4);

        TextField indicator = new TextField();
        indicator.setId("item-indicator");
        indicator.setPromptText(Msg.t("roadmap.indicatorPrompt"));
        binder.text(indicator, "indicatorName", RoadmapItem::getIndicatorName, RoadmapItem::setIndicatorName);
        g.add(label("roadmap.field.indicatorName"), 0, 5);
        g.add(cell(indicator, "indicatorName"), 1, 5);
        TextField target = new TextField();
        target.setId("item-target");
        binder.text(target, "indicatorTarget", RoadmapItem::getIndicatorTarget, RoadmapItem::setIndicatorTarget);
        TextField current = new TextField();
        current.setId("item-current");
        binder.text(current, "indicatorCurrent", RoadmapItem::getIndicatorCurrent, RoadmapItem::setIndicatorCurrent);
        HBox values = new HBox(6, new Label(Msg.t("roadmap.field.indicatorTarget")), target,
                new Label(Msg.t("roadmap.field.indicatorCurrent")), current);
        values.setAlignment(Pos.CENTER_LEFT);
        g.add(label("roadmap.field.values"), 2, 5);
        g.add(new VBox(2, values, binder.errorLabel("indicatorTarget"), binder.errorLabel("indicatorCurrent")), 3, 5);

        TextArea description = Widgets.textArea("item-description", 2);
        binder.text(description, "description", RoadmapItem::getDescription, RoadmapItem::setDescription);
        g.add(label("roadmap.field.description"), 0, 6);
        g.add(cell(description, "description"), 1, 6);
        TextArea notes = Widgets.textArea("item-notes", 2);
        binder.text(notes, "notes", RoadmapItem::getNotes, RoadmapItem::setNotes);
        g.add(label("roadmap.field.notes"), 2, 6);
        g.add(cell(notes, "notes"), 3, 6);
        return g;
    }

    private Node progress() {
        VBox list = new VBox(4);
        list.setId("progress-list");
        List<ProgressEntry> entries = model.entries(edited.getId());
        if (entries.isEmpty()) {
            list.getChildren().add(Widgets.muted(Msg.t("roadmap.progress.none")));
        }
        for (ProgressEntry p : entries) {
            Label date = new Label(Formats.date(p.getRecordedOn()));
            date.setMinWidth(90);
            date.getStyleClass().add("progress-date");
            Label value = new Label(Text.nullToEmpty(p.getIndicatorValue()));
            value.setMinWidth(100);
            Label achievement = new Label(p.getAchievement() == null ? "" : p.getAchievement() + "%");
            achievement.setMinWidth(50);
            Label comment = new Label(Text.nullToEmpty(p.getComment()));
            comment.setWrapText(true);
            HBox.setHgrow(comment, Priority.ALWAYS);
            comment.setMaxWidth(Double.MAX_VALUE);
            Label author = new Label(Text.nullToEmpty(p.getAuthor()));
            author.setMinWidth(80);
            Button delete = new Button(null, new FontIcon("mdi2d-delete-outline"));
            delete.getStyleClass().add(Styles.FLAT);
            delete.setTooltip(new Tooltip(Msg.t("roadmap.progress.delete")));
            delete.setOnAction(e -> act(() -> model.deleteProgress(p.getId())));
            HBox row = new HBox(10, date, value, achievement, comment, author, delete);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("progress-row");
            list.getChildren().add(row);
        }
        TextField on = new TextField(Formats.date(model.exampleDate()));
        on.setPromptText(Formats.datePrompt(model.exampleDate()));
        on.setId("progress-date");
        on.setPrefColumnCount(8);
        TextField value = new TextField();
        value.setId("progress-value");
        value.setPromptText(Msg.t("roadmap.progress.value"));
        value.setPrefColumnCount(8);
        TextField achievement = new TextField();
        achievement.setId("progress-achievement");
        achievement.setPromptText(Msg.t("roadmap.progress.achievement"));
        achievement.setPrefColumnCount(5);
        TextField comment = new TextField();
        comment.setId("progress-comment");
        comment.setPromptText(Msg.t("roadmap.progress.comment"));
        HBox.setHgrow(comment, Priority.ALWAYS);
        TextField author = new TextField();
        author.setId("progress-author");
        author.setPromptText(Msg.t("roadmap.progress.author"));
        author.setPrefColumnCount(8);
        Button add = new Button(Msg.t("roadmap.progress.add"), new FontIcon("mdi2p-plus"));
        add.setId("progress-add");
        Runnable record = () -> {
            JapaneseDates.Reading<LocalDate> read = JapaneseDates.read(on.getText());
            LocalDate date = read.value();
            if (date == null) {
                onError.accept(Msg.t("roadmap.badDate", on.getText(), Formats.dateError(read, model.exampleDate())));
                return;
            }
            Integer percent = null;
            if (!Text.isBlank(achievement.getText())) {
                try {
                    percent = Integer.valueOf(Text.toHalfWidthDigits(achievement.getText().strip()).replace("%", "").replace("％", ""));
                } catch (NumberFormatException ex) {
                    onError.accept(Msg.t("roadmap.progress.badAchievement"));
                    return;
                }
            }
            Integer p = percent;
            act(() -> model.addProgress(edited.getId(), date, value.getText(), p, comment.getText(), author.getText()));
        };
        add.setOnAction(e -> record.run());
        comment.setOnAction(e -> record.run());
        HBox form = new HBox(8, on, value, achievement, comment, author, add);
        form.setAlignment(Pos.CENTER_LEFT);
        return Widgets.section(Msg.t("roadmap.progress.title"), Widgets.muted(Msg.t("roadmap.progress.hint")), form, list);
    }

    private void act(Runnable r) {
        try {
            r.run();
        } catch (RoadmapException ex) {
            onError.accept(ex.getMessage());
        }
    }

    private static Label label(String key) {
        Label l = new Label(Msg.t(key));
        l.getStyleClass().add("field-label");
        return l;
    }

    private Node cell(Node field, String name) {
        return new VBox(2, field, binder.errorLabel(name));
    }
}
