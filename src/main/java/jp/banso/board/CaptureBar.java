package jp.banso.board;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.banso.store.BoardRepository.Author;
import jp.banso.ui.Msg;

/**
 * Fast capture for the person typing what is said: pick a lane, type, Enter = a new note there, ready for the
 * next. Shift+Enter breaks the line, Tab / Shift+Tab switch lane, Ctrl+↑ / Ctrl+↓ switch who is speaking.
 * The note is saved before the field clears; if it is refused the text stays in the field.
 */
public final class CaptureBar extends VBox {
    private final BoardModel model;
    private final ToggleGroup laneGroup = new ToggleGroup();
    private final javafx.scene.layout.FlowPane laneButtons = new javafx.scene.layout.FlowPane(6, 6);
    private final ComboBox<String> author = new ComboBox<>();
    private final TextArea input = new TextArea();
    private final Label message = new Label();
    private final javafx.scene.control.Button editAuthors = new javafx.scene.control.Button(null,
            new org.kordamp.ikonli.javafx.FontIcon("mdi2p-pencil-outline"));
    private Consumer<Note> onAdded = n -> { };

    public CaptureBar(BoardModel model, List<Author> authors) {
        this.model = model;
        setId("capture-bar");
        getStyleClass().add("capture-bar");
        setSpacing(6);
        setPadding(new Insets(8, 12, 10, 12));
        author.setId("capture-author");
        author.getItems().add(null);
        authors.forEach(a -> author.getItems().add(a.name()));
        author.setPromptText(Msg.t("board.author"));
        author.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? Msg.t("board.authorNone") : item);
            }
        });
        input.setId("capture-input");
        input.setPromptText(Msg.t("board.capturePrompt"));
        input.setPrefRowCount(2);
        input.setWrapText(true);
        HBox.setHgrow(input, Priority.ALWAYS);
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        message.getStyleClass().add("field-error");
        message.setId("capture-message");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        Label hint = new Label(Msg.t("board.captureHint"));
        hint.getStyleClass().add("muted");
        laneButtons.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(laneButtons, Priority.ALWAYS);
        Label laneLabel = new Label(Msg.t("board.lane"));
        Label authorLabel = new Label(Msg.t("board.author"));
        laneLabel.setMinWidth(Region.USE_PREF_SIZE);
        authorLabel.setMinWidth(Region.USE_PREF_SIZE);
        hint.setMinWidth(Region.USE_PREF_SIZE);
        author.setMinWidth(150);
        editAuthors.setId("edit-authors");
        editAuthors.getStyleClass().add("flat");
        editAuthors.setTooltip(new javafx.scene.control.Tooltip(Msg.t("authors.title")));
        HBox top = new HBox(10, laneLabel, laneButtons, authorLabel, author, editAuthors, hint);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox bottom = new HBox(10, input);
        getChildren().addAll(top, bottom, message);
        refreshLanes();
    }

    /** Replaces the speakers offered (after the list was edited), keeping the chosen one if it is still there. */
    public void setAuthors(List<Author> authors) {
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

    /** Rebuilds the lane buttons (after lanes were added, renamed or moved), keeping the chosen lane. */
    public void refreshLanes() {
        UUID chosen = selectedLane();
        laneButtons.getChildren().clear();
        laneGroup.getToggles().clear();
        List<Lane> lanes = model.lanes();
        for (int i = 0; i < lanes.size(); i++) {
            Lane l = lanes.get(i);
            ToggleButton b = new ToggleButton((i < 9 ? (i + 1) + " " : "") + l.getTitle());
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setId("capture-lane-" + i);
            b.setUserData(l.getId());
            b.setToggleGroup(laneGroup);
            b.setStyle("-fx-background-color: " + l.getColour() + "; -fx-text-fill: #1b1b1b; -fx-border-color: transparent;");
            b.selectedProperty().addListener((o, was, is) -> b.setStyle("-fx-background-color: " + l.getColour()
                    + "; -fx-text-fill: #1b1b1b; -fx-border-width: 3; -fx-border-color: " + (is ? "#0B57D0" : "transparent") + ";"));
            laneButtons.getChildren().add(b);
            if (l.getId().equals(chosen) || (chosen == null && i == 0)) {
                b.setSelected(true);
            }
        }
        if (laneGroup.getSelectedToggle() == null && !laneGroup.getToggles().isEmpty()) {
            laneGroup.getToggles().get(0).setSelected(true);
        }
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
        } else if (e.getCode() == KeyCode.TAB) {
            cycleLane(e.isShiftDown() ? -1 : 1);
            e.consume();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            int size = author.getItems().size();
            int i = author.getSelectionModel().getSelectedIndex();
            author.getSelectionModel().select(Math.floorMod((i < 0 ? 0 : i) + (e.getCode() == KeyCode.DOWN ? 1 : -1), size));
            e.consume();
        }
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
