package jp.banso.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one way UI tests wait for the screen: until a node matching a query exists and satisfies a condition.
 * Both the lookup and the condition run on the FX thread, so they never see a scene graph the FX thread is
 * rebuilding halfway (a dialog swapping its content), and a node that is not there yet simply means "not yet"
 * instead of ending the wait with an EmptyNodeQueryException. On timeout the failure names what was awaited and
 * what was on screen at the last look (the node's text and style classes, or the showing windows and their labels).
 */
public final class UiWait {
    /** Long enough for a background task on a loaded two-core machine. */
    public static final long DEFAULT_SECONDS = 30;
    private static final long POLL_MILLIS = 50;

    private UiWait() {
    }

    /** Waits until a node matching {@code query} exists and is visible; returns it. */
    public static <T extends Node> T visible(FxRobot robot, String query, Class<T> type) {
        return until(robot, query, type, "visible", Node::isVisible);
    }

    /** Waits until a node matching {@code query} exists (of that type) and {@code condition}, evaluated on the FX thread, holds. */
    public static <T extends Node> T until(FxRobot robot, String query, Class<T> type, String what, Predicate<? super T> condition) {
        return until(robot, query, type, what, condition, DEFAULT_SECONDS);
    }

    public static <T extends Node> T until(FxRobot robot, String query, Class<T> type, String what, Predicate<? super T> condition,
            long seconds) {
        String awaited = query + " (" + type.getSimpleName() + ") " + what;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String seen = "nothing yet";
        while (true) {
            Look<T> look = onFx(() -> look(robot, query, type, condition), awaited, seconds);
            if (look.node != null) {
                WaitForAsyncUtils.waitForFxEvents(); // what reacted to the same change has run too
                return look.node;
            }
            seen = look.seen;
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + seconds + " s for " + awaited + "; saw: " + seen);
            }
            WaitForAsyncUtils.sleep(POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Waits until the first node matching one of the queries exists; returns which query matched (the two ends of a background task). */
    public static String first(FxRobot robot, String... queries) {
        String awaited = "one of " + String.join(", ", queries);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEFAULT_SECONDS);
        while (true) {
            Optional<String> found = onFx(() -> {
                for (String q : queries) {
                    Optional<Node> n = robot.lookup(q).tryQuery();
                    if (n.isPresent()) {
                        return Optional.of(q);
                    }
                }
                return Optional.<String>empty();
            }, awaited, DEFAULT_SECONDS);
            if (found.isPresent()) {
                WaitForAsyncUtils.waitForFxEvents();
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + DEFAULT_SECONDS + " s for " + awaited + "; saw: " + onFx(UiWait::screen, awaited, 5));
            }
            WaitForAsyncUtils.sleep(POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Reads node state on the FX thread (a value the FX thread may be changing). */
    public static <T> T read(java.util.concurrent.Callable<T> read) {
        return onFx(read, "a read", DEFAULT_SECONDS);
    }

    private record Look<T>(T node, String seen) {
    }

    private static <T extends Node> Look<T> look(FxRobot robot, String query, Class<T> type, Predicate<? super T> condition) {
        List<Node> found = new ArrayList<>(robot.lookup(query).queryAll());
        if (found.isEmpty()) {
            return new Look<>(null, "no node matching " + query + "; on screen: " + screen());
        }
        for (Node n : found) {
            if (type.isInstance(n) && condition.test(type.cast(n))) {
                return new Look<>(type.cast(n), null);
            }
        }
        return new Look<>(null, describe(found.get(0)));
    }

    private static <V> V onFx(java.util.concurrent.Callable<V> call, String awaited, long seconds) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + awaited, e);
        } catch (ExecutionException e) {
            throw new AssertionError("looking for " + awaited + " failed", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the FX thread did not answer within " + seconds + " s while waiting for " + awaited, e);
        }
    }

    /** A node in a line: its type, id, style classes, visibility and text. */
    public static String describe(Node n) {
        StringBuilder s = new StringBuilder(n.getClass().getSimpleName());
        if (n.getId() != null) {
            s.append('#').append(n.getId());
        }
        if (!n.getStyleClass().isEmpty()) {
            s.append(n.getStyleClass());
        }
        if (!n.isVisible()) {
            s.append(" (hidden)");
        }
        text(n).ifPresent(t -> s.append(" \"").append(t.length() > 120 ? t.substring(0, 120) + "…" : t).append('"'));
        return s.toString();
    }

    /** The showing windows, each with the ids and texts of its nodes (enough to see which dialog is up and in which state). */
    public static String screen() {
        StringBuilder s = new StringBuilder();
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (!w.isShowing() || w.getScene() == null) {
                continue;
            }
            s.append("\n  window ").append(w.getClass().getSimpleName()).append(": ");
            List<String> parts = new ArrayList<>();
            collect(w.getScene().getRoot(), parts, 0);
            s.append(String.join(", ", parts.subList(0, Math.min(parts.size(), 40))));
            if (parts.size() > 40) {
                s.append(", … ").append(parts.size() - 40).append(" more");
            }
        }
        return s.length() == 0 ? "no window showing" : s.toString();
    }

    private static void collect(Node n, List<String> parts, int depth) {
        if (n.getId() != null || text(n).isPresent()) {
            parts.add(describe(n));
        }
        if (n instanceof Parent p && depth < 60) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, parts, depth + 1);
            }
        }
    }

    private static Optional<String> text(Node n) {
        Function<String, Optional<String>> some = t -> t == null || t.isBlank() ? Optional.empty() : Optional.of(t.replace('\n', ' '));
        if (n instanceof Labeled l) {
            return some.apply(l.getText());
        }
        if (n instanceof TextInputControl t) {
            return some.apply(t.getText());
        }
        return Optional.empty();
    }
}
