package jp.banso.roadmap;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import jp.banso.ui.PngFiles;

/** The whole timeline as a PNG at twice the screen size, sharp when printed. Runs on the FX thread. */
public final class RoadmapImage {
    static final double SCALE = 2;

    private RoadmapImage() {
    }

    public static WritableImage render(TimelineView timeline) {
        Region sheet = timeline.sheetForExport();
        try {
            sheet.applyCss();
            sheet.layout();
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.WHITE);
            p.setTransform(Transform.scale(SCALE, SCALE));
            return sheet.snapshot(p, null);
        } finally {
            timeline.afterExport();
        }
    }

    public static void write(TimelineView timeline, Path file) throws IOException {
        PngFiles.write(render(timeline), file);
    }
}
