package jp.banso.board;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import jp.banso.ui.Msg;
import jp.banso.ui.Widgets;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The toolbar's voting rounds: a menu to start a round (N votes per person, by speaker or anonymous) and to close it
 * (the lanes are laid out by its votes and the ranking is shown), and how many votes are left for the speaker chosen
 * in the capture bar. Without an open round a click in vote mode is a free vote, as before.
 */
final class VotingRoundControls {
    private final BoardModel model;
    private final CaptureBar capture;
    private final Consumer<Runnable> act;
    private final MenuButton menu = new MenuButton(Msg.t("round.menu"), new FontIcon("mdi2t-ticket-outline"));
    private final Label left = new Label();

    /** @param act runs a model action, telling a refusal */
    VotingRoundControls(BoardModel model, CaptureBar capture, Consumer<Runnable> act) {
        this.model = model;
        this.capture = capture;
        this.act = act;
        menu.setId("round-menu");
        menu.setTooltip(new Tooltip(Msg.t("round.menuTip")));
        MenuItem start = new MenuItem(Msg.t("round.start"));
        start.setId("round-start");
        start.setOnAction(e -> startRound());
        MenuItem close = new MenuItem(Msg.t("round.close"));
        close.setId("round-close");
        close.setOnAction(e -> closeRound());
        menu.getItems().addAll(start, close);
        menu.setOnShowing(e -> {
            start.setDisable(model.openRound().isPresent());
            close.setDisable(model.openRound().isEmpty());
        });
        left.setId("round-votes-left");
        left.getStyleClass().add("round-votes-left");
        model.addListener(cs -> refresh()); // the model lives as long as its editor (BoardsPage makes one per editor)
        capture.authorProperty().addListener(o -> refresh());
        refresh();
    }

    Node[] nodes() {
        return new Node[] {menu, left};
    }

    /** 残り 2票（住民）, or nothing while voting is free. */
    void refresh() {
        OptionalInt n = model.votesLeft(capture.selectedAuthor());
        left.setVisible(n.isPresent());
        left.setManaged(n.isPresent());
        if (n.isEmpty()) {
            left.setText("");
        } else if (model.openRound().orElseThrow().isAnonymous()) {
            left.setText(Msg.t("round.leftAnonymous", n.getAsInt()));
        } else if (capture.selectedAuthor() == null) {
            left.setText(Msg.t("round.chooseVoter"));
        } else {
            left.setText(Msg.t("round.left", capture.selectedAuthor(), n.getAsInt()));
        }
    }

    private void startRound() {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(window());
        d.setTitle(Msg.t("round.start"));
        d.setHeaderText(Msg.t("round.startHeader"));
        ButtonType ok = new ButtonType(Msg.t("round.startButton"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, Widgets.CANCEL);
        Spinner<Integer> votes = new Spinner<>(1, 99, 3);
        votes.setId("round-votes-per-person");
        votes.setEditable(true);
        RadioButton bySpeaker = new RadioButton(Msg.t("round.bySpeaker"));
        bySpeaker.setId("round-by-speaker");
        RadioButton anonymous = new RadioButton(Msg.t("round.anonymous"));
        anonymous.setId("round-anonymous");
        ToggleGroup mode = new ToggleGroup();
        bySpeaker.setToggleGroup(mode);
        anonymous.setToggleGroup(mode);
        bySpeaker.setSelected(true);
        Spinner<Integer> people = new Spinner<>(1, 999, 10);
        people.setId("round-participants");
        people.setEditable(true);
        people.disableProperty().bind(anonymous.selectedProperty().not());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(Msg.t("round.votesPerPerson")), votes);
        grid.addRow(1, new Label(Msg.t("round.mode")), bySpeaker);
        grid.add(anonymous, 1, 2);
        grid.addRow(3, new Label(Msg.t("round.participants")), people);
        d.getDialogPane().setContent(grid);
        d.showAndWait().filter(b -> b == ok).ifPresent(b -> act.accept(() ->
                model.startRound(votes.getValue(), anonymous.isSelected(), anonymous.isSelected() ? people.getValue() : null)));
    }

    private void closeRound() {
        act.accept(() -> {
            List<BoardModel.RoundResult> results = model.closeRound();
            Alert a = new Alert(Alert.AlertType.INFORMATION, results.isEmpty() ? Msg.t("round.noVotes") : ranking(results), ButtonType.OK);
            a.initOwner(window());
            a.setTitle(Msg.t("round.results"));
            a.setHeaderText(Msg.t("round.resultsHeader"));
            a.getDialogPane().setId("round-results");
            a.show();
        });
    }

    /** 1位　3票　付箋の文（住民 2・社協 1） */
    static String ranking(List<BoardModel.RoundResult> results) {
        StringBuilder b = new StringBuilder();
        int place = 0;
        int previous = -1;
        for (int i = 0; i < results.size(); i++) {
            BoardModel.RoundResult r = results.get(i);
            if (r.votes() != previous) {
                place = i + 1; // equal votes share a place
                previous = r.votes();
            }
            String text = r.note().getText().replaceAll("\\s+", " ");
            if (text.codePointCount(0, text.length()) > 40) {
                text = text.substring(0, text.offsetByCodePoints(0, 39)) + "…";
            }
            b.append(place).append("位　").append(r.votes()).append("票　").append(text);
            Map<String, Integer> voters = r.byVoter();
            if (!voters.isEmpty()) {
                b.append("（").append(voters.entrySet().stream().map(en -> en.getKey() + " " + en.getValue())
                        .collect(Collectors.joining("・"))).append("）");
            }
            b.append('\n');
        }
        return b.toString().strip();
    }

    private Window window() {
        return menu.getScene() == null ? null : menu.getScene().getWindow();
    }
}
