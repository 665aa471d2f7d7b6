package jp.banso.board;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import jp.banso.domain.Note;

/**
 * What the mouse, the wheel and the keys do on a {@link BoardCanvas}, and the state of the gesture under way: one
 * press starts one of panning (middle button, or Alt+drag on empty space), a vote (vote mode), resizing a note (its
 * corner), moving the selected notes or an island, or a rubber band on empty space. A move or resize is saved on
 * release; a plain click on a selected note leaves it alone selected unless it became a drag.
 */
final class BoardGestures {
    /** The corner (screen pixels) where a drag resizes a note instead of moving it. */
    private static final double RESIZE_CORNER = 18;
    /** Less movement than this (screen pixels) is a click, not a drag. */
    private static final double DRAG_THRESHOLD = 3;

    private final BoardCanvas canvas;
    private final BoardModel model;
    private final Rectangle rubberBand = new Rectangle();
    private Consumer<UUID> onGroupDoubleClick = id -> { };

    private Point2D pressWorld;
    private Point2D pressScreen;
    /** Where each moved note started, by id; null when no notes are being moved. */
    private Map<UUID, Point2D> dragStart;
    private boolean dragged;
    private boolean panning;
    private boolean rubber;
    private UUID clickedInSelection;
    private UUID resizing;
    private UUID draggedGroup;

    BoardGestures(BoardCanvas canvas) {
        this.canvas = canvas;
        this.model = canvas.model();
        rubberBand.setManaged(false);
        rubberBand.setFill(Color.rgb(11, 87, 208, 0.12));
        rubberBand.setStroke(Color.web("#0B57D0"));
        rubberBand.getStrokeDashArray().setAll(6.0, 4.0);
        rubberBand.setVisible(false);
    }

    /** The rubber band, drawn by the canvas above the board. */
    Node rubberBand() {
        return rubberBand;
    }

    void setOnGroupDoubleClick(Consumer<UUID> c) {
        this.onGroupDoubleClick = c;
    }

    private NoteNode noteAt(MouseEvent e) {
        Node n = e.getPickResult().getIntersectedNode();
        while (n != null && n != canvas) {
            if (n instanceof NoteNode nn) {
                return nn;
            }
            n = n.getParent();
        }
        return null;
    }

    private UUID groupAt(MouseEvent e) {
        Node n = e.getPickResult().getIntersectedNode();
        while (n != null && n != canvas) {
            if (canvas.isIsland(n) && n.getUserData() instanceof UUID id) {
                return id;
            }
            n = n.getParent();
        }
        return null;
    }

    private boolean onResizeCorner(Note n, Point2D world) {
        double slack = RESIZE_CORNER / Math.max(canvas.zoom(), 0.3);
        return world.getX() >= n.getX() + n.getWidth() - slack && world.getY() >= n.getY() + n.getHeight() - slack;
    }

    void moved(MouseEvent e) {
        NoteNode hit = noteAt(e);
        canvas.setCursor(hit != null && onResizeCorner(hit.note(), canvas.toWorld(e.getX(), e.getY())) ? Cursor.SE_RESIZE : null);
    }

    void pressed(MouseEvent e) {
        canvas.requestFocus();
        if (canvas.isEditing()) {
            canvas.commitEditing();
        }
        pressScreen = new Point2D(e.getX(), e.getY());
        pressWorld = canvas.toWorld(e.getX(), e.getY());
        dragged = false;
        clickedInSelection = null;
        NoteNode hit = noteAt(e);
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && hit == null && e.isAltDown())) {
            panning = true;
            return;
        }
        if (canvas.voteModeProperty().get() && hit != null) {
            canvas.act(() -> model.vote(hit.note().getId(), e.getButton() == MouseButton.SECONDARY || e.isShiftDown() ? -1 : 1,
                    canvas.voter()));
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (hit != null && onResizeCorner(hit.note(), pressWorld)) {
            resizing = hit.note().getId();
            canvas.selectOnly(resizing);
            return;
        }
        if (hit != null) {
            pressedOnNote(e, hit.note().getId());
            return;
        }
        UUID group = groupAt(e);
        if (group != null) {
            canvas.setSelection(new HashSet<>(model.members(group).stream().map(Note::getId).toList()));
            if (e.getClickCount() == 2) {
                onGroupDoubleClick.accept(group);
                return;
            }
            // dragging the island (its outline or name) moves all its notes
            draggedGroup = group;
            dragStart = new HashMap<>();
            model.members(group).forEach(n -> dragStart.put(n.getId(), new Point2D(n.getX(), n.getY())));
            return;
        }
        if (!e.isShiftDown()) {
            canvas.setSelection(Set.of());
        }
        rubber = true;
        rubberBand.setX(e.getX());
        rubberBand.setY(e.getY());
        rubberBand.setWidth(0);
        rubberBand.setHeight(0);
        rubberBand.setVisible(true);
    }

    private void pressedOnNote(MouseEvent e, UUID id) {
        Set<UUID> selection = canvas.selection();
        if (e.isShiftDown() || e.isShortcutDown()) {
            Set<UUID> s = new HashSet<>(selection);
            if (!s.remove(id)) {
                s.add(id);
            }
            canvas.setSelection(s);
        } else if (!selection.contains(id)) {
            canvas.selectOnly(id);
        } else {
            clickedInSelection = id; // a plain click on a selected note: it alone stays selected, unless this becomes a drag
        }
        if (e.getClickCount() == 2) {
            canvas.startEditing(id);
            return;
        }
        dragStart = new HashMap<>();
        for (UUID s : selection) {
            Note n = model.note(s);
            if (n != null) {
                dragStart.put(s, new Point2D(n.getX(), n.getY()));
            }
        }
    }

    void dragged(MouseEvent e) {
        if (resizing != null) {
            Note n = model.note(resizing);
            Point2D now = canvas.toWorld(e.getX(), e.getY());
            canvas.noteNode(resizing).resize(Math.max(Note.MIN_WIDTH, now.getX() - n.getX()), Math.max(Note.MIN_HEIGHT, now.getY() - n.getY()));
            dragged = true;
            return;
        }
        if (panning) {
            canvas.panBy(e.getX() - pressScreen.getX(), e.getY() - pressScreen.getY());
            pressScreen = new Point2D(e.getX(), e.getY());
            return;
        }
        if (rubber) {
            rubberBand.setX(Math.min(e.getX(), pressScreen.getX()));
            rubberBand.setY(Math.min(e.getY(), pressScreen.getY()));
            rubberBand.setWidth(Math.abs(e.getX() - pressScreen.getX()));
            rubberBand.setHeight(Math.abs(e.getY() - pressScreen.getY()));
            return;
        }
        if (dragStart == null || dragStart.isEmpty()) {
            return;
        }
        Point2D now = canvas.toWorld(e.getX(), e.getY());
        double dx = now.getX() - pressWorld.getX();
        double dy = now.getY() - pressWorld.getY();
        if (!dragged && Math.hypot(e.getX() - pressScreen.getX(), e.getY() - pressScreen.getY()) < DRAG_THRESHOLD) {
            return; // a click, not a drag
        }
        if (!dragged) {
            dragged = true;
            dragStart.keySet().forEach(id -> {
                NoteNode n = canvas.noteNode(id);
                n.setDragging(true);
                n.toFront();
            });
        }
        dragStart.forEach((id, p) -> canvas.noteNode(id).relocate(p.getX() + dx, p.getY() + dy));
        if (draggedGroup != null) {
            canvas.islandShapes(draggedGroup).forEach(n -> {
                n.setTranslateX(dx);
                n.setTranslateY(dy);
            });
        }
    }

    void released(MouseEvent e) {
        if (resizing != null) {
            UUID id = resizing;
            resizing = null;
            NoteNode node = canvas.noteNode(id);
            if (dragged) {
                canvas.act(() -> model.resize(id, node.getWidth(), node.getHeight()));
            }
            dragged = false;
            return;
        }
        if (panning) {
            panning = false;
            return;
        }
        if (rubber) {
            rubber = false;
            rubberBand.setVisible(false);
            if (rubberBand.getWidth() > DRAG_THRESHOLD || rubberBand.getHeight() > DRAG_THRESHOLD) {
                selectInRubberBand();
            }
            return;
        }
        if (dragStart != null && dragged) {
            dropped(e);
        }
        draggedGroup = null;
        if (clickedInSelection != null && !dragged) {
            canvas.selectOnly(clickedInSelection);
        }
        clickedInSelection = null;
        dragStart = null;
        dragged = false;
    }

    /** Adds every note the rubber band touches to the selection. */
    private void selectInRubberBand() {
        Point2D a = canvas.toWorld(rubberBand.getX(), rubberBand.getY());
        Point2D b = canvas.toWorld(rubberBand.getX() + rubberBand.getWidth(), rubberBand.getY() + rubberBand.getHeight());
        Set<UUID> s = new HashSet<>(canvas.selection());
        for (Note n : model.notes()) {
            if (n.getX() < b.getX() && n.getX() + n.getWidth() > a.getX() && n.getY() < b.getY() && n.getY() + n.getHeight() > a.getY()) {
                s.add(n.getId());
            }
        }
        canvas.setSelection(s);
    }

    /** The dragged notes (or island) are let go: their new places are saved. */
    private void dropped(MouseEvent e) {
        Map<UUID, double[]> positions = new HashMap<>();
        dragStart.keySet().forEach(id -> {
            NoteNode n = canvas.noteNode(id);
            n.setDragging(false);
            positions.put(id, new double[] {n.getLayoutX(), n.getLayoutY()});
        });
        if (draggedGroup != null) {
            UUID g = draggedGroup;
            Point2D now = canvas.toWorld(e.getX(), e.getY());
            canvas.act(() -> model.moveGroup(g, now.getX() - pressWorld.getX(), now.getY() - pressWorld.getY()));
            canvas.redrawIslands(dragStart.keySet()); // also when the move was refused: the island goes back
        } else {
            canvas.act(() -> model.move(positions));
        }
    }

    void scrolled(ScrollEvent e) {
        if (e.isShortcutDown() || e.isControlDown()) {
            canvas.zoomAt(e.getDeltaY() > 0 ? 1.12 : 1 / 1.12, e.getX(), e.getY());
        } else {
            canvas.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    void keyPressed(KeyEvent e) {
        if (canvas.isEditing()) {
            return;
        }
        Set<UUID> selection = canvas.selection();
        double step = e.isShiftDown() ? 50 : 10;
        KeyCode k = e.getCode();
        if (k.isArrowKey()) {
            double dx = k == KeyCode.LEFT ? -step : k == KeyCode.RIGHT ? step : 0;
            double dy = k == KeyCode.UP ? -step : k == KeyCode.DOWN ? step : 0;
            if (selection.isEmpty()) {
                canvas.panBy(-dx * 4, -dy * 4);
            } else {
                Map<UUID, double[]> positions = new HashMap<>();
                selection.forEach(id -> {
                    Note n = model.note(id);
                    positions.put(id, new double[] {n.getX() + dx, n.getY() + dy});
                });
                canvas.act(() -> model.move(positions));
            }
            e.consume();
        } else if ((k == KeyCode.DELETE || k == KeyCode.BACK_SPACE) && !selection.isEmpty()) {
            canvas.act(() -> model.delete(Set.copyOf(selection)));
            e.consume();
        } else if (k == KeyCode.A && e.isShortcutDown()) {
            canvas.selectAll();
            e.consume();
        } else if (k == KeyCode.ENTER && selection.size() == 1) {
            canvas.startEditing(selection.iterator().next());
            e.consume();
        } else if (k == KeyCode.ESCAPE && !selection.isEmpty()) {
            canvas.setSelection(Set.of());
            e.consume();
        } else if (k == KeyCode.F && !e.isShortcutDown()) {
            canvas.zoomToFit();
            e.consume();
        } else if (k == KeyCode.PLUS || k == KeyCode.ADD || k == KeyCode.EQUALS) {
            canvas.zoomAt(1.2, canvas.getWidth() / 2, canvas.getHeight() / 2);
            e.consume();
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
            canvas.zoomAt(1 / 1.2, canvas.getWidth() / 2, canvas.getHeight() / 2);
            e.consume();
        } else if (k.isDigitKey() && !e.isShortcutDown() && k != KeyCode.DIGIT0 && k != KeyCode.NUMPAD0) {
            canvas.zoomToLane(Integer.parseInt(e.getText().isEmpty() ? "0" : e.getText().substring(0, 1)) - 1);
            e.consume();
        }
    }
}
