package jp.banso.board;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.banso.domain.Board;
import jp.banso.domain.Meeting;
import jp.banso.domain.Note;
import jp.banso.ui.Msg;
import jp.banso.ui.Page;
import jp.banso.ui.ScreenFit;
import jp.banso.ui.Widgets;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * ボード: the case's boards (by meeting), a search across all their notes, and the open board. Below
 * {@link #FOLD_BELOW} pixels of width the board list folds away (the switch at the start of the board's toolbar
 * brings it back), so a laptop or projector screen keeps its width for the board.
 */
public final class BoardsPage extends SplitPane implements Page {
    /** Narrower than this, the board list starts folded. */
    static final double FOLD_BELOW = 1300;

    private final CaseBoardsModel model;
    private final TemplateLibrary templates;
    private final ListView<Board> list = new ListView<>();
    private final ListView<Note> results = new ListView<>();
    private final BorderPane detail = new BorderPane();
    private final VBox left;
    private final ToggleButton listSwitch = new ToggleButton(null, new FontIcon("mdi2f-format-list-bulleted"));
    private Map<UUID, Meeting> meetings;
    private BoardEditor editor;
    /** Shown or folded as the user last chose with the switch, until the page changes size class. */
    private Boolean listChoice;
    private boolean folding;

    public BoardsPage(CaseBoardsModel model) {
        this.model = model;
        this.templates = model.templates();
        setId("boards-page");

        list.setId("board-list");
        list.setCellFactory(v -> new BoardCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (getWidth() < FOLD_BELOW) {
                listChoice = null; // on a narrow page the list is a drawer: a board chosen, it folds away again
            }
            open(b);
        });
        Button add = new Button(Msg.t("boards.newShort"), new FontIcon("mdi2p-plus"));
        add.setId("new-board");
        add.getStyleClass().add(Styles.ACCENT);
        add.setTooltip(new javafx.scene.control.Tooltip(Msg.t("boards.new")));
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> newBoard());
        Button delete = new Button(null, new FontIcon("mdi2d-delete-outline"));
        delete.setId("delete-board");
        delete.getStyleClass().add(Styles.FLAT);
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deleteSelected());
        delete.setTooltip(new javafx.scene.control.Tooltip(Msg.t("boards.delete")));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, add, spacer, delete);
        bar.setAlignment(Pos.CENTER_LEFT);

        TextField search = new TextField();
        search.setId("case-note-search");
        search.setPromptText(Msg.t("boards.searchCase"));
        results.setId("case-note-results");
        results.setPrefHeight(180);
        results.setPlaceholder(new Label(Msg.t("boards.noResults")));
        results.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Note n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : boardTitle(n.getBoardId()) + "： " + n.getText().replace('\n', ' '));
            }
        });
        search.textProperty().addListener((o, a, b) -> results.getItems().setAll(model.searchNotes(b)));
        results.setOnMouseClicked(e -> {
            Note n = results.getSelectionModel().getSelectedItem();
            if (n != null) {
                reveal(n.getBoardId(), n.getId());
            }
        });

        left = new VBox(8, bar, list, new Label(Msg.t("boards.searchTitle")), search, results);
        left.setPadding(new Insets(10, 10, 10, 12));
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setMinWidth(200);
        left.setMaxWidth(320);
        detail.setMinSize(0, 0);
        getItems().addAll(left, detail);
        setDividerPositions(0.16);
        SplitPane.setResizableWithParent(left, false);

        listSwitch.setId("board-list-switch");
        listSwitch.setSelected(true);
        listSwitch.setTooltip(new Tooltip(Msg.t("boards.listSwitch")));
        listSwitch.setMaxWidth(140); // the open board's title, shortened
        listSwitch.selectedProperty().addListener((o, was, shown) -> {
            if (!folding) {
                listChoice = shown;
            }
            showList(shown);
        });
        widthProperty().addListener((o, was, is) -> {
            if (was.doubleValue() >= FOLD_BELOW != is.doubleValue() >= FOLD_BELOW) {
                listChoice = null; // a new size: the choice made for the old one no longer holds
            }
            fold();
        });
        reload(null);
    }

    /** Shown or folded: the user's choice, else by width; with no board open there is nothing to fold for. */
    private void fold() {
        boolean shown = editor == null || (listChoice != null ? listChoice : getWidth() == 0 || getWidth() >= FOLD_BELOW);
        folding = true;
        try {
            listSwitch.setSelected(shown);
        } finally {
            folding = false;
        }
        showList(shown);
    }

    private void showList(boolean shown) {
        if (shown && !getItems().contains(left)) {
            getItems().add(0, left);
            setDividerPositions(Math.min(0.25, 260 / Math.max(getWidth(), 1)));
        } else if (!shown) {
            getItems().remove(left);
        }
    }

    /** Whether the board list is shown (it folds on narrow screens). */
    public boolean listShown() {
        return getItems().contains(left);
    }

    @Override
    public Node view() {
        return this;
    }

    private String boardTitle(UUID boardId) {
        return list.getItems().stream().filter(b -> b.getId().equals(boardId)).map(Board::getTitle).findFirst().orElse("");
    }

    private void reload(UUID select) {
        meetings = model.meetings().stream().collect(Collectors.toMap(Meeting::getId, m -> m));
        List<Board> boards = model.boards();
        list.getItems().setAll(boards);
        if (boards.isEmpty()) {
            showEmpty();
            return;
        }
        Board chosen = boards.stream().filter(b -> b.getId().equals(select)).findFirst().orElse(boards.get(boards.size() - 1));
        list.getSelectionModel().select(chosen);
    }

    private void showEmpty() {
        closeEditor();
        Button add = new Button(Msg.t("boards.new"), new FontIcon("mdi2p-plus"));
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> newBoard());
        fold();
        VBox box = Widgets.section(Msg.t("boards.emptyTitle"), Widgets.muted(Msg.t("boards.emptyHint")), add);
        box.setMaxWidth(640);
        VBox wrap = new VBox(box);
        wrap.setPadding(new Insets(20));
        detail.setCenter(wrap);
    }

    private void closeEditor() {
        if (editor != null) {
            editor.dispose();
            editor = null;
        }
    }

    private void open(Board b) {
        closeEditor();
        if (b == null) {
            detail.setCenter(null);
            return;
        }
        // counted, not read: a board beyond what it can show would freeze the window reading and drawing it
        Optional<String> tooLarge = model.tooLargeToOpen(b);
        if (tooLarge.isPresent()) {
            showTooLarge(tooLarge.get());
            return;
        }
        editor = new BoardEditor(model.open(b), model.repository());
        listSwitch.setText(b.getTitle());
        editor.addToToolbarStart(listSwitch);
        detail.setCenter(editor);
        fold();
    }

    private void showTooLarge(String why) {
        Label what = new Label(why);
        what.setId("board-too-large");
        what.setWrapText(true);
        VBox box = Widgets.section(Msg.t("boards.tooLargeTitle"), what, Widgets.muted(Msg.t("boards.tooLargeHint")));
        box.setMaxWidth(640);
        VBox wrap = new VBox(box);
        wrap.setPadding(new Insets(20));
        detail.setCenter(wrap);
        fold();
    }

    /** Opens a board and shows one of its notes. */
    public void reveal(UUID boardId, UUID noteId) {
        Board current = list.getSelectionModel().getSelectedItem();
        if (current == null || !current.getId().equals(boardId)) {
            list.getItems().stream().filter(x -> x.getId().equals(boardId)).findFirst().ifPresent(x -> list.getSelectionModel().select(x));
        }
        if (editor != null) {
            editor.focusNote(noteId);
        }
    }

    /** The page is left: stop listening and the timer. */
    @Override
    public void close() {
        closeEditor();
    }

    /** The open board reads the server's changes at once, even while typing: an open in-place editor keeps its text. */
    @Override
    public boolean refreshFromServer(boolean typing) {
        if (editor == null) {
            return false;
        }
        editor.refreshFromServer();
        return true;
    }

    public Optional<BoardEditor> editor() {
        return Optional.ofNullable(editor);
    }

    /** Whom a board belongs to: one meeting, or the whole case (a real entry, so the list has no blank row). */
    record Owner(Meeting meeting) {
        @Override
        public String toString() {
            return meeting == null ? Msg.t("boards.wholeCase") : meeting.displayTitle();
        }
    }

    private void newBoard() {
        newBoard(null);
    }

    /** The new-board dialog; a meeting's page passes its meeting, which is then chosen. */
    public void newBoard(UUID meetingId) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(getScene().getWindow());
        d.setTitle(Msg.t("boards.new"));
        d.setHeaderText(Msg.t("boards.newHeader"));
        ButtonType create = new ButtonType(Msg.t("boards.create"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(create, Widgets.CANCEL);
        ComboBox<BoardTemplate> template = new ComboBox<>();
        template.setId("new-board-template");
        template.getItems().addAll(templates.all());
        template.setConverter(Widgets.converter(BoardTemplate::name));
        template.setValue(templates.defaultTemplate());
        ComboBox<Owner> meeting = new ComboBox<>();
        meeting.setId("new-board-meeting");
        meeting.getItems().add(new Owner(null));
        model.meetings().forEach(m -> meeting.getItems().add(new Owner(m)));
        meeting.setValue(meeting.getItems().stream().filter(o -> o.meeting() != null && o.meeting().getId().equals(meetingId))
                .findFirst().orElse(meeting.getItems().get(0)));
        TextField title = new TextField();
        title.setId("new-board-title");
        title.setPromptText(Msg.t("boards.titlePrompt"));
        Label description = Widgets.muted(template.getValue().description());
        template.valueProperty().addListener((o, a, t) -> description.setText(t == null ? "" : t.description()));
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(10);
        g.addRow(0, new Label(Msg.t("boards.template")), template);
        g.add(description, 1, 1);
        g.addRow(2, new Label(Msg.t("boards.meeting")), meeting);
        g.addRow(3, new Label(Msg.t("boards.boardTitle")), title);
        if (!templates.problems().isEmpty()) {
            g.add(templateProblems(), 0, 4, 2, 1);
        }
        d.getDialogPane().setContent(g);
        d.getDialogPane().lookupButton(create).setId("new-board-create");
        ScreenFit.dialog(d).showAndWait().filter(b -> b == create).ifPresent(b -> {
            BoardTemplate t = template.getValue();
            Meeting m = meeting.getValue().meeting();
            String name = title.getText() == null || title.getText().isBlank()
                    ? (m == null ? "" : m.displayTitle() + " ") + t.name() : title.getText().strip();
            try {
                Board board = model.create(m == null ? null : m.getId(), name, t);
                reload(board.getId());
            } catch (BoardException ex) {
                Alert a = new Alert(Alert.AlertType.WARNING, ex.getMessage(), ButtonType.OK);
                a.setHeaderText(null);
                a.initOwner(getScene().getWindow());
                ScreenFit.dialog(a).showAndWait();
            }
        });
    }

    /**
     * The templates folder's problems, one per line, in an area of their own that scrolls: however many files are
     * broken, the form and the dialog's buttons stay on the screen.
     */
    private VBox templateProblems() {
        Label list = new Label(String.join("\n", templates.problems()));
        list.getStyleClass().add("field-error");
        list.setWrapText(true);
        list.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setId("new-board-problems");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(96); // about four problems; the rest scroll
        scroll.setMaxHeight(Region.USE_PREF_SIZE);
        scroll.setPrefViewportWidth(480);
        return new VBox(4, new Label(Msg.t("boards.templateProblems", templates.problems().size())), scroll);
    }

    private void deleteSelected() {
        Board b = list.getSelectionModel().getSelectedItem();
        int notes = model.noteCount(b);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Msg.t("boards.deleteConfirm", b.getTitle(), notes), ButtonType.OK, Widgets.CANCEL);
        a.setHeaderText(null);
        a.initOwner(getScene().getWindow());
        a.showAndWait().filter(x -> x == ButtonType.OK).ifPresent(x -> {
            closeEditor();
            model.delete(b);
            reload(null);
        });
    }

    /** Title and meeting. */
    private final class BoardCell extends ListCell<Board> {
        @Override
        protected void updateItem(Board b, boolean empty) {
            super.updateItem(b, empty);
            if (empty || b == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label t = new Label(b.getTitle());
            t.getStyleClass().add("strong");
            t.setWrapText(true);
            Meeting m = b.getMeetingId() == null ? null : meetings.get(b.getMeetingId());
            Label sub = new Label(m == null ? Msg.t("boards.wholeCase") : m.displayTitle());
            sub.getStyleClass().add("muted");
            VBox box = new VBox(2, t, sub);
            box.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
            setGraphic(box);
            setText(null);
        }
    }
}
