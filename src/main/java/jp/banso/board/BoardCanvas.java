package jp.banso.board;

import jp.banso.domain.NoteLink;
import jp.banso.domain.NoteGroup;
import jp.banso.domain.Note;
import jp.banso.domain.LaneRole;
import jp.banso.domain.Lane;
import jp.banso.domain.ChangeSet;
import jp.banso.domain.Change;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
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

/**
 * The board drawn on an infinite canvas: lanes as columns, groups drawn around their notes, 課題 links as lines,
 * and the notes. Click selects, Shift/Ctrl-click adds, dragging empty space draws a rubber band, dragging notes moves
 * them (saved on release), double-click edits in place, the wheel pans and Ctrl+wheel zooms.
 * The same class draws the projector view (larger, high contrast) and the PNG export.
 */
public final class BoardCanvas extends Region {
    private static final double MIN_ZOOM = 0.08;
    private static final double MAX_ZOOM = 4;
    /** Below this zoom notes are drawn as coloured cards without text. */
    static final double DETAIL_ZOOM = 0.3;

    private final BoardModel model;
    private final boolean presentation;
    private final Pane world = new Pane();
    private final Group lanesLayer = new Group();
    private final Group groupsLayer = new Group();
    private final Group linksLayer = new Group();
    private final Pane notesLayer = new Pane();
    /** Islands' name tags, above the notes so no note hides them. */
    private final Group groupLabelsLayer = new Group();
    private final Translate pan = new Translate();
    private final Scale zoom = new Scale(1, 1);
    private final Map<UUID, NoteNode> nodes = new HashMap<>();
    private final ObservableSet<UUID> selection = FXCollections.observableSet(new HashSet<>());
    private final Set<UUID> found = new HashSet<>();
    private final Rectangle rubberBand = new Rectangle();
    private final BooleanProperty voteMode = new SimpleBooleanProperty(false);
    /** Selection outlines and 課題 link lines: always in the normal view; on the projector only when asked. */
    private final BooleanProperty marksShown = new SimpleBooleanProperty(true);
    /** The least zoom: on the projector, the one that keeps note text readable from the back of the room. */
    private final double minZoom;
    private final BoardModel.Listener listener = this::onChanged;
    private Map<String, String> authorColours = Map.of();
    private Consumer<String> onError = m -> { };
    /** Who votes with a click in vote mode while a voting round is open (the capture bar's speaker). */
    private java.util.function.Supplier<String> voter = () -> null;
    private boolean cullingQueued;

    // gesture state
    private Point2D pressWorld;
    private Point2D pressScreen;
    private Map<UUID, Point2D> dragStart;
    private boolean dragged;
    private boolean panning;
    private boolean rubber;
    private TextArea editor;
    private UUID clickedInSelection;
    private UUID resizing;
    private UUID draggedGroup;
    private static final double RESIZE_CORNER = 18;

    public BoardCanvas(BoardModel model, boolean presentation) {
        this.model = model;
        this.presentation = presentation;
        this.minZoom = presentation ? BoardFonts.presentationMinZoom() : MIN_ZOOM;
        marksShown.set(!presentation);
        linksLayer.visibleProperty().bind(marksShown);
        marksShown.addListener((o, a, b) -> nodes.values().forEach(n -> n.setMarksShown(b)));
        getStyleClass().add(presentation ? "board-canvas-presentation" : "board-canvas");
        setFocusTraversable(true);
        notesLayer.setManaged(false);
        world.setManaged(false);
        world.getChildren().addAll(lanesLayer, groupsLayer, linksLayer, notesLayer, groupLabelsLayer);
        world.getTransforms().addAll(pan, zoom);
        rubberBand.setManaged(false);
        rubberBand.setFill(Color.rgb(11, 87, 208, 0.12));
        rubberBand.setStroke(Color.web("#0B57D0"));
        rubberBand.getStrokeDashArray().setAll(6.0, 4.0);
        rubberBand.setVisible(false);
        getChildren().addAll(world, rubberBand);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        renderAll();
        model.addListener(listener);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            NoteNode hit = noteAt(e);
            setCursor(hit != null && onResizeCorner(hit.note(), toWorld(e.getX(), e.getY())) ? javafx.scene.Cursor.SE_RESIZE : null);
        });
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
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
        return minZoom;
    }

    public void setAuthorColours(Map<String, String> colours) {
        this.authorColours = Map.copyOf(colours);
        nodes.values().forEach(this::refresh);
    }

    public void setVoter(java.util.function.Supplier<String> voter) {
        this.voter = voter;
    }

    /** Where refused actions are told (a status line or a dialog). */
    public void setOnError(Consumer<String> onError) {
        this.onError = onError;
    }

    /** The notes pane in world coordinates (for the PNG export and tests). */
    Pane world() {
        return world;
    }

    public Node nodeOf(UUID noteId) {
        return nodes.get(noteId);
    }

    public double zoom() {
        return zoom.getX();
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

    private void onChanged(ChangeSet cs) {
        boolean lanesChanged = cs.touches(Lane.class);
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
                } else {
                    refresh(node);
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
        }
        drawGroupsAndLinks();
        queueCulling();
    }

    /** Lanes are as tall as their lowest note. */
    private double laneHeight() {
        double height = minLaneHeight();
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
            Text title = new Text(l.getTitle() + "（" + model.notesIn(l.getId()).size() + "）");
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
        return new Point2D((sx - pan.getX()) / zoom.getX(), (sy - pan.getY()) / zoom.getY());
    }

    private void setView(double z, double px, double py) {
        double clamped = Math.max(minZoom, Math.min(MAX_ZOOM, z));
        zoom.setX(clamped);
        zoom.setY(clamped);
        pan.setX(px);
        pan.setY(py);
        queueCulling();
    }

    /** Zooms keeping the world point under (sx, sy) where it is. */
    public void zoomAt(double factor, double sx, double sy) {
        Point2D w = toWorld(sx, sy);
        double z = Math.max(minZoom, Math.min(MAX_ZOOM, zoom.getX() * factor));
        setView(z, sx - w.getX() * z, sy - w.getY() * z);
    }

    public void panBy(double dx, double dy) {
        setView(zoom.getX(), pan.getX() + dx, pan.getY() + dy);
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
        Bounds all = contentBounds();
        if (presentation && fitZoom(all) < minZoom && !model.lanes().isEmpty()) {
            zoomToLane(busiestLane());
        } else {
            fit(all);
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

    private boolean fitWhenSized;

    /** One lane filling the view (1, 2, 3… in the projector view). */
    public void zoomToLane(int index) {
        List<Lane> lanes = model.lanes();
        if (index < 0 || index >= lanes.size()) {
            return;
        }
        double bottom = BoardLayout.LANE_HEADER + 200;
        for (Note n : model.notesIn(lanes.get(index).getId())) {
            bottom = Math.max(bottom, n.getY() + n.getHeight() + BoardLayout.PAD);
        }
        Bounds lane = new BoundingBox(BoardLayout.laneX(index), 0, BoardLayout.LANE_WIDTH, bottom);
        if (fitZoom(lane) < minZoom) {
            // too tall to show whole at a readable size: its top, centred, and the rest a pan away
            double w = getWidth() > 0 ? getWidth() : 1200;
            setView(minZoom, w / 2 - lane.getCenterX() * minZoom, -lane.getMinY() * minZoom + 8);
        } else {
            fit(lane);
        }
    }

    /** Centers a note in view and selects it (search results). */
    public void reveal(UUID noteId) {
        Note n = model.note(noteId);
        if (n == null) {
            return;
        }
        double z = Math.max(zoom.getX(), 0.8);
        setView(z, getWidth() / 2 - n.centerX() * z, getHeight() / 2 - n.centerY() * z);
        selectOnly(noteId);
    }

    /** Room for three rows of notes: an empty lane still reads as a place to put them. */
    private static double minLaneHeight() {
        return BoardLayout.LANE_HEADER + BoardLayout.PAD * 2 + 3 * (BoardLayout.NOTE_HEIGHT + BoardLayout.SLOT_GAP);
    }

    Bounds contentBounds() {
        double minX = 0, minY = 0, maxX = Math.max(BoardLayout.laneX(model.lanes().size()) - BoardLayout.LANE_GAP, 600);
        double maxY = model.lanes().isEmpty() ? 400 : minLaneHeight();
        for (Note n : model.notes()) {
            minX = Math.min(minX, n.getX());
            minY = Math.min(minY, n.getY());
            maxX = Math.max(maxX, n.getX() + n.getWidth());
            maxY = Math.max(maxY, n.getY() + n.getHeight());
        }
        return new BoundingBox(minX - 20, minY - 40, maxX - minX + 40, maxY - minY + 60);
    }

    private double fitZoom(Bounds b) {
        double w = getWidth() > 0 ? getWidth() : 1200;
        double h = getHeight() > 0 ? getHeight() : 800;
        return Math.min(w / b.getWidth(), h / b.getHeight());
    }

    private void fit(Bounds b) {
        double w = getWidth() > 0 ? getWidth() : 1200;
        double h = getHeight() > 0 ? getHeight() : 800;
        double z = Math.max(minZoom, Math.min(MAX_ZOOM, fitZoom(b)));
        setView(z, (w - b.getWidth() * z) / 2 - b.getMinX() * z, (h - b.getHeight() * z) / 2 - b.getMinY() * z);
    }

    private void sized() {
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
            Point2D a = toWorld(-50, -50);
            Point2D b = toWorld(getWidth() + 50, getHeight() + 50);
            boolean detail = zoom.getX() >= DETAIL_ZOOM;
            for (NoteNode node : nodes.values()) {
                node.setDetail(detail);
                Note n = node.note();
                boolean inView = n.getX() + n.getWidth() >= a.getX() && n.getX() <= b.getX()
                        && n.getY() + n.getHeight() >= a.getY() && n.getY() <= b.getY();
                node.setVisible(inView || node.isSelected());
            }
        });
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

    // --- gestures ---

    private NoteNode noteAt(MouseEvent e) {
        Node n = e.getPickResult().getIntersectedNode();
        while (n != null && n != this) {
            if (n instanceof NoteNode nn) {
                return nn;
            }
            n = n.getParent();
        }
        return null;
    }

    private UUID groupAt(MouseEvent e) {
        Node n = e.getPickResult().getIntersectedNode();
        while (n != null && n != this) {
            if ((n.getParent() == groupsLayer || n.getParent() == groupLabelsLayer) && n.getUserData() instanceof UUID id) {
                return id;
            }
            n = n.getParent();
        }
        return null;
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (editor != null) {
            commitEditor();
        }
        pressScreen = new Point2D(e.getX(), e.getY());
        pressWorld = toWorld(e.getX(), e.getY());
        dragged = false;
        clickedInSelection = null;
        NoteNode hit = noteAt(e);
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && hit == null && e.isAltDown())) {
            panning = true;
            return;
        }
        if (voteMode.get() && hit != null) {
            act(() -> model.vote(hit.note().getId(), e.getButton() == MouseButton.SECONDARY || e.isShiftDown() ? -1 : 1, voter.get()));
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (hit != null && onResizeCorner(hit.note(), pressWorld)) {
            resizing = hit.note().getId();
            selectOnly(resizing);
            return;
        }
        if (hit != null) {
            UUID id = hit.note().getId();
            if (e.isShiftDown() || e.isShortcutDown()) {
                Set<UUID> s = new HashSet<>(selection);
                if (!s.remove(id)) {
                    s.add(id);
                }
                setSelection(s);
            } else if (!selection.contains(id)) {
                selectOnly(id);
            } else {
                clickedInSelection = id; // a plain click on a selected note: it alone stays selected, unless this becomes a drag
            }
            if (e.getClickCount() == 2) {
                startEditing(id);
                return;
            }
            dragStart = new HashMap<>();
            for (UUID s : selection) {
                Note n = model.note(s);
                if (n != null) {
                    dragStart.put(s, new Point2D(n.getX(), n.getY()));
                }
            }
            return;
        }
        UUID group = groupAt(e);
        if (group != null) {
            setSelection(new HashSet<>(model.members(group).stream().map(Note::getId).toList()));
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
            setSelection(Set.of());
        }
        rubber = true;
        rubberBand.setX(e.getX());
        rubberBand.setY(e.getY());
        rubberBand.setWidth(0);
        rubberBand.setHeight(0);
        rubberBand.setVisible(true);
    }

    private Consumer<UUID> onGroupDoubleClick = id -> { };

    public void setOnGroupDoubleClick(Consumer<UUID> c) {
        this.onGroupDoubleClick = c;
    }

    private boolean onResizeCorner(Note n, Point2D world) {
        double slack = RESIZE_CORNER / Math.max(zoom.getX(), 0.3);
        return world.getX() >= n.getX() + n.getWidth() - slack && world.getY() >= n.getY() + n.getHeight() - slack;
    }

    private void dragged(MouseEvent e) {
        if (resizing != null) {
            Note n = model.note(resizing);
            Point2D now = toWorld(e.getX(), e.getY());
            nodes.get(resizing).resize(Math.max(120, now.getX() - n.getX()), Math.max(72, now.getY() - n.getY()));
            dragged = true;
            return;
        }
        if (panning) {
            panBy(e.getX() - pressScreen.getX(), e.getY() - pressScreen.getY());
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
        Point2D now = toWorld(e.getX(), e.getY());
        double dx = now.getX() - pressWorld.getX();
        double dy = now.getY() - pressWorld.getY();
        if (!dragged && Math.hypot(e.getX() - pressScreen.getX(), e.getY() - pressScreen.getY()) < 3) {
            return; // a click, not a drag
        }
        if (!dragged) {
            dragged = true;
            dragStart.keySet().forEach(id -> {
                NoteNode n = nodes.get(id);
                n.setDragging(true);
                n.toFront();
            });
        }
        dragStart.forEach((id, p) -> nodes.get(id).relocate(p.getX() + dx, p.getY() + dy));
        if (draggedGroup != null) {
            for (Group layer : List.of(groupsLayer, groupLabelsLayer)) {
                layer.getChildren().stream().filter(n -> draggedGroup.equals(n.getUserData())).forEach(n -> {
                    n.setTranslateX(dx);
                    n.setTranslateY(dy);
                });
            }
        }
    }

    private void released(MouseEvent e) {
        if (resizing != null) {
            UUID id = resizing;
            resizing = null;
            NoteNode node = nodes.get(id);
            if (dragged) {
                act(() -> model.resize(id, node.getWidth(), node.getHeight()));
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
            Point2D a = toWorld(rubberBand.getX(), rubberBand.getY());
            Point2D b = toWorld(rubberBand.getX() + rubberBand.getWidth(), rubberBand.getY() + rubberBand.getHeight());
            if (rubberBand.getWidth() > 3 || rubberBand.getHeight() > 3) {
                Set<UUID> s = new HashSet<>(selection);
                for (Note n : model.notes()) {
                    if (n.getX() < b.getX() && n.getX() + n.getWidth() > a.getX() && n.getY() < b.getY() && n.getY() + n.getHeight() > a.getY()) {
                        s.add(n.getId());
                    }
                }
                setSelection(s);
            }
            return;
        }
        if (dragStart != null && dragged) {
            Map<UUID, double[]> positions = new HashMap<>();
            dragStart.keySet().forEach(id -> {
                NoteNode n = nodes.get(id);
                n.setDragging(false);
                positions.put(id, new double[] {n.getLayoutX(), n.getLayoutY()});
            });
            if (draggedGroup != null) {
                UUID g = draggedGroup;
                Point2D now = toWorld(e.getX(), e.getY());
                act(() -> model.moveGroup(g, now.getX() - pressWorld.getX(), now.getY() - pressWorld.getY()));
                drawGroupsAndLinks(); // also when the move was refused: the island goes back
                dragStart.keySet().forEach(id -> refresh(nodes.get(id)));
            } else {
                act(() -> model.move(positions));
            }
        }
        draggedGroup = null;
        if (clickedInSelection != null && !dragged) {
            selectOnly(clickedInSelection);
        }
        clickedInSelection = null;
        dragStart = null;
        dragged = false;
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown() || e.isControlDown()) {
            zoomAt(e.getDeltaY() > 0 ? 1.12 : 1 / 1.12, e.getX(), e.getY());
        } else {
            panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (editor != null) {
            return;
        }
        double step = e.isShiftDown() ? 50 : 10;
        KeyCode k = e.getCode();
        if (k.isArrowKey()) {
            double dx = k == KeyCode.LEFT ? -step : k == KeyCode.RIGHT ? step : 0;
            double dy = k == KeyCode.UP ? -step : k == KeyCode.DOWN ? step : 0;
            if (selection.isEmpty()) {
                panBy(-dx * 4, -dy * 4);
            } else {
                Map<UUID, double[]> positions = new HashMap<>();
                selection.forEach(id -> {
                    Note n = model.note(id);
                    positions.put(id, new double[] {n.getX() + dx, n.getY() + dy});
                });
                act(() -> model.move(positions));
            }
            e.consume();
        } else if ((k == KeyCode.DELETE || k == KeyCode.BACK_SPACE) && !selection.isEmpty()) {
            act(() -> model.delete(Set.copyOf(selection)));
            e.consume();
        } else if (k == KeyCode.A && e.isShortcutDown()) {
            selectAll();
            e.consume();
        } else if (k == KeyCode.ENTER && selection.size() == 1) {
            startEditing(selection.iterator().next());
            e.consume();
        } else if (k == KeyCode.ESCAPE && !selection.isEmpty()) {
            setSelection(Set.of());
            e.consume();
        } else if (k == KeyCode.F && !e.isShortcutDown()) {
            zoomToFit();
            e.consume();
        } else if (k == KeyCode.PLUS || k == KeyCode.ADD || k == KeyCode.EQUALS) {
            zoomAt(1.2, getWidth() / 2, getHeight() / 2);
            e.consume();
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
            zoomAt(1 / 1.2, getWidth() / 2, getHeight() / 2);
            e.consume();
        } else if (k.isDigitKey() && !e.isShortcutDown() && k != KeyCode.DIGIT0 && k != KeyCode.NUMPAD0) {
            zoomToLane(Integer.parseInt(e.getText().isEmpty() ? "0" : e.getText().substring(0, 1)) - 1);
            e.consume();
        }
    }

    /** Runs a model action; a refusal is told, never thrown at the user. */
    private void act(Runnable r) {
        try {
            r.run();
        } catch (BoardException ex) {
            onError.accept(ex.getMessage());
        }
    }

    // --- editing in place ---

    public void startEditing(UUID id) {
        Note n = model.note(id);
        if (n == null) {
            return;
        }
        TextArea area = new TextArea(n.getText());
        area.setWrapText(true);
        area.setManaged(false);
        area.getStyleClass().add("note-editor");
        area.resizeRelocate(n.getX() - 4, n.getY() - 4, Math.max(n.getWidth() + 8, 260), Math.max(n.getHeight() + 8, 140));
        area.setUserData(id);
        area.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ENTER && !k.isShiftDown()) {
                commitEditor();
                k.consume();
            } else if (k.getCode() == KeyCode.ESCAPE) {
                closeEditor();
                k.consume();
            }
        });
        area.focusedProperty().addListener((o, was, is) -> {
            if (!is && editor == area) {
                commitEditor();
            }
        });
        notesLayer.getChildren().add(area);
        editor = area;
        area.requestFocus();
        area.selectAll();
    }

    public boolean isEditing() {
        return editor != null;
    }

    private void commitEditor() {
        TextArea area = editor;
        if (area == null) {
            return;
        }
        UUID id = (UUID) area.getUserData();
        String text = area.getText();
        try {
            model.editText(id, text);
            closeEditor();
        } catch (BoardException ex) {
            onError.accept(ex.getMessage()); // the editor stays open with the text, nothing is lost
        }
    }

    private void closeEditor() {
        TextArea area = editor;
        editor = null;
        if (area != null) {
            notesLayer.getChildren().remove(area);
            requestFocus();
        }
    }

    @Override
    protected void layoutChildren() {
        // world and rubber band are unmanaged: positions come from the view transform and the gesture
    }
}
