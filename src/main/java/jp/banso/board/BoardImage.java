package jp.banso.board;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/** The whole board as a high-resolution PNG, for hand-outs and the Excel export. Runs on the FX thread. */
public final class BoardImage {
    /** Pixels per board unit: twice the screen size, sharp when printed. */
    public static final double SCALE = 2;
    /** Longest side in pixels; a huge board is scaled down to stay printable (and within memory). */
    static final double MAX_SIDE = 12_000;

    private BoardImage() {
    }

    public static WritableImage render(BoardModel model, Map<String, String> authorColours) {
        return render(model, authorColours, MAX_SIDE);
    }

    /** The board with its longest side at most {@code maxSide} pixels (the Excel hand-out needs less than a PNG file). */
    public static WritableImage render(BoardModel model, Map<String, String> authorColours, double maxSide) {
        BoardCanvas canvas = new BoardCanvas(model, false);
        try {
            canvas.setAuthorColours(authorColours);
            canvas.world().lookupAll("*").forEach(n -> {
                if (n instanceof NoteNode note) {
                    note.setVisible(true); // culling and level of detail apply to the screen, not to the export
                    note.setDetail(true);
                }
            });
            Bounds b = canvas.contentBounds();
            double scale = Math.min(SCALE, maxSide / Math.max(b.getWidth(), b.getHeight()));
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.WHITE);
            p.setTransform(Transform.scale(scale, scale));
            p.setViewport(new Rectangle2D(b.getMinX() * scale, b.getMinY() * scale, b.getWidth() * scale, b.getHeight() * scale));
            return canvas.world().snapshot(p, null);
        } finally {
            canvas.dispose();
        }
    }

    public static void write(BoardModel model, Map<String, String> authorColours, Path file) throws IOException {
        jp.banso.ui.PngFiles.write(render(model, authorColours), file);
    }
}
