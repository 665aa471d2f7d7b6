package jp.banso.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import jp.banso.store.Store;

/**
 * Board pictures drawn by the painter passed in ({@link BoardImages#drawnBy}) and encoded as PNG: on the export thread
 * that asks, or ahead on a thread of their own for the boards an export announced ({@link #prepare}).
 */
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

    /** Pictures being made ahead ({@link #prepare}), by board. */
    private final Map<UUID, CompletableFuture<byte[]>> ahead = new ConcurrentHashMap<>();

    @Override
    public void prepare(Store store, List<UUID> boardIds) {
        ExecutorService drawing = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "banso-board-pictures");
            t.setDaemon(true);
            return t;
        });
        try {
            for (UUID id : boardIds) {
                ahead.computeIfAbsent(id, k -> CompletableFuture.supplyAsync(() -> made(store, k), drawing));
            }
        } finally {
            drawing.shutdown(); // its thread ends when the pictures are made
        }
    }

    @Override
    public byte[] png(Store store, UUID boardId) {
        CompletableFuture<byte[]> made = ahead.get(boardId);
        if (made == null) {
            return made(store, boardId);
        }
        try {
            return made.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // the ReportException the export thread would have met drawing it itself
            }
            throw e;
        }
    }

    private byte[] made(Store store, UUID boardId) {
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
