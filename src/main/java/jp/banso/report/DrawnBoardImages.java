package jp.banso.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import jp.banso.store.Store;

/** Board pictures drawn by the painter passed in ({@link BoardImages#drawnBy}), encoded as PNG on the export thread. */
final class DrawnBoardImages implements BoardImages {
    /** Longest side in pixels: sharp on an A4 page, small and quick to encode. */
    static final double MAX_SIDE = 2000;

    /** Pictures kept for boards that do not change: a few dozen boards of a session, about 0.5 MB each. */
    private static final int KEPT = 24;
    /** PNG by board and revision, the least recently used dropped first. */
    private static final Map<String, byte[]> DRAWN = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEPT;
        }
    };

    private final Painter painter;
    private final Revisions revisions;

    /** {@code revisions} null: every picture is drawn. */
    DrawnBoardImages(Painter painter, Revisions revisions) {
        this.painter = painter;
        this.revisions = revisions;
    }

    @Override
    public byte[] png(Store store, UUID boardId) {
        if (revisions == null) {
            return draw(store, boardId);
        }
        String key;
        try {
            key = boardId + "@" + revisions.of(store, boardId);
        } catch (IllegalStateException e) {
            throw new ReportException(e.getMessage(), e);
        }
        synchronized (DRAWN) {
            byte[] kept = DRAWN.get(key);
            if (kept != null) {
                return kept;
            }
        }
        byte[] png = draw(store, boardId);
        synchronized (DRAWN) {
            DRAWN.put(key, png);
        }
        return png;
    }

    private byte[] draw(Store store, UUID boardId) {
        BufferedImage image;
        try {
            image = painter.draw(store, boardId, MAX_SIDE);
        } catch (IllegalStateException e) {
            throw new ReportException(e.getMessage(), e); // the painter's message is for the user, its cause logged
        }
        return encode(image);
    }

    @Override
    public String unavailableReason() {
        return null;
    }

    /** PNG with light compression: several times faster than the default, a little larger. */
    static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam p = writer.getDefaultWriteParam();
            if (p.canWriteCompressed()) {
                p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                p.setCompressionQuality(0.75f);
            }
            writer.write(null, new IIOImage(image, null, null), p);
        } catch (IOException e) {
            throw ReportException.logged("ボードの画像を保存できませんでした。もう一度出力してください", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
