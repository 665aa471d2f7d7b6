package jp.banso.report;

import jp.banso.domain.Speaker;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import jp.banso.board.BoardImage;
import jp.banso.board.BoardModel;
import jp.banso.store.BoardRepository;
import jp.banso.store.Store;

/**
 * Board pictures drawn by the board's own renderer ({@link BoardImage}) on the FX thread; the board is read and the
 * PNG encoded on the calling (export) thread, so the FX thread is busy only for the drawing itself.
 */
public final class FxBoardImages implements BoardImages {
    /** Longest side in pixels: sharp on an A4 page, small and quick to encode. */
    static final double MAX_SIDE = 2000;

    @Override
    public byte[] png(Store store, UUID boardId) {
        BoardModel model = new BoardModel(store.boards(), boardId);
        Map<String, String> colours = store.boards().authors().stream()
                .collect(Collectors.toMap(Speaker::name, Speaker::colour, (a, b) -> a));
        WritableImage image = onFx(() -> BoardImage.render(model, colours, MAX_SIDE));
        return encode(SwingFXUtils.fromFXImage(image, null));
    }

    @Override
    public String unavailableReason() {
        return null;
    }

    private static <T> T onFx(java.util.function.Supplier<T> work) {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportException("ボードの画像の作成が中断されました", e);
        } catch (ExecutionException | TimeoutException e) {
            throw ReportException.logged("ボードの画像を作成できませんでした。もう一度出力してください", e);
        }
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

    /**
     * Board pictures for a program without a window (the command line): starts JavaFX if it can. Returns
     * {@link BoardImages#NONE} when JavaFX cannot start here (no display); {@code started[0]} tells whether this call
     * started the toolkit (and so should stop it with {@link Platform#exit()} at the end).
     */
    public static BoardImages startToolkit(boolean[] started) {
        started[0] = false;
        CompletableFuture<Void> up = new CompletableFuture<>();
        try {
            Platform.startup(() -> up.complete(null));
            up.get(20, TimeUnit.SECONDS);
            Platform.setImplicitExit(false);
            started[0] = true;
            return new FxBoardImages();
        } catch (IllegalStateException alreadyRunning) {
            return new FxBoardImages(); // the toolkit runs already (tests, or the app)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NONE;
        } catch (RuntimeException | ExecutionException | TimeoutException | Error e) {
            return NONE;
        }
    }
}
