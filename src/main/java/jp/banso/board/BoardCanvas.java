package jp.banso.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import jp.banso.domain.Change;
import jp.banso.domain.ChangeSet;
import jp.banso.domain.Lane;
import jp.banso.domain.LaneRole;
import jp.banso.domain.Note;
import jp.banso.domain.NoteGroup;
import jp.banso.domain.NoteLink;

/**
 * The board drawn on an infinite canvas: lanes as columns, groups drawn around their notes, 課題 links as lines,
 * and the notes. Click selects, Shift/Ctrl-click adds, dragging empty space draws a rubber band, dragging notes moves
 * them (saved on release), double-click edits in place, the wheel pans and Ctrl+wheel zooms.
 * The same class draws the projector view (larger, high contrast) and the board's picture ({@link BoardPicture}).
 * What is shown lives in {@link BoardViewport}, the mouse and keys in {@link BoardGestures}, editing in place in
 * {@link InPlaceEditor}; this class draws and wires them.
 */
public final class BoardCanvas extends Region {
    private final BoardModel model;
    private final boolean presentation;
    private final Pane world = new Pane();
    private final Group lanesLayer = new Group();
    private final Group groupsLayer = new Group();
    private final Group linksLayer = new Group();
    private final Pane notesLayer = new Pane();
    /** Islands' name tags, above the notes so no note hides them. */
    private final Group groupLabelsLayer = new Group();
    /** The world's transforms, set from {@link #viewport}. */
    private final Translate pan = new Translate();
    private final Scale zoom = new Scale(1, 1);
    private final BoardViewport viewport;
    private final BoardGestures gestures;
    private final InPlaceEditor editor;
    private final Map<UUID, NoteNode> nodes = new HashMap<>();
    private final ObservableSet<UUID> selection = FXCollections.observableSet(new HashSet<>());
    private final Set<UUID> found = new HashSet<>();
    private final BooleanProperty voteMode = new SimpleBooleanProperty(false);
    /** Selection outlines and 課題 link lines: always in the normal view; on the projector only when asked. */
    private final BooleanProperty marksShown = new SimpleBooleanProperty(true);
    private final BoardModel.Listener listener = this::onChanged;
    private Map<String, String> authorColours = Map.of();
    private Consumer<String> onError = m -> { };
    /** Who votes with a click in vote mode while a voting round is open (the capture bar's speaker). */
    private java.util.function.Supplier<String> voter = () -> null;
    private boolean cullingQueued;
    /** zoomToFit was asked before the canvas had a size: it fits once it has one. */
    private boolean fitWhenSized;

    public BoardCanvas(BoardModel model, boolean presentation) {
        this.model = model;
        this.presentation = presentation;
        // on the projector, the least zoom keeps note text readable from the back of the room
        this.viewport = new BoardViewport(presentation ? BoardFonts.presentationMinZoom() : BoardViewport.MIN_ZOOM);
        this.editor = new InPlaceEditor(model, notesLayer, this::requestFocus, m -> onError.accept(m));
        marksShown.set(!presentation);
        linksLayer.visibleProperty().bind(marksShown);
        marksShown.addListener((o, a, b) -> nodes.values().forEach(n -> n.setMarksShown(b)));
        getStyleClass().add(presentation ? "board-canvas-presentation" : "board-canvas");
        setFocusTraversable(true);
        notesLayer.setManaged(false);
        world.setManaged(false);
        world.getChildren().addAll(lanesLayer, groupsLayer, linksLayer, notesLayer, groupLabelsLayer);
        world.getTransforms().addAll(pan, zoom);
        this.gestures = new BoardGestures(this);
        getChildren().addAll(world, gestures.rubberBand());
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        renderAll();
        model.addListener(listener);
        addEventHandler(MouseEvent.MOUSE_PRESSED, gestures::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, gestures::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, gestures::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, gestures::moved);
        addEventHandler(ScrollEvent.SCROLL, gestures::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, gestures::keyPressed);
        widthProperty().addListener(o -> sized());
        heightProperty().addListener(o -> sized());
    }

    /** Stops listening to the model (the view is closed). */
    public void dispose() {
        model.removeListener(listener);
    }

    public BoardModel model() {
        return model;
    }

    public ObservableSet<UUID> selection() {
        return selection;
    }

    public BooleanProperty voteModeProperty() {
        return voteMode;
    }

    public BooleanProperty marksShownProperty() {
        return marksShown;
    }

    /** The least zoom this view allows (the projector's keeps note text at least 20 px high). */
    public double minZoom() {
        return viewport.minZoom();
    }

    public void setAuthorColours(Map<String, String> colours) {
        this.authorColours = Map.copyOf(colours);
        nodes.values().forEach(this::refresh);
    }

    public void setVoter(java.util.function.Supplier<String> voter) {
        this.voter = voter;
    }

    String voter() {
        return voter.get();
    }

    /** Where refused actions are told (a status line or a dialog). */
    public void setOnError(Consumer<String> onError) {
        this.onError = onError;
    }

    public void setOnGroupDoubleClick(Consumer<UUID> c) {
        gestures.setOnGroupDoubleClick(c);
    }

    /** The notes pane in world coordinates (for the board's picture and tests). */
    Pane world() {
        return world;
    }

    public Node nodeOf(UUID noteId) {
        return nodes.get(noteId);
    }

    NoteNode noteNode(UUID noteId) {
        return nodes.get(noteId);
    }

    public double zoom() {
        return viewport.zoom();
    }

    // --- drawing ---

    private void renderAll() {
        notesLayer.getChildren().clear();
        nodes.clear();
        List<Node> list = new ArrayList<>(model.notes().size());
        for (Note n : model.notes()) {
            NoteNode node = new NoteNode(n, presentation);
            node.setMarksShown(marksShown.get());
            refresh(node);
            nodes.put(n.getId(), node);
            list.add(node);
        }
        notesLayer.getChildren().setAll(list);
        drawLanes();
        drawGroupsAndLinks();
        queueCulling();
    }

    private void refresh(NoteNode node) {
        Note n = node.note();
        String laneColour = n.getLaneId() == null ? null : model.lane(n.getLaneId()).map(Lane::getColour).orElse(null);
        node.update(n, laneColour, n.getAuthor() == null ? null : authorColours.get(n.getAuthor()));
        node.setSelected(selection.contains(n.getId()));
        node.setFound(found.contains(n.getId()));
        node.setRegistered(model.issueOf(n.getId()).isPresent());
    }

    /**
     * Redraws what the change touched: its notes' nodes (shown or hidden as the view has them), the lanes' titles
     * and heights, and the islands and links only when it moved one of them. A captured note touches no other note's
     * node; a change of lanes (colours, places) redraws every note.
     */
    private void onChanged(ChangeSet cs) {
        boolean lanesChanged = cs.touches(Lane.class);
        boolean islandsOrLinks = movesIslandsOrLinks(cs);
        List<NoteNode> changed = new ArrayList<>();
        for (Change c : cs.changes()) {
            if (c.after() instanceof Note || c.before() instanceof Note) {
                UUID id = c.id();
                Note live = model.note(id);
                NoteNode node = nodes.get(id);
                if (live == null) {
                    if (node != null) {
                        notesLayer.getChildren().remove(node);
                        nodes.remove(id);
                    }
                    selection.remove(id);
                } else if (node == null) {
                    NoteNode fresh = new NoteNode(live, presentation);
                    fresh.setMarksShown(marksShown.get());
                    nodes.put(id, fresh);
                    notesLayer.getChildren().add(fresh);
                    refresh(fresh);
                    changed.add(fresh);
                } else {
                    refresh(node);
                    changed.add(node);
                }
            } else if (c.after() instanceof jp.banso.domain.CaseIssue || c.before() instanceof jp.banso.domain.CaseIssue) {
                // registered or unregistered: the note's 課題 mark follows
                jp.banso.domain.CaseIssue i = (jp.banso.domain.CaseIssue) (c.after() != null ? c.after() : c.before());
                NoteNode node = i.getNoteId() == null ? null : nodes.get(i.getNoteId());
                if (node != null) {
                    refresh(node);
                }
            }
        }
        drawLanes(); // titles, colours, counts, and heights that follow the notes
        if (lanesChanged) {
            nodes.values().forEach(this::refresh); // lane colours show through notes without their own
            queueCulling();
        } else {
            changed.forEach(this::cull);
        }
        if (islandsOrLinks) {
            drawGroupsAndLinks();
        }
    }

    /** Whether the change touched an island or a link, or a note that is (or was) in an island or at a link's end. */
    private boolean movesIslandsOrLinks(ChangeSet cs) {
        if (cs.touches(NoteGroup.class) || cs.touches(NoteLink.class)) {
            return true;
        }
        Set<UUID> linked = new HashSet<>();
        for (NoteLink l : model.links()) {
            linked.add(l.getFromNoteId());
            linked.add(l.getToNoteId());
        }
        for (Change c : cs.changes()) {
            if (c.before() instanceof Note b && (b.getGroupId() != null || linked.contains(b.getId()))
                    || c.after() instanceof Note a && (a.getGroupId() != null || linked.contains(a.getId()))) {
                return true;
            }
        }
        return false;
    }

    /** Lanes are as tall as their lowest note. */
    private double laneHeight() {
        double height = BoardLayout.minLaneHeight();
        for (Note n : model.notes()) {
            if (n.getLaneId() != null) {
                height = Math.max(height, n.getY() + n.getHeight() + BoardLayout.PAD * 2);
            }
        }
        return height;
    }

    /** A short flash over a lane: the capture bar switched to it (Tab from the last lane lands on the first). */
    public void flashLane(UUID laneId) {
        int index = model.laneIndex(laneId);
        if (index < 0) {
            return;
        }
        world.getChildren().removeIf(n -> n.getStyleClass().contains("lane-flash"));
        Rectangle flash = new Rectangle(BoardLayout.laneX(index), 0, BoardLayout.LANE_WIDTH, laneHeight());
        flash.getStyleClass().add("lane-flash");
        flash.setUserData(laneId);
        flash.setMouseTransparent(true);
        flash.setArcWidth(16);
        flash.setArcHeight(16);
        flash.setFill(Color.web(model.lane(laneId).map(Lane::getColour).orElse("#FFF59D"), 0.45));
        flash.setStroke(Color.web("#0B57D0"));
        flash.setStrokeWidth(8);
        world.getChildren().add(flash);
        javafx.animation.FadeTransition fade = new javafx.animation.FadeTransition(javafx.util.Duration.millis(500), flash);
        fade.setFromValue(1);
        fade.setToValue(0.15);
        fade.setCycleCount(3);
        fade.setAutoReverse(true);
        fade.setOnFinished(e -> world.getChildren().remove(flash));
        fade.play();
    }

    private void drawLanes() {
        lanesLayer.getChildren().clear();
        List<Lane> lanes = model.lanes();
        double height = laneHeight();
        Map<UUID, Integer> counts = new HashMap<>();
        for (Note n : model.notes()) {
            if (n.getLaneId() != null) {
                counts.merge(n.getLaneId(), 1, Integer::sum);
            }
        }
        for (int i = 0; i < lanes.size(); i++) {
            Lane l = lanes.get(i);
            double x = BoardLayout.laneX(i);
            Rectangle bg = new Rectangle(x, 0, BoardLayout.LANE_WIDTH, height);
            Color c = Color.web(l.getColour());
            bg.setFill(presentation ? c.deriveColor(0, 1, 0.35, 1) : c.deriveColor(0, 0.6, 1.05, 0.35));
            bg.setArcWidth(16);
            bg.setArcHeight(16);
            bg.setStroke(presentation ? c : c.darker());
            bg.setStrokeWidth(presentation ? 3 : 1.5);
            Rectangle header = new Rectangle(x, 0, BoardLayout.LANE_WIDTH, BoardLayout.LANE_HEADER - 8);
            header.setFill(c);
            header.setArcWidth(16);
            header.setArcHeight(16);
            Text title = new Text(l.getTitle() + "（" + counts.getOrDefault(l.getId(), 0) + "）");
            title.setFont(Font.font(BoardFonts.FAMILY, FontWeight.BOLD, presentation ? 28 : 22));
            title.setFill(Color.web("#1b1b1b"));
            title.setX(x + 14);
            title.setY(presentation ? 40 : 37);
            Group laneNode = new Group(bg, header, title);
            laneNode.setUserData(l.getId());
            lanesLayer.getChildren().add(laneNode);
        }
    }

    private void drawGroupsAndLinks() {
        groupsLayer.getChildren().clear();
        groupLabelsLayer.getChildren().clear();
        for (NoteGroup g : model.groups()) {
            List<Note> members = model.members(g.getId());
            if (members.isEmpty()) {
                continue;
            }
            groupsLayer.getChildren().add(islandOutline(g.getId(), members));
            groupLabelsLayer.getChildren().add(islandLabel(g, members));
        }
        linksLayer.getChildren().clear();
        for (NoteLink l : model.links()) {
            Note a = model.note(l.getFromNoteId());
            Note b = model.note(l.getToNoteId());
            if (a == null || b == null) {
                continue;
            }
            Line line = new Line(a.centerX(), a.centerY(), b.centerX(), b.centerY());
            line.setStroke(Color.web(l.getKind() == LaneRole.VISION ? "#1A73E8" : "#E8710A"));
            line.setStrokeWidth(presentation ? 5 : 3);
            line.getStrokeDashArray().setAll(12.0, 8.0);
            line.setOpacity(0.8);
            linksLayer.getChildren().add(line);
        }
    }

    /** The island hugs its members: the union of each member with a margin (see {@link BoardLayout#islandParts}). */
    private Node islandOutline(UUID groupId, List<Note> members) {
        javafx.scene.shape.Shape outline = null;
        for (double[] r : BoardLayout.islandParts(members)) {
            Rectangle part = new Rectangle(r[0], r[1], r[2], r[3]);
            part.setArcWidth(24);
            part.setArcHeight(24);
            outline = outline == null ? part : javafx.scene.shape.Shape.union(outline, part);
        }
        outline.setFill(Color.rgb(255, 255, 255, presentation ? 0.12 : 0.55));
        outline.setStroke(Color.web(presentation ? "#FFFFFF" : "#5F6368"));
        outline.setStrokeWidth(2.5);
        outline.getStrokeDashArray().setAll(10.0, 6.0);
        Group island = new Group(outline);
        island.setUserData(groupId);
        island.getStyleClass().add("note-group");
        return island;
    }

    /**
     * The island's name above it, white on a dark tag in both views: readable on any lane colour, on the projector's
     * dark background, and never over a lane's header.
     */
    private Node islandLabel(NoteGroup g, List<Note> members) {
        double[] at = BoardLayout.islandLabelAt(members);
        Text t = new Text("◆ " + g.getTitle());
        t.setFont(Font.font(BoardFonts.FAMILY, FontWeight.BOLD, presentation ? BoardFonts.NOTE_TEXT : 14));
        t.setFill(Color.WHITE);
        t.setTextOrigin(javafx.geometry.VPos.CENTER);
        double width = t.getLayoutBounds().getWidth() + 16;
        Rectangle tag = new Rectangle(at[0], at[1], width, BoardLayout.ISLAND_LABEL_HEIGHT);
        tag.setArcWidth(10);
        tag.setArcHeight(10);
        tag.setFill(Color.web("#263238"));
        tag.setStroke(Color.web(presentation ? "#FFFFFF" : "#263238"));
        t.setX(at[0] + 8);
        t.setY(at[1] + BoardLayout.ISLAND_LABEL_HEIGHT / 2);
        Group label = new Group(tag, t);
        label.setUserData(g.getId());
        label.getStyleClass().add("note-group-label");
        label.setCursor(javafx.scene.Cursor.MOVE);
        return label;
    }

    // --- viewport ---

    public Point2D toWorld(double sx, double sy) {
        return new Point2D(viewport.worldX(sx), viewport.worldY(sy));
    }

    /** The world's transforms follow the viewport; what is drawn follows what is in view. */
    private void viewChanged() {
        zoom.setX(viewport.zoom());
        zoom.setY(viewport.zoom());
        pan.setX(viewport.panX());
        pan.setY(viewport.panY());
        queueCulling();
    }

    /** Zooms keeping the world point under (sx, sy) where it is. */
    public void zoomAt(double factor, double sx, double sy) {
        viewport.zoomAt(factor, sx, sy);
        viewChanged();
    }

    public void panBy(double dx, double dy) {
        viewport.panBy(dx, dy);
        viewChanged();
    }

    /**
     * Everything on the board in view (once the canvas has a size, if it has none yet). On the projector, when all of
     * it would make the text too small to read, the busiest lane instead, from its top.
     */
    public void zoomToFit() {
        if (getWidth() <= 0 || getHeight() <= 0) {
            fitWhenSized = true;
            return;
        }
        BoardViewport.Box all = contentBounds();
        if (presentation && !viewport.fitsWhole(all) && !model.lanes().isEmpty()) {
            zoomToLane(busiestLane());
        } else {
            viewport.fit(all);
            viewChanged();
        }
    }

    /** The lane with the most notes (the first of equals). */
    int busiestLane() {
        List<Lane> lanes = model.lanes();
        int best = 0;
        for (int i = 1; i < lanes.size(); i++) {
            if (model.notesIn(lanes.get(i).getId()).size() > model.notesIn(lanes.get(best).getId()).size()) {
                best = i;
            }
        }
        return best;
    }

    /** One lane filling the view (1, 2, 3… in the projector view). */
    public void zoomToLane(int index) {
        List<Lane> lanes = model.lanes();
        if (index < 0 || index >= lanes.size()) {
            return;
        }
        BoardViewport.Box lane = BoardViewport.lane(index, model.notesIn(lanes.get(index).getId()));
        if (viewport.fitsWhole(lane)) {
            viewport.fit(lane);
        } else {
            viewport.showTop(lane); // too tall to show whole at a readable size: the rest is a pan away
        }
        viewChanged();
    }

    /** Centers a note in view and selects it (search results). */
    public void reveal(UUID noteId) {
        Note n = model.note(noteId);
        if (n == null) {
            return;
        }
        viewport.centerOn(n.centerX(), n.centerY());
        viewChanged();
        selectOnly(noteId);
    }

    BoardViewport.Box contentBounds() {
        return BoardViewport.content(model.lanes().size(), model.notes());
    }

    private void sized() {
        viewport.resize(getWidth(), getHeight());
        if (fitWhenSized && getWidth() > 0 && getHeight() > 0) {
            fitWhenSized = false;
            zoomToFit();
        }
        queueCulling();
    }

    /** Hides notes outside the view: the scene graph then draws only what can be seen. */
    private void queueCulling() {
        if (cullingQueued) {
            return;
        }
        cullingQueued = true;
        Platform.runLater(() -> {
            cullingQueued = false;
            if (getWidth() <= 0) {
                return;
            }
            nodes.values().forEach(this::cull);
        });
    }

    /** A note drawn only when in view (or selected), with its text only when it can be read. */
    private void cull(NoteNode node) {
        if (getWidth() > 0) {
            node.setDetail(viewport.detail());
            node.setVisible(viewport.shows(node.note()) || node.isSelected());
        }
    }

    // --- selection ---

    public void selectOnly(UUID id) {
        setSelection(Set.of(id));
    }

    public void setSelection(Set<UUID> ids) {
        Set<UUID> old = new HashSet<>(selection);
        selection.clear();
        selection.addAll(ids);
        old.addAll(ids);
        for (UUID id : old) {
            NoteNode n = nodes.get(id);
            if (n != null) {
                n.setSelected(selection.contains(id));
            }
        }
    }

    public void selectAll() {
        setSelection(new HashSet<>(nodes.keySet()));
    }

    /** Marks search results. */
    public void highlight(Set<UUID> ids) {
        Set<UUID> old = new HashSet<>(found);
        found.clear();
        found.addAll(ids);
        old.addAll(ids);
        old.forEach(id -> {
            NoteNode n = nodes.get(id);
            if (n != null) {
                n.setFound(found.contains(id));
            }
        });
    }

    // --- wiring for the gestures ---

    /** Whether {@code n} is an island's outline or name tag (its user data is the group's id). */
    boolean isIsland(Node n) {
        return n.getParent() == groupsLayer || n.getParent() == groupLabelsLayer;
    }

    /** The outline and name tag of island {@code groupId} (moved along while it is dragged). */
    Stream<Node> islandShapes(UUID groupId) {
        return Stream.concat(groupsLayer.getChildren().stream(), groupLabelsLayer.getChildren().stream())
                .filter(n -> groupId.equals(n.getUserData()));
    }

    /** Islands and links drawn anew, and the given notes back where the model has them (after an island's move). */
    void redrawIslands(Collection<UUID> noteIds) {
        drawGroupsAndLinks();
        noteIds.forEach(id -> refresh(nodes.get(id)));
    }

    /** Runs a model action; a refusal is told, never thrown at the user. */
    void act(Runnable r) {
        try {
            r.run();
        } catch (BoardException ex) {
            onError.accept(ex.getMessage());
        }
    }

    // --- editing in place ---

    public void startEditing(UUID id) {
        editor.start(id);
    }

    public boolean isEditing() {
        return editor.isOpen();
    }

    void commitEditing() {
        editor.commit();
    }

    @Override
    protected void layoutChildren() {
        // world and rubber band are unmanaged: positions come from the view transform and the gesture
    }
}
