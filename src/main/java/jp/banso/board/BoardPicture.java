package jp.banso.board;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import com.fasterxml.jackson.core.JsonProcessingException;
import jp.banso.domain.Board;
import jp.banso.domain.Speaker;
import jp.banso.store.BoardRepository;
import jp.banso.store.EntityJson;
import jp.banso.store.Store;

/**
 * The whole board as a picture, drawn by the board's own canvas. {@link #render} is the one way code outside the
 * board screens (the hand-outs, the command line) draws a board: {@code report} gets it passed in as a painter and
 * so knows no JavaFX. The board's own PNG export ({@link #write}) draws the same picture larger.
 */
public final class BoardPicture {
    /** Pixels per board unit: twice the screen size, sharp when printed. */
    public static final double SCALE = 2;
    /** Longest side in pixels; a huge board is scaled down to stay printable (and within memory). */
    static final double MAX_SIDE = 12_000;
    private static final Logger LOG = Logger.getLogger(BoardPicture.class.getName());

    private BoardPicture() {
    }

    /**
     * The board {@code boardId} with its longest side at most {@code maxSide} pixels. Callable from any thread: the
     * board is read and the picture converted on the calling thread, so the FX thread is busy only for the drawing.
     *
     * @throws IllegalStateException with a message for the user (Japanese) when the drawing failed or was interrupted
     */
    public static BufferedImage render(Store store, UUID boardId, double maxSide) {
        BoardModel model = new BoardModel(store.boards(), boardId);
        Map<String, String> colours = store.boards().authors().stream()
                .collect(Collectors.toMap(Speaker::name, Speaker::colour, (a, b) -> a));
        WritableImage drawn = onFx(() -> snapshot(model, colours, maxSide));
        // opaque (white behind the board): RGB, which encodes as PNG in about half the time of the snapshot's own
        // premultiplied ARGB (no alpha channel to undo and write), the same pixels
        BufferedImage rgb = new BufferedImage((int) drawn.getWidth(), (int) drawn.getHeight(), BufferedImage.TYPE_INT_RGB);
        return SwingFXUtils.fromFXImage(drawn, rgb);
    }

    /**
     * What the picture of board {@code boardId} is drawn from, as a digest: equal revisions draw equal pictures, so a
     * picture drawn before can be used again ({@code BoardImages.drawnBy(BoardPicture::render, BoardPicture::revision)}).
     * Reads the rows {@link BoardModel} reads (its undo history aside) and the authors' colours; a few milliseconds.
     */
    public static String revision(Store store, UUID boardId) {
        BoardRepository boards = store.boards();
        Board board = boards.board(boardId).orElseThrow(() -> new IllegalStateException("ボードが見つかりません"));
        List<Object> drawn = List.of(board, boards.lanes(boardId), boards.notes(boardId), boards.groups(boardId), boards.links(boardId),
                boards.rounds(boardId), boards.votes(boardId),
                boards.issues(board.getCaseId()).stream().filter(i -> boardId.equals(i.getBoardId())).toList(), boards.authors());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(EntityJson.MAPPER.writeValueAsBytes(drawn));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("ボードの画像を作成できませんでした。もう一度出力してください", e);
        }
    }

    /** The board's PNG export (the board screen's 画像で保存). Runs on the FX thread. */
    public static void write(BoardModel model, Map<String, String> authorColours, Path file) throws IOException {
        jp.banso.ui.PngFiles.write(snapshot(model, authorColours, MAX_SIDE), file);
    }

    /** The board with its longest side at most {@code maxSide} pixels. Runs on the FX thread. */
    static WritableImage snapshot(BoardModel model, Map<String, String> authorColours, double maxSide) {
        BoardCanvas canvas = new BoardCanvas(model, false);
        try {
            canvas.setAuthorColours(authorColours);
            canvas.world().lookupAll("*").forEach(n -> {
                if (n instanceof NoteNode note) {
                    note.setVisible(true); // culling and level of detail apply to the screen, not to the picture
                    note.setDetail(true);
                }
            });
            BoardViewport.Box b = canvas.contentBounds();
            double scale = Math.min(SCALE, maxSide / Math.max(b.width(), b.height()));
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.WHITE);
            p.setTransform(Transform.scale(scale, scale));
            p.setViewport(new Rectangle2D(b.x() * scale, b.y() * scale, b.width() * scale, b.height() * scale));
            return canvas.world().snapshot(p, null);
        } finally {
            canvas.dispose();
        }
    }

    private static <T> T onFx(Supplier<T> work) {
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
            throw new IllegalStateException("ボードの画像の作成が中断されました", e);
        } catch (ExecutionException | TimeoutException e) {
            String message = "ボードの画像を作成できませんでした。もう一度出力してください";
            LOG.log(Level.WARNING, message, e);
            throw new IllegalStateException(message, e);
        }
    }

    /**
     * JavaFX for drawing off screen in a program without a window (the command line): no window is shown. Started by
     * {@link #offScreen()} when nothing runs it yet, and stopped on {@link #close()} only if it was started there.
     */
    public static final class OffScreen implements AutoCloseable {
        /** Nothing started, nothing to draw with. */
        public static final OffScreen NONE = new OffScreen(false, false);

        private final boolean available;
        private final boolean startedHere;

        private OffScreen(boolean available, boolean startedHere) {
            this.available = available;
            this.startedHere = startedHere;
        }

        /** Whether boards can be drawn (false when JavaFX cannot start, e.g. without a display). */
        public boolean available() {
            return available;
        }

        @Override
        public void close() {
            if (startedHere) {
                Platform.exit();
            }
        }
    }

    /** Makes sure JavaFX runs for drawing off screen; see {@link OffScreen}. */
    public static OffScreen offScreen() {
        CompletableFuture<Void> up = new CompletableFuture<>();
        try {
            Platform.startup(() -> up.complete(null));
            up.get(20, TimeUnit.SECONDS);
            Platform.setImplicitExit(false);
            return new OffScreen(true, true);
        } catch (IllegalStateException alreadyRunning) {
            return new OffScreen(true, false); // the toolkit runs already (tests, or the app)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OffScreen.NONE;
        } catch (RuntimeException | ExecutionException | TimeoutException | Error e) {
            LOG.log(Level.INFO, "JavaFX could not start for drawing boards", e);
            return OffScreen.NONE;
        }
    }
}
