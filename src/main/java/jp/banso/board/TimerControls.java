package jp.banso.board;

import java.text.Normalizer;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import jp.banso.ui.Msg;

/** The timer's controls beside the board: a minutes field that takes only numbers, and ±1 分. */
final class TimerControls {
    static final int MAX_MINUTES = 120;

    private TimerControls() {
    }

    /**
     * The minutes field refuses what is not a number (told through {@code refused}); full-width digits (１５) are
     * taken as 15. An empty field goes back to the last minutes on leaving it.
     */
    static void numericMinutes(Spinner<Integer> minutes, Consumer<String> refused) {
        SpinnerValueFactory<Integer> factory = minutes.getValueFactory();
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                String digits = text == null ? "" : text.strip();
                return digits.isEmpty() ? factory.getValue() : Integer.valueOf(digits);
            }
        });
        minutes.getEditor().setTextFormatter(new TextFormatter<String>(change -> {
            String added = Normalizer.normalize(change.getText(), Normalizer.Form.NFKC);
            if (!added.chars().allMatch(Character::isDigit) || !added.chars().allMatch(c -> c < 128)) {
                refused.accept(Msg.t("board.timerMinutesNotANumber", MAX_MINUTES));
                return null;
            }
            change.setText(added);
            if (change.getControlNewText().length() > 3) {
                refused.accept(Msg.t("board.timerMinutesNotANumber", MAX_MINUTES));
                return null;
            }
            return change;
        }));
        minutes.getEditor().setText(String.valueOf(factory.getValue()));
    }

    /** −1 分 and +1 分 (while the timer runs, or paused). */
    static Button[] plusMinus(GroupWorkTimer timer) {
        Button less = new Button(Msg.t("board.timerMinusOne"));
        less.setId("timer-minus");
        less.setTooltip(new Tooltip(Msg.t("board.timerMinusOneTip")));
        less.setOnAction(e -> timer.addMinutes(-1));
        Button more = new Button(Msg.t("board.timerPlusOne"));
        more.setId("timer-plus");
        more.setTooltip(new Tooltip(Msg.t("board.timerPlusOneTip")));
        more.setOnAction(e -> timer.addMinutes(1));
        return new Button[] {less, more};
    }
}
