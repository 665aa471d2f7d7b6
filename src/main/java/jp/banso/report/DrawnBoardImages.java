package jp.banso.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

    private final Painter painter;

    DrawnBoardImages(Painter painter) {
        this.painter = painter;
    }

    @Override
    public byte[] png(Store store, UUID boardId) {
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
