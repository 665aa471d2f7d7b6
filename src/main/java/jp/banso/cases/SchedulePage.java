package jp.banso.cases;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.MeetingStatus;
import jp.banso.ui.Formats;
import jp.banso.ui.Msg;
import jp.banso.ui.Page;
import jp.banso.ui.PendingEdits;
import jp.banso.ui.Widgets;
import org.kordamp.ikonli.javafx.FontIcon;

/** スケジュール・記録: the case's meetings in date order, and the record of the one selected. */
final class SchedulePage extends SplitPane implements Page {
    private final ScheduleModel model;
    private final Runnable onChanged;
    private final MeetingRecordPane.Links links;
    private final ListView<Meeting> list = new ListView<>();
    private final BorderPane detail = new BorderPane();

    /** onChanged: the case's header follows the meetings; links: what a meeting's record opens elsewhere. */
    SchedulePage(ScheduleModel model, Runnable onChanged, MeetingRecordPane.Links links) {
        this.model = model;
        this.onChanged = onChanged;
        this.links = links;
        setId("schedule-page");

        list.setId("meeting-list");
        list.setCellFactory(v -> new MeetingCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> {
            PendingEdits.flushAll();
            showDetail(m);
        });

        MenuButton add = new MenuButton(Msg.t("schedule.add"), new FontIcon("mdi2p-plus"));
        add.setId("add-meeting");
        for (MeetingKind k : MeetingKind.values()) {
            MenuItem item = new MenuItem(k.label());
            item.setId("add-meeting-" + k.name());
            item.setOnAction(e -> addMeeting(k));
            add.getItems().add(item);
        }
        Button delete = new Button(null, new FontIcon("mdi2d-delete-outline"));
        delete.setId("delete-meeting");
        delete.getStyleClass().add(Styles.FLAT);
        delete.setTooltip(new javafx.scene.control.Tooltip(Msg.t("schedule.delete")));
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deleteSelected());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label title = new Label(Msg.t("schedule.title"));
        title.getStyleClass().add("section-title");
        HBox bar = new HBox(8, title, spacer, add, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 10, 8, 12));
        VBox left = new VBox(bar, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setMinWidth(300);

        getItems().addAll(left, detail);
        setDividerPositions(0.3);
        reload(null);
    }

    @Override
    public Node view() {
        return this;
    }

    /** After sync brought changes to this case, once nothing is typed: the meetings are read again, the one shown kept. */
    @Override
    public boolean refreshFromServer(boolean typing) {
        if (typing) {
            return false;
        }
        PendingEdits.flushAll();
        Meeting shown = list.getSelectionModel().getSelectedItem();
        reload(shown == null ? null : shown.getId());
        return true;
    }

    private void reload(UUID select) {
        List<Meeting> meetings = model.meetings();
        list.getItems().setAll(meetings);
        if (meetings.isEmpty()) {
            detail.setCenter(proposal());
            return;
        }
        Meeting chosen = model.meetingToShow(meetings, select);
        list.getSelectionModel().select(chosen);
        list.scrollTo(chosen);
    }

    /** The national flow, offered to a case that has no meetings yet. */
    private VBox proposal() {
        int year = model.proposalYear();
        List<Meeting> proposed = model.proposal();
        VBox rows = new VBox(4);
        rows.setId("proposal-rows");
        for (Meeting m : proposed) {
            Label month = new Label(Formats.month(m.month()));
            month.setMinWidth(140);
            Label name = new Label(m.displayTitle());
            name.getStyleClass().add("strong");
            rows.getChildren().add(new HBox(16, month, name, new Label(m.getFormat().label())));
        }
        Button accept = new Button(Msg.t("schedule.acceptProposal"), new FontIcon("mdi2c-check"));
        accept.setId("accept-proposal");
        accept.getStyleClass().add(Styles.ACCENT);
        accept.setOnAction(e -> {
            model.accept(proposed);
            onChanged.run();
            reload(proposed.get(0).getId());
        });
        Label hint = Widgets.muted(Msg.t("schedule.proposalHint", JapaneseDates.fiscalYearLabel(year)));
        VBox box = Widgets.section(Msg.t("schedule.proposalTitle"), hint, rows, accept);
        box.setMaxWidth(640);
        VBox wrap = new VBox(box);
        wrap.setPadding(new Insets(20));
        return wrap;
    }

    private void addMeeting(MeetingKind kind) {
        PendingEdits.flushAll();
        Meeting m = model.add(kind).orElse(null);
        if (m == null) { // as many as a case file holds
            Alert a = new Alert(Alert.AlertType.WARNING, Msg.t("schedule.tooMany", jp.banso.domain.Limits.MEETINGS_PER_CASE.reached()),
                    ButtonType.OK);
            a.setHeaderText(null);
            a.getDialogPane().setId("too-many-meetings");
            a.initOwner(getScene().getWindow());
            a.showAndWait();
            return;
        }
        onChanged.run();
        reload(m.getId());
    }

    private void deleteSelected() {
        Meeting m = list.getSelectionModel().getSelectedItem();
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Msg.t("schedule.deleteConfirm", m.displayTitle()), ButtonType.OK, Widgets.CANCEL);
        a.setHeaderText(null);
        a.initOwner(getScene().getWindow());
        a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            model.delete(m);
            onChanged.run();
            reload(null);
        });
    }

    private void showDetail(Meeting m) {
        if (m == null) {
            detail.setCenter(list.getItems().isEmpty() ? proposal() : Widgets.muted(Msg.t("schedule.choose")));
            return;
        }
        detail.setCenter(new MeetingRecordPane(model.record(m), () -> {
            list.refresh();
            onChanged.run();
        }, links));
    }

    /** Month or date, title, and status at a glance. */
    private static final class MeetingCell extends ListCell<Meeting> {
        @Override
        protected void updateItem(Meeting m, boolean empty) {
            super.updateItem(m, empty);
            if (empty || m == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String when = m.getHeldOn() != null ? Formats.meetingDays(m.getHeldOn(), m.getEndsOn())
                    : Formats.month(m.month()) + (m.getStatus() == MeetingStatus.PLANNED ? Msg.t("schedule.planned") : "");
            Label date = new Label(when);
            date.getStyleClass().add("muted");
            date.getStyleClass().add("meeting-when");
            Label title = new Label(m.displayTitle());
            title.getStyleClass().add("strong");
            title.setWrapText(true);
            Label status = new Label(m.getStatus().label());
            status.getStyleClass().addAll("badge", "status-" + m.getStatus().name().toLowerCase());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(6, date, spacer, status);
            VBox box = new VBox(2, top, title);
            // fit the list's width so the status badge stays visible and long titles wrap
            box.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
            box.prefWidthProperty().bind(box.maxWidthProperty());
            setGraphic(box);
            setText(null);
        }
    }
}
