package jp.banso.board;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Node;

/**
 * The group-work countdown everyone sees: minutes chosen, start, pause, reset, ±1 分 while it runs. The last minute
 * shows in a warning colour; at 0:00 the colour changes and a short tone sounds (silently only the colour where the
 * computer has no sound). Time is read from a clock (injectable, so a test needs not wait minutes); the tick only
 * asks the clock again, so a slow tick never makes the countdown slow.
 */
public final class GroupWorkTimer {
    /** Style classes the displays get: the last minute, and the end. */
    public static final String WARNING = "timer-warning";
    public static final String ENDED = "timer-ended";

    private final IntegerProperty minutes = new SimpleIntegerProperty(15);
    private final IntegerProperty remainingSeconds = new SimpleIntegerProperty(15 * 60);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper warning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper ended = new ReadOnlyBooleanWrapper(false);
    private final Timeline tick = new Timeline(new KeyFrame(javafx.util.Duration.millis(250), e -> refresh()));
    private InstantSource clock = InstantSource.system();
    private Runnable endSignal = EndTone::play;
    /** While running: when the countdown reaches 0:00. */
    private Instant endsAt;
    /** While paused or not started: what is left. */
    private Duration left = Duration.ofMinutes(15);
    /** A countdown is under way (running, paused partway, or ended): the chosen minutes no longer reset it. */
    private boolean begun;

    public GroupWorkTimer() {
        tick.setCycleCount(Timeline.INDEFINITE);
        minutes.addListener((o, a, b) -> {
            if (!begun) {
                left = Duration.ofMinutes(b.intValue());
                show();
            }
        });
    }

    /** For tests: another clock, and what sounds at the end. */
    void useClock(InstantSource clock, Runnable endSignal) {
        this.clock = clock;
        this.endSignal = endSignal;
    }

    public void start() {
        if (left.isZero() || left.isNegative()) {
            left = Duration.ofMinutes(minutes.get());
        }
        ended.set(false);
        begun = true;
        endsAt = clock.instant().plus(left);
        running.set(true);
        tick.play();
        show();
    }

    public void pause() {
        if (running.get()) {
            left = remaining();
            running.set(false);
        }
        tick.stop();
        show();
    }

    public void toggle() {
        if (running.get()) {
            pause();
        } else {
            start();
        }
    }

    public void reset() {
        tick.stop();
        running.set(false);
        ended.set(false);
        begun = false;
        left = Duration.ofMinutes(minutes.get());
        show();
    }

    /** ±1 分 (or more): while it runs, or paused. Going below 0:00 ends it. */
    public void addMinutes(int delta) {
        Duration d = Duration.ofMinutes(delta);
        if (running.get()) {
            endsAt = endsAt.plus(d);
            refresh();
        } else if (begun) {
            left = left.plus(d).isNegative() ? Duration.ZERO : left.plus(d);
            show();
        }
    }

    /** Reads the clock: the display follows, and the end is signalled once. */
    public void refresh() {
        if (running.get() && !remaining().isNegative() && !remaining().isZero()) {
            show();
            return;
        }
        if (running.get()) {
            left = Duration.ZERO;
            running.set(false);
            tick.stop();
            ended.set(true);
            show();
            endSignal.run();
        }
    }

    private Duration remaining() {
        return running.get() ? Duration.between(clock.instant(), endsAt) : left;
    }

    private void show() {
        Duration r = remaining();
        long millis = Math.max(0, r.toMillis());
        int seconds = (int) ((millis + 999) / 1000); // 0:01 until it is really over
        remainingSeconds.set(seconds);
        warning.set(seconds > 0 && seconds <= 60 && begun);
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

    /** The last minute of a countdown under way. */
    public ReadOnlyBooleanProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** 0:00 reached (until started again or reset). */
    public ReadOnlyBooleanProperty endedProperty() {
        return ended.getReadOnlyProperty();
    }

    /** 14:59 */
    public StringBinding display() {
        return Bindings.createStringBinding(() -> String.format("%d:%02d", remainingSeconds.get() / 60, remainingSeconds.get() % 60),
                remainingSeconds);
    }

    /** Gives a display the warning and end colours (style classes {@link #WARNING} and {@link #ENDED}). */
    public void colour(Node display) {
        Runnable apply = () -> {
            display.getStyleClass().removeAll(WARNING, ENDED);
            if (ended.get()) {
                display.getStyleClass().add(ENDED);
            } else if (warning.get()) {
                display.getStyleClass().add(WARNING);
            }
        };
        // held by the display, heard weakly: a closed projector window does not stay tied to the board's timer
        javafx.beans.InvalidationListener follow = o -> apply.run();
        display.getProperties().put(GroupWorkTimer.class, follow);
        warning.addListener(new javafx.beans.WeakInvalidationListener(follow));
        ended.addListener(new javafx.beans.WeakInvalidationListener(follow));
        apply.run();
    }
}
