package jp.banso.board;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.util.Duration;

/** The group-work countdown everyone sees: minutes chosen, start, pause, reset. One per open board. */
public final class GroupWorkTimer {
    private final IntegerProperty minutes = new SimpleIntegerProperty(15);
    private final IntegerProperty remainingSeconds = new SimpleIntegerProperty(15 * 60);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final Timeline tick = new Timeline(new KeyFrame(Duration.seconds(1), e -> step()));

    public GroupWorkTimer() {
        tick.setCycleCount(Timeline.INDEFINITE);
        minutes.addListener((o, a, b) -> {
            if (!running.get()) {
                remainingSeconds.set(b.intValue() * 60);
            }
        });
    }

    private void step() {
        if (remainingSeconds.get() > 0) {
            remainingSeconds.set(remainingSeconds.get() - 1);
        }
        if (remainingSeconds.get() == 0) {
            pause();
        }
    }

    public void start() {
        if (remainingSeconds.get() == 0) {
            remainingSeconds.set(minutes.get() * 60);
        }
        running.set(true);
        tick.play();
    }

    public void pause() {
        running.set(false);
        tick.pause();
    }

    public void toggle() {
        if (running.get()) {
            pause();
        } else {
            start();
        }
    }

    public void reset() {
        pause();
        remainingSeconds.set(minutes.get() * 60);
    }

    public IntegerProperty minutesProperty() {
        return minutes;
    }

    public IntegerProperty remainingSecondsProperty() {
        return remainingSeconds;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** 14:59 */
    public StringBinding display() {
        return Bindings.createStringBinding(() -> String.format("%d:%02d", remainingSeconds.get() / 60, remainingSeconds.get() % 60),
                remainingSeconds);
    }
}
