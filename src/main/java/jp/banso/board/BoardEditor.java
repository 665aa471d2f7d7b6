package jp.banso.board;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import jp.banso.domain.Lane;
import jp.banso.domain.LaneRole;
import jp.banso.domain.Note;
import jp.banso.domain.NoteGroup;
import jp.banso.domain.Speaker;
import jp.banso.ui.Failures;
import jp.banso.ui.Msg;
import jp.banso.ui.UndoRedoControls;
import jp.banso.ui.Widgets;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Everything for running one board: the toolbar (undo, group, vote, 課題, lanes, colours, search, export, projector,
 * timer), the canvas, and the capture bar. Shortcuts: Ctrl+Z / Ctrl+Y undo and redo, Ctrl+G group, Ctrl+F search,
 * V vote mode, F5 projector, Delete deletes the selection. From the capture field: Esc goes to the board, Alt+V
 * vote mode, Alt+F whole board (plain letters are text there).
 * The toolbar is one JavaFX ToolBar whose items are the controls themselves, so on a small screen what does not fit
 * goes into its » menu; the status line lies over the canvas, so the drawing area keeps every row it can.
 */
public final class BoardEditor extends BorderPane {
    private final BoardModel model;
    private final jp.banso.store.BoardRepository repository;
    private final BoardCanvas canvas;
    private final CaptureBar capture;
    private final GroupWorkTimer timer = new GroupWorkTimer();
    private List<Speaker> authors;
    private Map<String, String> authorColours;
    private final Label status = new Label();
    private final UndoRedoControls undoRedo;
    private final TextField search = new TextField();
    private final ToolBar toolbar = new ToolBar();
    private final BoardModel.Listener listener;
    private List<Note> results = List.of();
    private int resultIndex = -1;

    public BoardEditor(BoardModel model, jp.banso.store.BoardRepository repository) {
        this.model = model;
        this.repository = repository;
        List<Speaker> authors = repository.authors();
        this.authors = authors;
        this.authorColours = authors.stream().collect(Collectors.toMap(Speaker::name, Speaker::colour, (a, b) -> a));
        setId("board-editor");
        canvas = new BoardCanvas(model, false);
        canvas.setId("board-canvas");
        canvas.setAuthorColours(authorColours);
        canvas.setOnError(this::tell);
        canvas.setOnGroupDoubleClick(this::renameGroup);
        capture = new CaptureBar(model, authors);
        canvas.setVoter(capture::selectedAuthor);
        capture.setOnEditAuthors(this::editAuthors);
        capture.setMoreKeys(Msg.t("board.captureBoardKeys"), Msg.t("board.captureBoardKeysTip"));
        capture.setOnAdded(n -> {
            say(Msg.t("board.added", model.lane(n.getLaneId()).map(Lane::getTitle).orElse(Msg.t("board.freeCanvas"))));
            ensureVisible(n);
        });
        capture.setOnLaneChosen(canvas::flashLane);
        listener = cs -> {
            if (cs.touches(Lane.class)) {
                capture.refreshLanes();
            }
        };
        model.addListener(listener);
        undoRedo = new UndoRedoControls(model, "board", () -> act(model::undo), () -> act(model::redo));

        Label timerLabel = new Label();
        timerLabel.setId("timer-display");
        timerLabel.textProperty().bind(timer.display());
        timerLabel.getStyleClass().add("board-timer");
        timer.colour(timerLabel);
        status.setId("board-status");
        status.getStyleClass().add("muted");
        status.setMouseTransparent(true);
        status.setStyle("-fx-background-color: rgba(255,255,255,0.88); -fx-background-radius: 4; -fx-padding: 2 8 2 8;");
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        StackPane center = new StackPane(canvas, timerLabel, status);
        StackPane.setAlignment(timerLabel, Pos.TOP_RIGHT);
        StackPane.setMargin(timerLabel, new Insets(10, 16, 0, 0));
        StackPane.setAlignment(status, Pos.BOTTOM_LEFT);
        StackPane.setMargin(status, new Insets(0, 0, 6, 8));
        canvas.setMinSize(0, 0);
        center.setMinSize(0, 0);
        timerLabel.visibleProperty().bind(timer.runningProperty().or(timer.remainingSecondsProperty().isNotEqualTo(timer.minutesProperty().multiply(60))));

        setTop(toolbar);
        setCenter(center);
        setBottom(capture);
        setMinSize(0, 0);
        buildToolbar();
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        undoRedo.handleKeys(this, this::typing);
        undoRedo.onBlocked(this::tell);
        Platform.runLater(() -> {
            canvas.zoomToFit();
            capture.input().requestFocus();
        });
    }

    /** Puts a control (the page's board-list switch) at the start of the toolbar. */
    public void addToToolbarStart(javafx.scene.Node control) {
        toolbar.getItems().add(0, control);
    }

    public ToolBar toolbar() {
        return toolbar;
    }

    public BoardCanvas canvas() {
        return canvas;
    }

    public CaptureBar capture() {
        return capture;
    }

    public GroupWorkTimer timer() {
        return timer;
    }

    public void dispose() {
        model.removeListener(listener);
        undoRedo.dispose();
        canvas.dispose();
        timer.pause();
    }

    private void buildToolbar() {
        Button group = iconButton("board-group", "mdi2s-shape-rectangle-plus", Msg.t("board.group"), Msg.t("board.groupTip"), this::groupSelection);
        Button ungroup = iconButton("board-ungroup", "mdi2s-select-off", Msg.t("board.ungroup"), Msg.t("board.ungroupTip"), this::ungroupSelection);
        ToggleButton vote = new ToggleButton(Msg.t("board.voteMode"), new FontIcon("mdi2c-checkbox-blank-circle"));
        vote.setId("board-vote-mode");
        vote.setTooltip(new Tooltip(Msg.t("board.voteModeTip")));
        canvas.voteModeProperty().bindBidirectional(vote.selectedProperty());
        Button resetVotes = iconButton("board-reset-votes", "mdi2r-restore", Msg.t("board.resetVotes"), Msg.t("board.resetVotes"),
                () -> confirmThen(Msg.t("board.resetVotesConfirm"), model::resetVotes));
        Button priority = iconButton("board-priority", "mdi2s-star-outline", Msg.t("board.priority"), Msg.t("board.priority"), () -> act(() -> model.togglePriority(selected())));
        Button makeIssue = button("board-make-issue", "mdi2m-minus-box-outline", Msg.t("board.makeIssue"), this::makeIssue);
        makeIssue.setTooltip(new Tooltip(Msg.t("board.makeIssueTip")));
        Button promote = button("board-promote", "mdi2c-clipboard-arrow-right", Msg.t("board.promote"), this::promote);
        promote.setTooltip(new Tooltip(Msg.t("board.promoteTip")));
        Button delete = iconButton("board-delete", "mdi2d-delete-outline", Msg.t("board.delete"), Msg.t("board.deleteTip"), () -> act(() -> model.delete(selected())));

        MenuButton colour = new MenuButton(Msg.t("board.colour"), new FontIcon("mdi2p-palette-outline"));
        colour.setId("board-colour");
        colour.setTooltip(new Tooltip(Msg.t("board.colour")));
        iconInBar(colour);
        for (Swatch c : Swatch.PALETTE) {
            MenuItem item = new MenuItem(c.name(), swatch(c.colour()));
            item.setOnAction(e -> act(() -> model.setColour(selected(), c.colour())));
            colour.getItems().add(item);
        }
        MenuItem laneColour = new MenuItem(Msg.t("board.laneColourForNote"));
        laneColour.setOnAction(e -> act(() -> model.setColour(selected(), null)));
        colour.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), laneColour);

        MenuButton lanes = new MenuButton(Msg.t("board.lanes"), new FontIcon("mdi2v-view-column-outline"));
        lanes.setId("board-lanes");
        lanes.setTooltip(new Tooltip(Msg.t("board.lanesTip")));
        lanes.getItems().addAll(
                item("lane-tidy", Msg.t("board.tidyLane"), this::tidyLanes),
                item("lane-sort", Msg.t("board.sortLaneByVotes"), this::sortLanesByVotes),
                new javafx.scene.control.SeparatorMenuItem(),
                item("lane-add", Msg.t("board.addLane"), this::addLane),
                item("lane-add-measure", Msg.t("board.addMeasureLane"), () -> act(() -> model.addLane("対応策", LaneRole.MEASURE, "#C8E6C9"))),
                item("lane-rename", Msg.t("board.renameLane"), this::renameLane),
                item("lane-colour", Msg.t("board.recolourLane"), this::recolourLane),
                item("lane-left", Msg.t("board.moveLaneLeft"), () -> withLane(id -> model.moveLane(id, model.laneIndex(id) - 1))),
                item("lane-right", Msg.t("board.moveLaneRight"), () -> withLane(id -> model.moveLane(id, model.laneIndex(id) + 1))),
                new javafx.scene.control.SeparatorMenuItem(),
                item("lane-delete", Msg.t("board.deleteLane"), this::deleteLane));

        search.setId("board-search");
        search.setPromptText(Msg.t("board.search"));
        search.setTooltip(new Tooltip(Msg.t("board.searchTip")));
        search.setPrefColumnCount(9);
        search.textProperty().addListener((o, a, b) -> {
            results = model.search(b);
            resultIndex = -1;
            canvas.highlight(results.stream().map(Note::getId).collect(Collectors.toSet()));
            say(b == null || b.isBlank() ? "" : Msg.t("board.found", results.size()));
        });
        search.setOnAction(e -> nextResult());

        Button fit = iconButton("board-fit", "mdi2f-fit-to-page-outline", Msg.t("board.fit"), Msg.t("board.fitTip"), canvas::zoomToFit);
        Button png = iconButton("board-png", "mdi2i-image-outline", Msg.t("board.exportPng"), Msg.t("board.exportPng"), this::exportPng);
        Button present = button("board-present", "mdi2p-projector-screen", Msg.t("board.present"), this::present);
        present.setTooltip(new Tooltip(Msg.t("board.presentTip")));
        present.getStyleClass().add(Styles.ACCENT);

        Spinner<Integer> minutes = new Spinner<>(1, 120, 15);
        minutes.setId("timer-minutes");
        minutes.setPrefWidth(78);
        minutes.setEditable(true);
        minutes.setTooltip(new Tooltip(Msg.t("board.timerMinutesTip")));
        TimerControls.numericMinutes(minutes, this::tell);
        Button[] plusMinus = TimerControls.plusMinus(timer);
        timer.minutesProperty().bind(minutes.valueProperty());
        Button startTimer = new Button();
        startTimer.setId("timer-start");
        startTimer.textProperty().bind(javafx.beans.binding.Bindings.when(timer.runningProperty())
                .then(Msg.t("board.timerPause")).otherwise(Msg.t("board.timerStart")));
        startTimer.setGraphic(new FontIcon("mdi2t-timer-outline"));
        startTimer.setTooltip(new Tooltip(Msg.t("board.timerStartTip")));
        startTimer.setOnAction(e -> timer.toggle());
        Button resetTimer = iconButton("timer-reset", "mdi2r-restart", Msg.t("board.timerReset"), Msg.t("board.timerReset"), timer::reset);

        Set<Button> needSelection = Set.of(group, ungroup, priority, promote, delete);
        Runnable enable = () -> {
            needSelection.forEach(b -> b.setDisable(canvas.selection().isEmpty()));
            colour.setDisable(canvas.selection().isEmpty());
            makeIssue.setDisable(canvas.selection().size() != 2);
        };
        canvas.selection().addListener((SetChangeListener<UUID>) c -> enable.run());
        enable.run();

        javafx.scene.Node[] rounds = new VotingRoundControls(model, capture, this::act).nodes();
        iconInBar((javafx.scene.control.Labeled) rounds[0]); // 投票ラウンド: its words in the » menu and the tooltip
        // most used first: what does not fit a small screen goes, from the end, into the » menu
        toolbar.getItems().setAll(undoRedo.undoButton(), undoRedo.redoButton(), gap(), vote, resetVotes, rounds[0], rounds[1], group, ungroup, priority, gap(),
                makeIssue, promote, gap(), lanes, colour, delete, gap(), fit, present, search, gap(),
                minutes, new Label(Msg.t("board.minutes")), startTimer, plusMinus[0], plusMinus[1], resetTimer, gap(), png);
        toolbar.setId("board-toolbar");
    }

    /** A divider between groups of controls (upright: the toolbar does not turn it). */
    private static Separator gap() {
        Separator s = new Separator(javafx.geometry.Orientation.VERTICAL);
        s.setStyle("-fx-padding: 4 3 4 3;"); // narrow: on a small screen every pixel of the bar counts
        return s;
    }

    private static Region swatch(String colour) {
        Region r = new Region();
        r.setPrefSize(16, 16);
        r.setStyle("-fx-background-color: " + colour + "; -fx-border-color: #888;");
        return r;
    }

    private MenuItem item(String id, String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }

    private Button button(String id, String icon, String text, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** An icon in the bar (the tooltip says what it does, and its key), icon and words in the » menu. */
    private Button iconButton(String id, String icon, String label, String tip, Runnable action) {
        Button b = button(id, icon, label, action);
        b.setTooltip(new Tooltip(tip));
        iconInBar(b);
        return b;
    }

    private void iconInBar(javafx.scene.control.Labeled control) {
        // in the bar the control sits in the toolbar's own box; in the » menu it sits in a menu item. While the toolbar
        // sorts its items out they have no parent for a moment: they keep their look, so the bar measures them as shown
        control.parentProperty().addListener((o, was, is) -> {
            if (is != null) {
                control.setContentDisplay(is.getParent() == toolbar ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
                        : javafx.scene.control.ContentDisplay.LEFT);
            }
        });
        control.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
    }

    private Set<UUID> selected() {
        return new HashSet<>(canvas.selection());
    }

    /** After sync brought changes to this board: the model reads it again and the canvas redraws what changed. */
    void refreshFromServer() {
        model.refresh();
    }

    private void act(Runnable r) {
        try {
            r.run();
        } catch (BoardException ex) {
            tell(ex.getMessage());
        }
    }

    /** A plain message in the status line. */
    private void say(String message) {
        status.getStyleClass().setAll("muted");
        status.setText(message);
    }

    private void tell(String message) {
        status.setText(message);
        status.getStyleClass().setAll("field-error");
        javafx.animation.PauseTransition back = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(6));
        back.setOnFinished(e -> status.getStyleClass().setAll("muted"));
        back.play();
    }

    /** Typing in the capture field, a note or the search: Ctrl+Z and Ctrl+Y are the field's own then. */
    private boolean typing() {
        return capture.input().isFocused() && !capture.input().getText().isEmpty() || canvas.isEditing() || search.isFocused();
    }

    private void shortcuts(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.G) {
            if (e.isShiftDown()) {
                ungroupSelection();
            } else {
                groupSelection();
            }
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
            search.requestFocus();
            e.consume();
        } else if (e.getCode() == KeyCode.F5) {
            present();
            e.consume();
        } else if (e.isAltDown() && !e.isShortcutDown() && e.getCode() == KeyCode.V
                || e.getCode() == KeyCode.V && !e.isAltDown() && !e.isShortcutDown() && canvas.isFocused()) {
            canvas.voteModeProperty().set(!canvas.voteModeProperty().get());
            e.consume();
        } else if (e.isAltDown() && !e.isShortcutDown() && e.getCode() == KeyCode.F) {
            canvas.zoomToFit();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && capture.input().isFocused()) {
            canvas.requestFocus(); // what was typed stays in the field
            say(Msg.t("board.toBoard"));
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && canvas.isFocused() && canvas.selection().isEmpty()) {
            capture.input().requestFocus();
            say("");
            e.consume();
        }
    }

    private void groupSelection() {
        act(() -> {
            Set<UUID> s = selected();
            TextInputDialog d = dialog(Msg.t("board.groupTitle"), Msg.t("board.groupTitlePrompt"), "");
            d.showAndWait().ifPresent(title -> model.group(s, title));
        });
    }

    private void ungroupSelection() {
        Set<UUID> groups = canvas.selection().stream().map(model::note).filter(java.util.Objects::nonNull)
                .map(Note::getGroupId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        act(() -> groups.forEach(model::ungroup));
    }

    private void renameGroup(UUID groupId) {
        NoteGroup g = model.group(groupId);
        if (g != null) {
            dialog(Msg.t("board.groupTitle"), Msg.t("board.groupTitlePrompt"), g.getTitle())
                    .showAndWait().ifPresent(t -> act(() -> model.renameGroup(groupId, t)));
        }
    }

    /** あるべき姿 − 現状 = 課題: the two selected notes, one of each, make a 課題 note linked to both. */
    private void makeIssue() {
        List<Note> two = canvas.selection().stream().map(model::note).toList();
        Note vision = two.stream().filter(n -> roleOf(n) == LaneRole.VISION).findFirst().orElse(null);
        Note current = two.stream().filter(n -> roleOf(n) == LaneRole.CURRENT).findFirst().orElse(null);
        if (vision == null || current == null) {
            tell(Msg.t("board.makeIssueNeeds"));
            return;
        }
        dialog(Msg.t("board.makeIssue"), Msg.t("board.makeIssuePrompt", shorten(vision.getText()), shorten(current.getText())), "")
                .showAndWait().ifPresent(text -> act(() -> {
                    Note issue = model.createIssue(vision.getId(), current.getId(), text);
                    canvas.selectOnly(issue.getId());
                    ensureVisible(issue);
                }));
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    private LaneRole roleOf(Note n) {
        return n.getLaneId() == null ? null : model.lane(n.getLaneId()).map(Lane::getRole).orElse(null);
    }

    /** Notes already registered are left as they are (they carry the 課題 mark); only the others are registered. */
    private void promote() {
        Set<UUID> chosen = selected();
        long already = chosen.stream().filter(id -> model.issueOf(id).isPresent()).count();
        act(() -> {
            var issues = model.promote(chosen);
            say(already == 0 ? Msg.t("board.promoted", issues.size()) : Msg.t("board.promotedSome", issues.size(), already));
        });
    }

    /**
     * The lanes a lane action is about: those of the selected notes, or, with nothing selected, the capture bar's
     * lane. Empty (and said why) when there is none.
     */
    private List<UUID> lanesInQuestion() {
        if (!canvas.selection().isEmpty()) {
            List<UUID> lanes = canvas.selection().stream().map(model::note).filter(java.util.Objects::nonNull).map(Note::getLaneId)
                    .filter(java.util.Objects::nonNull).distinct().sorted(java.util.Comparator.comparingInt(model::laneIndex)).toList();
            if (lanes.isEmpty()) {
                tell(Msg.t("board.selectionHasNoLane"));
            }
            return lanes;
        }
        UUID lane = capture.selectedLane();
        if (lane == null) {
            tell(Msg.t("board.noLane"));
            return List.of();
        }
        return List.of(lane);
    }

    /** An action on one lane; a selection across lanes is refused with a message. */
    private void withLane(java.util.function.Consumer<UUID> action) {
        List<UUID> lanes = lanesInQuestion();
        if (lanes.size() > 1) {
            tell(Msg.t("board.oneLaneOnly", lanes.size()));
        } else if (lanes.size() == 1) {
            act(() -> action.accept(lanes.get(0)));
        }
    }

    private void tidyLanes() {
        List<UUID> lanes = lanesInQuestion();
        if (!lanes.isEmpty()) {
            act(() -> {
                model.tidyLanes(lanes);
                say(Msg.t("board.tidied", laneTitles(lanes)));
            });
        }
    }

    private void sortLanesByVotes() {
        List<UUID> lanes = lanesInQuestion();
        if (!lanes.isEmpty()) {
            act(() -> {
                model.sortLanesByVotes(lanes);
                say(Msg.t("board.sorted", laneTitles(lanes)));
            });
        }
    }

    private String laneTitles(List<UUID> lanes) {
        return lanes.stream().map(id -> "「" + model.lane(id).map(Lane::getTitle).orElse("") + "」").collect(Collectors.joining("・"));
    }

    private void addLane() {
        dialog(Msg.t("board.addLane"), Msg.t("board.laneTitlePrompt"), "").showAndWait().ifPresent(t -> act(() ->
                model.addLane(t, LaneRole.OTHER, Swatch.PALETTE.get(model.lanes().size() % Swatch.PALETTE.size()).colour())));
    }

    private void renameLane() {
        withLane(id -> dialog(Msg.t("board.renameLane"), Msg.t("board.laneTitlePrompt"), model.lane(id).map(Lane::getTitle).orElse(""))
                .showAndWait().ifPresent(t -> act(() -> model.renameLane(id, t))));
    }

    private void recolourLane() {
        withLane(id -> {
            Swatch now = model.lane(id).flatMap(l -> Swatch.named(l.getColour())).orElse(Swatch.PALETTE.get(0));
            ChoiceDialog<Swatch> d = new ChoiceDialog<>(now, Swatch.PALETTE);
            d.initOwner(getScene().getWindow());
            d.setHeaderText(Msg.t("board.recolourLane") + "（" + model.lane(id).map(Lane::getTitle).orElse("") + "）");
            d.showAndWait().ifPresent(c -> act(() -> model.recolourLane(id, c.colour())));
        });
    }

    /** A lane that holds notes: ask whether they go with it or move to another lane (undo brings all back). */
    private void deleteLane() {
        withLane(id -> {
            Lane lane = model.lane(id).orElseThrow();
            int count = model.notesIn(id).size();
            if (count == 0) {
                confirmThen(Msg.t("board.deleteLaneConfirm", lane.getTitle()), () -> model.deleteLane(id, null));
                return;
            }
            List<Lane> others = model.lanes().stream().filter(l -> !l.getId().equals(id)).toList();
            ButtonType move = new ButtonType(Msg.t("board.deleteLaneMove"), javafx.scene.control.ButtonBar.ButtonData.YES);
            ButtonType drop = new ButtonType(Msg.t("board.deleteLaneDrop", count), javafx.scene.control.ButtonBar.ButtonData.OTHER);
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, Msg.t("board.deleteLaneWithNotes", lane.getTitle(), count), Widgets.CANCEL);
            if (!others.isEmpty()) {
                a.getButtonTypes().add(0, move);
            }
            a.getButtonTypes().add(1, drop);
            a.setHeaderText(null);
            a.initOwner(getScene().getWindow());
            a.showAndWait().ifPresent(b -> {
                if (b == move) {
                    ChoiceDialog<Lane> d = new ChoiceDialog<>(others.get(0), others);
                    d.initOwner(getScene().getWindow());
                    d.setHeaderText(Msg.t("board.deleteLaneMoveTo"));
                    d.showAndWait().ifPresent(to -> act(() -> model.deleteLane(id, to.getId())));
                } else if (b == drop) {
                    act(() -> model.deleteLane(id, null));
                }
            });
        });
    }

    private void confirmThen(String message, Runnable action) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, Widgets.CANCEL);
        a.setHeaderText(null);
        a.initOwner(getScene().getWindow());
        a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> act(action));
    }

    private TextInputDialog dialog(String title, String prompt, String value) {
        TextInputDialog d = new TextInputDialog(value);
        d.initOwner(getScene().getWindow());
        d.setTitle(title);
        d.setHeaderText(prompt);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, Widgets.CANCEL);
        return d;
    }

    private void nextResult() {
        if (results.isEmpty()) {
            return;
        }
        resultIndex = (resultIndex + 1) % results.size();
        canvas.reveal(results.get(resultIndex).getId());
        say(Msg.t("board.resultOf", resultIndex + 1, results.size()));
    }

    /** After capture: if the new note is off screen, bring it into view. */
    private void ensureVisible(Note n) {
        javafx.geometry.Point2D a = canvas.toWorld(0, 0);
        javafx.geometry.Point2D b = canvas.toWorld(canvas.getWidth(), canvas.getHeight());
        if (n.getX() < a.getX() || n.getY() < a.getY() || n.getX() + n.getWidth() > b.getX() || n.getY() + n.getHeight() > b.getY()) {
            canvas.zoomToFit();
        }
    }

    /** Selects the note and shows it (search across a case lands here). */
    public void focusNote(UUID noteId) {
        Platform.runLater(() -> canvas.reveal(noteId));
    }

    private void exportPng() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Msg.t("board.exportPng"));
        chooser.setInitialFileName(model.board().getTitle().replaceAll("[\\\\/:*?\"<>|]", "_") + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        java.io.File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) {
            exportPng(f.toPath());
        }
    }

    public void exportPng(Path file) {
        try {
            BoardPicture.write(model, authorColours, file);
            say(Msg.t("board.exported", file));
        } catch (java.io.IOException | RuntimeException ex) {
            tell(Failures.describe(ex, Msg.t("board.exportFailed")));
        }
    }

    private void editAuthors() {
        AuthorsDialog.show(getScene().getWindow(), authors).ifPresent(list -> {
            repository.saveAuthors(list);
            authors = list;
            authorColours = list.stream().collect(Collectors.toMap(Speaker::name, Speaker::colour, (a, b) -> a));
            capture.setAuthors(list);
            canvas.setAuthorColours(authorColours);
        });
    }

    private void present() {
        PresentationWindow.open(getScene().getWindow(), model, timer, authors, authorColours, getScene().getStylesheets());
    }

}
