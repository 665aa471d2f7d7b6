package jp.banso.board;

import java.util.Collection;
import jp.banso.domain.Note;

/**
 * Which part of the board a canvas shows: a zoom and a pan (screen = world × zoom + pan), kept within the zoom
 * limits, and the framing of the whole board, one lane or one note. Plain arithmetic: the canvas applies the result
 * to its transforms and asks here which notes are in view (only those are drawn).
 */
final class BoardViewport {
    static final double MIN_ZOOM = 0.08;
    static final double MAX_ZOOM = 4;
    /** Below this zoom notes are drawn as coloured cards without text. */
    static final double DETAIL_ZOOM = 0.3;
    /** Notes this far (screen pixels) outside the view are drawn too, so panning shows no empty edge. */
    static final double CULL_MARGIN = 50;
    /** The size assumed for framing before the canvas is laid out. */
    static final double DEFAULT_WIDTH = 1200;
    static final double DEFAULT_HEIGHT = 800;

    /** A rectangle on the board (world units). */
    record Box(double x, double y, double width, double height) {
        double centerX() {
            return x + width / 2;
        }
    }

    private final double minZoom;
    private double zoom = 1;
    private double panX;
    private double panY;
    private double width;
    private double height;

    BoardViewport(double minZoom) {
        this.minZoom = minZoom;
    }

    double minZoom() {
        return minZoom;
    }

    double zoom() {
        return zoom;
    }

    double panX() {
        return panX;
    }

    double panY() {
        return panY;
    }

    /** The canvas's size on screen. */
    void resize(double width, double height) {
        this.width = width;
        this.height = height;
    }

    double worldX(double screenX) {
        return (screenX - panX) / zoom;
    }

    double worldY(double screenY) {
        return (screenY - panY) / zoom;
    }

    /** Notes are drawn with their text at this zoom, as plain cards below it. */
    boolean detail() {
        return zoom >= DETAIL_ZOOM;
    }

    void set(double zoom, double panX, double panY) {
        this.zoom = clamp(zoom);
        this.panX = panX;
        this.panY = panY;
    }

    /** Zooms keeping the world point under (sx, sy) where it is. */
    void zoomAt(double factor, double sx, double sy) {
        double wx = worldX(sx);
        double wy = worldY(sy);
        double z = clamp(zoom * factor);
        set(z, sx - wx * z, sy - wy * z);
    }

    void panBy(double dx, double dy) {
        set(zoom, panX + dx, panY + dy);
    }

    /** The zoom at which {@code b} just fits the view (limits not applied). */
    double fitZoom(Box b) {
        return Math.min(viewWidth() / b.width(), viewHeight() / b.height());
    }

    /** Whether {@code b} fits the view whole at the least zoom or larger. */
    boolean fitsWhole(Box b) {
        return fitZoom(b) >= minZoom;
    }

    /** {@code b} as large as it fits, centred. */
    void fit(Box b) {
        double z = clamp(fitZoom(b));
        set(z, (viewWidth() - b.width() * z) / 2 - b.x() * z, (viewHeight() - b.height() * z) / 2 - b.y() * z);
    }

    /** The top of {@code b} at the least zoom, centred across: for what is too tall to show whole at a readable size. */
    void showTop(Box b) {
        set(minZoom, viewWidth() / 2 - b.centerX() * minZoom, -b.y() * minZoom + 8);
    }

    /** The world point (x, y) in the middle of the view, zoomed in to at least 0.8. */
    void centerOn(double x, double y) {
        double z = Math.max(zoom, 0.8);
        set(z, width / 2 - x * z, height / 2 - y * z);
    }

    /** Whether any part of the note is in view (with {@link #CULL_MARGIN}). */
    boolean shows(Note n) {
        double left = worldX(-CULL_MARGIN);
        double top = worldY(-CULL_MARGIN);
        double right = worldX(width + CULL_MARGIN);
        double bottom = worldY(height + CULL_MARGIN);
        return n.getX() + n.getWidth() >= left && n.getX() <= right && n.getY() + n.getHeight() >= top && n.getY() <= bottom;
    }

    /** Everything on the board: the lanes (at least an empty lane's height) and every note, with a margin. */
    static Box content(int laneCount, Collection<Note> notes) {
        double minX = 0;
        double minY = 0;
        double maxX = Math.max(BoardLayout.laneX(laneCount) - BoardLayout.LANE_GAP, 600);
        double maxY = laneCount == 0 ? 400 : BoardLayout.minLaneHeight();
        for (Note n : notes) {
            minX = Math.min(minX, n.getX());
            minY = Math.min(minY, n.getY());
            maxX = Math.max(maxX, n.getX() + n.getWidth());
            maxY = Math.max(maxY, n.getY() + n.getHeight());
        }
        return new Box(minX - 20, minY - 40, maxX - minX + 40, maxY - minY + 60);
    }

    /** Lane {@code index} down to its lowest note (at least its header and some room). */
    static Box lane(int index, Collection<Note> notesInLane) {
        double bottom = BoardLayout.LANE_HEADER + 200;
        for (Note n : notesInLane) {
            bottom = Math.max(bottom, n.getY() + n.getHeight() + BoardLayout.PAD);
        }
        return new Box(BoardLayout.laneX(index), 0, BoardLayout.LANE_WIDTH, bottom);
    }

    private double clamp(double z) {
        return Math.max(minZoom, Math.min(MAX_ZOOM, z));
    }

    private double viewWidth() {
        return width > 0 ? width : DEFAULT_WIDTH;
    }

    private double viewHeight() {
        return height > 0 ? height : DEFAULT_HEIGHT;
    }
}
