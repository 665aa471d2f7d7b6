package jp.banso.cases;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.banso.domain.ActionItem;
import jp.banso.domain.Choices;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingFormat;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.MeetingPart;
import jp.banso.domain.MeetingStatus;
import jp.banso.domain.Participant;
import jp.banso.ui.FormBinder;
import jp.banso.ui.Formats;
import jp.banso.ui.Msg;
import jp.banso.ui.RowListEditor;
import jp.banso.ui.Widgets;
import org.kordamp.ikonli.javafx.FontIcon;

/** The record of one meeting: when and where, who, the agenda, the five record sections and the 宿題. */
final class MeetingRecordPane extends ScrollPane {
    private final MeetingModel model;
    private final Meeting meeting;
    private final FormBinder<Meeting> binder;
    private final Runnable onChanged;
    private final Links links;

    /**
     * What a meeting's record opens elsewhere in the case, by the meeting's id: the new-board dialog on the ボード page
     * with the meeting chosen, and the hand-out dialog.
     */
    record Links(Consumer<UUID> newBoard, Consumer<UUID> handouts) {
    }

    MeetingRecordPane(MeetingModel model, Runnable onChanged, Links links) {
        this.model = model;
        this.links = links;
        this.meeting = model.meeting();
        this.binder = new FormBinder<>(meeting, Meeting::validate, model::save);
        this.onChanged = onChanged;
        setId("meeting-record");
        setFitToWidth(true);
        VBox page = new VBox(16, toolbar(), header(), timetable(), participants(), agenda(), record(), actionItems(onChanged));
        page.setPadding(new Insets(16, 20, 24, 20));
        setContent(page);
    }

    /** 配布資料を出力: this meeting's hand-outs as Excel files. */
    private HBox toolbar() {
        Button handouts = new Button(Msg.t("handouts.button"), new FontIcon("mdi2f-file-excel-outline"));
        handouts.setId("meeting-handouts");
        handouts.setTooltip(new Tooltip(Msg.t("handouts.meetingTip")));
        handouts.setOnAction(e -> links.handouts().accept(meeting.getId()));
        Button board = new Button(Msg.t("boards.newForMeeting"), new FontIcon("mdi2n-note-multiple-outline"));
        board.setId("meeting-new-board");
        board.setTooltip(new Tooltip(Msg.t("boards.newForMeetingTip")));
        board.setOnAction(e -> links.newBoard().accept(meeting.getId()));
        HBox bar = new HBox(8, board, handouts);
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }

    private VBox header() {
        ComboBox<MeetingKind> kind = new ComboBox<>();
        kind.setId("meeting-kind");
        kind.getItems().addAll(MeetingKind.values());
        kind.setConverter(Widgets.converter(MeetingKind::label));
        binder.choice(kind, "kind", Meeting::getKind, Meeting::setKind);
        TextField sequence = new TextField();
        sequence.setId("meeting-sequence");
        sequence.setPrefColumnCount(3);
        binder.integer(sequence, "sequence", Meeting::getSequence, Meeting::setSequence);
        TextField title = new TextField();
        title.setId("meeting-title");
        title.setPromptText(meeting.displayTitle());
        binder.text(title, "title", Meeting::getTitle, Meeting::setTitle);
        ComboBox<MeetingStatus> status = new ComboBox<>();
        status.setId("meeting-status");
        status.getItems().addAll(MeetingStatus.values());
        status.setConverter(Widgets.converter(MeetingStatus::label));
        binder.choice(status, "status", Meeting::getStatus, Meeting::setStatus);
        ComboBox<LocalDate> planned = new ComboBox<>();
        planned.setId("meeting-planned-month");
        planned.getItems().addAll(model.monthChoices());
        planned.setConverter(Widgets.converter(d -> Formats.month(YearMonth.from(d))));
        binder.choice(planned, "plannedMonth", Meeting::getPlannedMonth, Meeting::setPlannedMonth);
        LocalDate example = model.exampleDate();
        TextField date = new TextField();
        date.setId("meeting-date");
        date.setPrefColumnCount(14);
        binder.date(date, "heldOn", Meeting::getHeldOn, Meeting::setHeldOn, example);
        TextField endsOn = new TextField();
        endsOn.setId("meeting-ends-on");
        endsOn.setPrefColumnCount(14);
        binder.date(endsOn, "endsOn", Meeting::getEndsOn, Meeting::setEndsOn, example);
        endsOn.setPromptText(Msg.t("meeting.endsOnPrompt"));
        Label wareki = new Label();
        wareki.setId("meeting-date-readback");
        wareki.getStyleClass().add("muted");
        Runnable readBack = () -> wareki.setText(JapaneseDates.parse(date.getText()).map(Formats::dateReadBack).orElse("")
                + JapaneseDates.parse(endsOn.getText()).map(d -> "〜" + Formats.dateReadBack(d)).orElse(""));
        date.textProperty().addListener((o, a, b) -> readBack.run());
        // the 予定月 follows the date once it is taken (a typo that is no date leaves it alone)
        binder.onSaved(() -> {
            followDate(planned);
            onChanged.run();
        });
        endsOn.textProperty().addListener((o, a, b) -> readBack.run());
        readBack.run();
        TextField start = new TextField();
        start.setId("meeting-start");
        start.setPrefColumnCount(5);
        binder.time(start, "startTime", Meeting::getStartTime, Meeting::setStartTime);
        TextField end = new TextField();
        end.setId("meeting-end");
        end.setPrefColumnCount(5);
        binder.time(end, "endTime", Meeting::getEndTime, Meeting::setEndTime);
        TextField place = new TextField();
        place.setId("meeting-place");
        binder.text(place, "place", Meeting::getPlace, Meeting::setPlace);
        ComboBox<MeetingFormat> format = new ComboBox<>();
        format.setId("meeting-format");
        format.getItems().addAll(MeetingFormat.values());
        format.setConverter(Widgets.converter(MeetingFormat::label));
        binder.choice(format, "format", Meeting::getFormat, Meeting::setFormat);

        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(8);
        int r = 0;
        HBox sequenceBox = new HBox(6, new Label(Msg.t("meeting.sequencePrefix")), sequence, new Label(Msg.t("meeting.sequenceSuffix")));
        sequenceBox.setAlignment(Pos.CENTER_LEFT);
        sequenceBox.managedProperty().bind(sequenceBox.visibleProperty());
        // 第n回 belongs to 現地支援; other kinds keep it only if one was already set
        sequenceBox.visibleProperty().bind(kind.valueProperty().isEqualTo(MeetingKind.VISIT).or(sequence.textProperty().isNotEmpty()));
        HBox kindRow = new HBox(8, kind, sequenceBox);
        kindRow.setAlignment(Pos.CENTER_LEFT);
        r = row(g, r, "field.kind", new VBox(2, kindRow, binder.errorLabel("sequence")));
        r = row(g, r, "field.title", RowListEditor.cell(title, binder.errorLabel("title")));
        HBox statusRow = new HBox(12, status, new Label(Msg.t("field.plannedMonth")), planned);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        r = row(g, r, "field.status", statusRow);
        // the last day on a line of its own: two dates in the app's style do not fit side by side at 1024 pixels
        r = row(g, r, "field.heldOn", new VBox(2, date, wareki, binder.errorLabel("heldOn")));
        r = row(g, r, "field.endsOn", new VBox(2, endsOn, binder.errorLabel("endsOn")));
        HBox timeRow = new HBox(8, start, new Label("〜"), end);
        timeRow.setAlignment(Pos.CENTER_LEFT);
        r = row(g, r, "field.time", new VBox(2, timeRow, binder.errorLabel("startTime"), binder.errorLabel("endTime")));
        r = row(g, r, "field.place", RowListEditor.cell(place, binder.errorLabel("place")));
        row(g, r, "field.format", format);
        g.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(110),
                new javafx.scene.layout.ColumnConstraints(200, 500, Double.MAX_VALUE, Priority.ALWAYS, javafx.geometry.HPos.LEFT, true));
        return Widgets.section(Msg.t("meeting.basics"), g);
    }

    /** A meeting with a date is planned in its month: the 予定月 is set to it (and saved) when they differ. */
    private void followDate(ComboBox<LocalDate> planned) {
        LocalDate held = meeting.getHeldOn();
        if (held == null || held.withDayOfMonth(1).equals(planned.getValue())) {
            return;
        }
        if (!planned.getItems().contains(held.withDayOfMonth(1))) {
            TreeSet<LocalDate> months = new TreeSet<>(planned.getItems());
            months.add(held.withDayOfMonth(1));
            planned.getItems().setAll(months);
        }
        planned.setValue(held.withDayOfMonth(1));
    }

    private static int row(GridPane g, int r, String labelKey, Node field) {
        Label l = new Label(Msg.t(labelKey));
        l.getStyleClass().add("field-label");
        GridPane.setValignment(l, VPos.TOP);
        g.addRow(r, l, field);
        return r + 1;
    }

    private VBox timetable() {
        RowListEditor<MeetingPart> editor = RowListEditor.<MeetingPart>builder("parts")
                .addLabel(Msg.t("meeting.addPart")).emptyText(Msg.t("meeting.noParts"))
                .column(Msg.t("field.partLabel"), 130).column(Msg.t("field.start"), 80).column(Msg.t("field.end"), 80)
                .flexibleColumn(Msg.t("field.content"))
                .create(model::newPart).validate(MeetingPart::validate).save(model::save).delete(model::delete)
                .row(b -> {
                    TextField label = new TextField();
                    label.setPromptText(Msg.t("meeting.partPrompt"));
                    b.text(label, "label", MeetingPart::getLabel, MeetingPart::setLabel);
                    TextField start = new TextField();
                    b.time(start, "startTime", MeetingPart::getStartTime, MeetingPart::setStartTime);
                    TextField end = new TextField();
                    b.time(end, "endTime", MeetingPart::getEndTime, MeetingPart::setEndTime);
                    TextField content = new TextField();
                    b.text(content, "content", MeetingPart::getContent, MeetingPart::setContent);
                    return List.of(RowListEditor.cell(label, b.errorLabel("label")), RowListEditor.cell(start, b.errorLabel("startTime")),
                            RowListEditor.cell(end, b.errorLabel("endTime")), RowListEditor.cell(content, b.errorLabel("content")));
                })
                .build();
        editor.setItems(model.parts());
        return Widgets.section(Msg.t("meeting.timetable"), editor);
    }

    private VBox participants() {
        RowListEditor<Participant> editor = RowListEditor.<Participant>builder("participants")
                .addLabel(Msg.t("meeting.addParticipant")).emptyText(Msg.t("meeting.noParticipants"))
                .column(Msg.t("field.name"), 160).flexibleColumn(Msg.t("field.organisation")).column(Msg.t("field.role"), 140)
                .create(model::newParticipant).validate(Participant::validate).save(model::save).delete(model::delete)
                .row(b -> {
                    TextField name = new TextField();
                    b.text(name, "name", Participant::getName, Participant::setName);
                    TextField org = new TextField();
                    b.text(org, "organisation", Participant::getOrganisation, Participant::setOrganisation);
                    ComboBox<String> role = new ComboBox<>();
                    role.getItems().addAll(Choices.TEAM_ROLES);
                    b.editableChoice(role, "role", Participant::getRole, Participant::setRole);
                    return List.of(RowListEditor.cell(name, b.errorLabel("name")), RowListEditor.cell(org, b.errorLabel("organisation")),
                            RowListEditor.cell(role, b.errorLabel("role")));
                })
                .build();
        editor.setItems(model.participants());
        return Widgets.section(Msg.t("meeting.participants"), editor);
    }

    private VBox agenda() {
        TextArea agenda = Widgets.textArea("meeting-agenda", 4);
        binder.text(agenda, "agenda", Meeting::getAgenda, Meeting::setAgenda);
        return Widgets.section(Msg.t("field.agenda"), RowListEditor.cell(agenda, binder.errorLabel("agenda")));
    }

    private VBox record() {
        VBox box = new VBox(10);
        box.getChildren().add(recordField("theme", Meeting::getTheme, Meeting::setTheme));
        box.getChildren().add(recordField("issues", Meeting::getIssues, Meeting::setIssues));
        box.getChildren().add(recordField("comments", Meeting::getComments, Meeting::setComments));
        box.getChildren().add(recordField("approach", Meeting::getApproach, Meeting::setApproach));
        box.getChildren().add(recordField("summary", Meeting::getSummary, Meeting::setSummary));
        return Widgets.section(Msg.t("meeting.record"), box);
    }

    private VBox recordField(String field, java.util.function.Function<Meeting, String> get, java.util.function.BiConsumer<Meeting, String> set) {
        Label l = new Label(Msg.t("field." + field));
        l.getStyleClass().add("field-label");
        TextArea area = Widgets.textArea("meeting-" + field, 3);
        binder.text(area, field, get, set);
        return new VBox(4, l, area, binder.errorLabel(field));
    }

    private VBox actionItems(Runnable onChanged) {
        RowListEditor<ActionItem> editor = RowListEditor.<ActionItem>builder("action-items")
                .addLabel(Msg.t("meeting.addActionItem")).emptyText(Msg.t("meeting.noActionItems"))
                .flexibleColumn(Msg.t("field.what")).column(Msg.t("field.who"), 170).column(Msg.t("field.due"), 120)
                .column(Msg.t("field.done"), 50)
                .create(model::newActionItem).validate(ActionItem::validate).save(model::save).delete(model::delete)
                .onChanged(onChanged)
                .row(b -> {
                    TextField what = new TextField();
                    b.text(what, "what", ActionItem::getWhat, ActionItem::setWhat);
                    TextField who = new TextField();
                    b.text(who, "who", ActionItem::getWho, ActionItem::setWho);
                    TextField due = new TextField();
                    b.date(due, "due", ActionItem::getDue, ActionItem::setDue, model.exampleDate());
                    CheckBox done = new CheckBox();
                    b.check(done, "done", ActionItem::isDone, ActionItem::setDone);
                    return List.of(RowListEditor.cell(what, b.errorLabel("what")), RowListEditor.cell(who, b.errorLabel("who")),
                            RowListEditor.cell(due, b.errorLabel("due")), done);
                })
                .build();
        editor.setItems(model.actionItems());
        return Widgets.section(Msg.t("meeting.actionItems"), editor);
    }
}
