package jp.banso.board;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.banso.domain.Lane;
import jp.banso.domain.Note;
import jp.banso.domain.Speaker;
import jp.banso.ui.Msg;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Fast capture for the person typing what is said, in one row: the lanes, who speaks, the field. Type, Enter = a new
 * note in the chosen lane, ready for the next. Shift+Enter breaks the line, Tab / Shift+Tab switch lane (Alt+1–9
 * picks one), Ctrl+↑ / Ctrl+↓ switch who is speaking. The field takes the colour of the chosen lane and its hint
 * names the lane, so a lane change (also a wrap from the last lane to the first) is seen where one types.
 * The note is saved before the field clears; if it is refused the text stays in the field.
 */
public final class CaptureBar extends VBox {
    /** Who was speaking, per board, while the app runs: leaving the page and coming back keeps it. */
    private static final Map<UUID, String> SPEAKERS = new ConcurrentHashMap<>();

    private final BoardModel model;
    private final ToggleGroup laneGroup = new ToggleGroup();
    private final HBox laneButtons = new HBox(4);
    private final ComboBox<String> author = new ComboBox<>();
    private final TextArea input = new TextArea();
    private final Label message = new Label();
    private final Button editAuthors = new Button(null, new FontIcon("mdi2p-pencil-outline"));
    private Consumer<Note> onAdded = n -> { };
    private Consumer<UUID> onLaneChosen = id -> { };
    private String moreKeys = "";
    private String moreKeysTip = "";
    private boolean refreshing;

    public CaptureBar(BoardModel model, List<Speaker> authors) {
        this.model = model;
        setId("capture-bar");
        getStyleClass().add("capture-bar");
        setSpacing(4);
        setPadding(new Insets(6, 12, 6, 12));
        author.setId("capture-author");
        author.getItems().add(null);
        authors.forEach(a -> author.getItems().add(a.name()));
        author.setPromptText(Msg.t("board.author"));
        author.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? Msg.t("board.authorNone") : item);
            }
        });
        author.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Msg.t("board.authorNone") : item);
            }
        });
        author.setTooltip(new Tooltip(Msg.t("board.authorTip")));
        author.setMinWidth(90);
        author.setPrefWidth(150);
        String kept = SPEAKERS.get(model.board().getId());
        author.setValue(author.getItems().contains(kept) ? kept : null);
        author.valueProperty().addListener((o, a, b) -> {
            if (b == null) {
                SPEAKERS.remove(model.board().getId());
            } else {
                SPEAKERS.put(model.board().getId(), b);
            }
        });
        input.setId("capture-input");
        input.setPrefRowCount(2);
        input.setWrapText(true);
        input.setMinWidth(300); // the field never leaves the screen: with many lanes the lane buttons shorten instead
        input.setPrefWidth(300); // and it takes what the lanes and the speaker leave
        input.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(input, Priority.ALWAYS);
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        message.getStyleClass().add("field-error");
        message.setId("capture-message");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        laneButtons.setAlignment(Pos.CENTER_LEFT);
        editAuthors.setId("edit-authors");
        editAuthors.getStyleClass().add(Styles.FLAT);
        editAuthors.setTooltip(new Tooltip(Msg.t("authors.title")));
        editAuthors.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(8, laneButtons, author, editAuthors, input);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, message);
        laneGroup.selectedToggleProperty().addListener((o, was, is) -> {
            showLane();
            if (is != null && !refreshing) {
                onLaneChosen.accept((UUID) is.getUserData());
            }
        });
        refreshLanes();
    }

    /** Replaces the speakers offered (after the list was edited), keeping the chosen one if it is still there. */
    public void setAuthors(List<Speaker> authors) {
        String chosen = author.getValue();
        author.getItems().setAll((String) null);
        authors.forEach(a -> author.getItems().add(a.name()));
        author.setValue(author.getItems().contains(chosen) ? chosen : null);
    }

    /** Where the "edit the list" button sends the user. */
    public void setOnEditAuthors(Runnable r) {
        editAuthors.setOnAction(e -> r.run());
    }

    public void setOnAdded(Consumer<Note> onAdded) {
        this.onAdded = onAdded;
    }

    /** Told when the user picks another lane (click, Tab, Alt+digit), not when the lanes are rebuilt. */
    public void setOnLaneChosen(Consumer<UUID> onLaneChosen) {
        this.onLaneChosen = onLaneChosen;
    }

    /** Keys the surrounding view adds to the field (short form for the hint, long form for the tooltip). */
    public void setMoreKeys(String hint, String tip) {
        this.moreKeys = hint;
        this.moreKeysTip = tip;
        showLane();
    }

    /** The speaker chosen for the next note (also who votes in a voting round); null when none. */
    public String selectedAuthor() {
        return author.getValue();
    }

    /** The speaker list, to follow the choice (votes left in a voting round). */
    public javafx.beans.value.ObservableValue<String> authorProperty() {
        return author.valueProperty();
    }

    public TextArea input() {
        return input;
    }

    public ComboBox<String> author() {
        return author;
    }

    /** Rebuilds the lane buttons (after lanes were added, renamed or moved), keeping the chosen lane. */
    public void refreshLanes() {
        refreshing = true;
        try {
            UUID chosen = selectedLane();
            laneButtons.getChildren().clear();
            laneGroup.getToggles().clear();
            List<Lane> lanes = model.lanes();
            for (int i = 0; i < lanes.size(); i++) {
                Lane l = lanes.get(i);
                ToggleButton b = new ToggleButton((i < 9 ? (i + 1) + " " : "") + l.getTitle());
                b.setMinWidth(56); // 「1 人…」: the number (its key) stays; the title shortens with … (full in the tooltip)
                b.setMaxWidth(190); // a long title shortens with … rather than push the field off a small screen
                b.setId("capture-lane-" + i);
                b.setUserData(l.getId());
                b.setToggleGroup(laneGroup);
                b.setTooltip(new Tooltip(Msg.t(i < 9 ? "board.laneTipNumbered" : "board.laneTip", l.getTitle(), i + 1)));
                b.setStyle(laneStyle(l.getColour(), false));
                b.selectedProperty().addListener((o, was, is) -> b.setStyle(laneStyle(l.getColour(), is)));
                laneButtons.getChildren().add(b);
                if (l.getId().equals(chosen)) {
                    b.setSelected(true);
                }
            }
            if (laneGroup.getSelectedToggle() == null && !laneGroup.getToggles().isEmpty()) {
                laneGroup.getToggles().get(0).setSelected(true);
            }
        } finally {
            refreshing = false;
        }
        showLane();
    }

    private static String laneStyle(String colour, boolean selected) {
        return "-fx-background-color: " + colour + "; -fx-text-fill: #1b1b1b; -fx-border-width: 3; -fx-border-color: "
                + (selected ? "#0B57D0" : "transparent") + ";";
    }

    /** The field in the lane's colour, its hint naming the lane and the keys. */
    private void showLane() {
        Lane lane = selectedLane() == null ? null : model.lane(selectedLane()).orElse(null);
        String title = lane == null ? Msg.t("board.freeCanvas") : lane.getTitle();
        input.setPromptText(Msg.t("board.capturePrompt", title, moreKeys));
        input.setTooltip(new Tooltip(Msg.t("board.captureKeys") + moreKeysTip));
        String colour = lane == null ? "#FFFFFF" : lane.getColour();
        // the lane's colour, lightened, so typed text stays easy to read
        javafx.scene.paint.Color c = javafx.scene.paint.Color.web(colour).interpolate(javafx.scene.paint.Color.WHITE, 0.35);
        String tint = String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
        // the hint stays while the field has the focus (themes hide it then): it is where the keys are told
        input.setStyle("-fx-control-inner-background: " + tint + "; -fx-background-color: #8c959f, " + tint
                + "; -fx-background-insets: 0, 1; -fx-prompt-text-fill: #5f6368;");
    }

    public UUID selectedLane() {
        return laneGroup.getSelectedToggle() == null ? null : (UUID) laneGroup.getSelectedToggle().getUserData();
    }

    public void selectLane(int index) {
        if (index >= 0 && index < laneGroup.getToggles().size()) {
            laneGroup.getToggles().get(index).setSelected(true);
        }
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
            add();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            input.insertText(input.getCaretPosition(), "\n");
            e.consume();
        } else if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
            cycleLane(e.isShiftDown() ? -1 : 1);
            e.consume();
        } else if (e.isAltDown() && !e.isShortcutDown() && digit(e) > 0) {
            selectLane(digit(e) - 1);
            e.consume();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            int size = author.getItems().size();
            int i = author.getSelectionModel().getSelectedIndex();
            author.getSelectionModel().select(Math.floorMod((i < 0 ? 0 : i) + (e.getCode() == KeyCode.DOWN ? 1 : -1), size));
            e.consume();
        }
    }

    /** 1–9 from the top row or the number pad, else 0. */
    static int digit(KeyEvent e) {
        KeyCode k = e.getCode();
        if (k.compareTo(KeyCode.DIGIT1) >= 0 && k.compareTo(KeyCode.DIGIT9) <= 0) {
            return k.ordinal() - KeyCode.DIGIT1.ordinal() + 1;
        }
        if (k.compareTo(KeyCode.NUMPAD1) >= 0 && k.compareTo(KeyCode.NUMPAD9) <= 0) {
            return k.ordinal() - KeyCode.NUMPAD1.ordinal() + 1;
        }
        return 0;
    }

    private void cycleLane(int step) {
        int size = laneGroup.getToggles().size();
        if (size == 0) {
            return;
        }
        int i = laneGroup.getToggles().indexOf(laneGroup.getSelectedToggle());
        laneGroup.getToggles().get(Math.floorMod(i + step, size)).setSelected(true);
    }

    private void add() {
        String text = input.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        try {
            Note n = model.addNote(selectedLane(), text, author.getValue());
            input.clear();
            message.setText("");
            onAdded.accept(n);
        } catch (BoardException ex) {
            message.setText(ex.getMessage()); // the text stays in the field: nothing typed is lost
        }
    }
}
