package jp.banso.ui;

import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Keeps windows on a screen that shows them: municipal laptops run at 1366×768 or 1280×720, projectors at 1024×768.
 * A dialog's content scrolls and the dialog never grows past its screen's visual bounds (the screen minus the task
 * bar or menu bar), so its buttons, laid out under the content, stay reachable. {@link #dialog} is the one way a
 * dialog is made to fit; {@link #everyWindow} applies the same cap to every other window the app shows (alerts,
 * choice dialogs) once, at start.
 */
public final class ScreenFit {
    /** Marks the scroll pane that {@link #dialog} wraps content in (not wrapped twice). */
    public static final String SCROLL_CLASS = "dialog-scroll";
    private static final String CAPPED = "banso.screenFit.capped";
    /** Marks a dialog pane that {@link #dialog} made to fit (its window is limited by that, not again). */
    private static final String FITTED = "screen-fitted";
    private static boolean watching;

    private ScreenFit() {
    }

    /** The visual bounds of the screen that shows most of the rectangle, else of the primary one. */
    public static Rectangle2D visualBounds(Rectangle2D r) {
        return mostShowing(r, screens());
    }

    /** The visual bounds of the screens now attached, the primary first. */
    public static List<Rectangle2D> screens() {
        List<Rectangle2D> all = new java.util.ArrayList<>();
        all.add(Screen.getPrimary().getVisualBounds());
        for (Screen s : Screen.getScreens()) {
            if (!s.equals(Screen.getPrimary())) {
                all.add(s.getVisualBounds());
            }
        }
        return all;
    }

    static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    /** The rectangle made no larger than the bounds, then moved (as little as possible) to lie within them. */
    public static Rectangle2D inside(Rectangle2D r, Rectangle2D bounds) {
        double w = Math.min(r.getWidth(), bounds.getWidth());
        double h = Math.min(r.getHeight(), bounds.getHeight());
        double x = Math.max(bounds.getMinX(), Math.min(r.getMinX(), bounds.getMaxX() - w));
        double y = Math.max(bounds.getMinY(), Math.min(r.getMinY(), bounds.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }

    /** Of the given visual bounds, those that show the most of the rectangle; the first (primary) when none does. */
    public static Rectangle2D mostShowing(Rectangle2D r, List<Rectangle2D> screens) {
        Rectangle2D best = screens.get(0);
        double most = 0;
        for (Rectangle2D s : screens) {
            double shown = overlap(s, r);
            if (shown > most) {
                most = shown;
                best = s;
            }
        }
        return best;
    }

    /**
     * Makes a dialog fit its screen: the content in a scroll pane, the app's style sheet, and the window capped to
     * the visual bounds of its owner's screen whenever it is shown. Returns the dialog (for {@code fit(d).show()}).
     */
    public static <D extends Dialog<?>> D dialog(D dialog) {
        DialogPane pane = dialog.getDialogPane();
        wrap(pane);
        pane.contentProperty().addListener((o, was, is) -> wrap(pane)); // content set later is wrapped too
        String css = Objects.requireNonNull(ScreenFit.class.getResource("/jp/banso/ui/banso.css")).toExternalForm();
        if (!pane.getStylesheets().contains(css)) {
            pane.getStylesheets().add(css);
        }
        Window w = pane.getScene() == null ? null : pane.getScene().getWindow();
        if (w != null) {
            capWhenShown(w);
            // sized before it appears: a window resized after showing is drawn once too large on some systems
            pane.getStyleClass().add(FITTED);
            w.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> limit(pane, w));
            // a dialog that grows with its content (a result, an import plan) is capped again, after the pulse that
            // resized and placed it
            boolean[] queued = {false};
            javafx.beans.InvalidationListener grown = o -> {
                if (w.isShowing() && !queued[0]) {
                    queued[0] = true;
                    Platform.runLater(() -> {
                        queued[0] = false;
                        keepOnScreen(w);
                    });
                }
            };
            w.widthProperty().addListener(grown);
            w.heightProperty().addListener(grown);
        }
        return dialog;
    }

    /** A dialog not made to fit by its page (an alert, a choice dialog): limited to the screen all the same. */
    private static void limitUnfitted(Window w) {
        if (w instanceof Stage && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane
                && !pane.getStyleClass().contains(FITTED)) {
            limit(pane, w);
        }
    }

    /**
     * Caps the dialog pane to its owner's screen, less the window frame (estimated from the owner's own frame), so
     * the window sized from it fits; the content's scroll pane takes what is left.
     */
    private static void limit(DialogPane pane, Window w) {
        Window owner = w instanceof Stage s && s.getOwner() != null ? s.getOwner() : null;
        Rectangle2D bounds = owner == null ? Screen.getPrimary().getVisualBounds()
                : visualBounds(new Rectangle2D(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight())));
        double frameW = 0;
        double frameH = 0;
        if (owner != null && owner.getScene() != null && !Double.isNaN(owner.getWidth())) {
            frameW = Math.max(0, owner.getWidth() - owner.getScene().getWidth());
            frameH = Math.max(0, owner.getHeight() - owner.getScene().getHeight());
        }
        double maxW = bounds.getWidth() - frameW;
        double maxH = bounds.getHeight() - frameH;
        pane.setMaxSize(maxW, maxH);
        pane.applyCss();
        double prefW = Math.min(maxW, pane.prefWidth(-1));
        if (pane.prefWidth(-1) > maxW) {
            pane.setPrefWidth(maxW);
        }
        if (pane.prefHeight(prefW) > maxH) {
            pane.setPrefHeight(maxH);
        }
    }

    /** Scrolls the dialog's content (wrapped by {@link #dialog}) so that the node is in view (a result under the form). */
    public static void reveal(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll && scroll.getStyleClass().contains(SCROLL_CLASS)) {
                scroll.layout();
                Node content = scroll.getContent();
                double contentH = content.getLayoutBounds().getHeight();
                double viewH = scroll.getViewportBounds().getHeight();
                if (contentH > viewH) {
                    javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
                    double v = (b.getMaxY() - viewH) / (contentH - viewH);
                    scroll.setVvalue(Math.max(scroll.getVmin(), Math.min(scroll.getVmax(), Math.max(scroll.getVvalue(), v))));
                }
                return;
            }
        }
    }

    private static void wrap(DialogPane pane) {
        Node content = pane.getContent();
        if (content == null || content.getStyleClass().contains(SCROLL_CLASS)) {
            return;
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.getStyleClass().add(SCROLL_CLASS);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        // its skin now, not at the first layout: the content stays in the scene graph (lookups find its fields
        // as soon as the dialog exists, as they did before it scrolled)
        scroll.setSkin(new javafx.scene.control.skin.ScrollPaneSkin(scroll));
        pane.setContent(scroll);
    }

    /** From now on, every window that is shown is kept within a screen (once per app; later calls do nothing). */
    public static void everyWindow() {
        if (watching) {
            return;
        }
        watching = true;
        for (Window w : Window.getWindows()) {
            capWhenShown(w);
        }
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    // a window joins the list while it is being shown, after WINDOW_SHOWING but before it is sized
                    // from its scene: a dialog's pane limited now makes the window fit from the start
                    limitUnfitted(w);
                    capWhenShown(w);
                }
            }
        });
    }

    private static void capWhenShown(Window w) {
        // stages only: menus, tooltips and combo box lists place themselves on the screen (PopupWindow's autoFix)
        if (!(w instanceof Stage) || w.getProperties().putIfAbsent(CAPPED, Boolean.TRUE) != null) {
            return;
        }
        w.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> keepOnScreen(w));
        w.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> limitUnfitted(w)); // shown again
        if (w.isShowing()) {
            Platform.runLater(() -> keepOnScreen(w));
        }
    }

    /**
     * Shrinks the window to its screen's visual bounds if it is larger and moves it inside them. The screen is the
     * owner's (a dialog opens over the main window), else the one that shows most of the window. A maximised or full
     * screen window is the system's business.
     */
    public static void keepOnScreen(Window w) {
        if (w instanceof Stage s && (s.isMaximized() || s.isFullScreen() || s.isIconified())) {
            return;
        }
        if (Double.isNaN(w.getWidth()) || Double.isNaN(w.getHeight())) {
            return;
        }
        Window anchor = w instanceof Stage s && s.getOwner() != null ? s.getOwner() : w;
        Rectangle2D bounds = visualBounds(new Rectangle2D(anchor.getX(), anchor.getY(), Math.max(1, anchor.getWidth()), Math.max(1, anchor.getHeight())));
        Rectangle2D now = new Rectangle2D(w.getX(), w.getY(), w.getWidth(), w.getHeight());
        Rectangle2D fitted = inside(now, bounds);
        if (fitted.equals(now)) {
            return;
        }
        if (w instanceof Stage s) {
            // a dialog's stage may carry a minimum from its content; the screen wins
            s.setMinWidth(Math.min(s.getMinWidth(), fitted.getWidth()));
            s.setMinHeight(Math.min(s.getMinHeight(), fitted.getHeight()));
        }
        w.setWidth(fitted.getWidth());
        w.setHeight(fitted.getHeight());
        w.setX(fitted.getMinX());
        w.setY(fitted.getMinY());
    }
}
