package jp.banso.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import jp.banso.app.MainWindow;
import jp.banso.board.BoardEditor;
import jp.banso.board.BoardModel;
import jp.banso.board.TemplateLibrary;
import jp.banso.cases.NewCase;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.store.BenchData;
import jp.banso.store.Store;

/**
 * How large a board the app can open: for each size given (default 5,000, 10,000, 20,000 notes), the time to read the
 * board, build the editor and draw its first frames, and the heap used with it open. The figures behind
 * {@link jp.banso.domain.Limits#NOTES_PER_BOARD}. Run: {@code java -cp <test classpath> jp.banso.bench.BoardSizeProbe 5000 10000}.
 */
public final class BoardSizeProbe {
    private BoardSizeProbe() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {5_000, 10_000, 20_000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.join();
        Platform.setImplicitExit(false);
        Path dir = Files.createTempDirectory("banso-board-size");
        try (Store store = Store.open(dir)) {
            SupportCase c = new NewCase("栃木県", "ベンチ市", 2024, "老健局主導型", StartKind.ENTRY).create(store.cases());
            for (int size : sizes) {
                var board = BoardModel.create(store.boards(), c.getId(), null, size + "枚", TemplateLibrary.load(null).defaultTemplate());
                BenchData.fillBoard(store, new BoardModel(store.boards(), board.getId()), size, 7);
                for (int run = 0; run < 3; run++) {
                    Stage[] stage = new Stage[1];
                    BoardEditor[] editor = new BoardEditor[1];
                    long t = System.nanoTime();
                    onFx(() -> {
                        editor[0] = new BoardEditor(new BoardModel(store.boards(), board.getId()), store.boards());
                        Scene scene = new Scene(editor[0], 1400, 900);
                        MainWindow.style(scene);
                        stage[0] = new Stage();
                        stage[0].setScene(scene);
                        stage[0].show();
                        editor[0].applyCss();
                        editor[0].layout();
                    });
                    double built = (System.nanoTime() - t) / 1e6;
                    double frame = BoardBenchmark.firstFrameMs();
                    System.gc();
                    Thread.sleep(200);
                    System.gc();
                    Runtime rt = Runtime.getRuntime();
                    double usedMb = (rt.totalMemory() - rt.freeMemory()) / 1024.0 / 1024.0;
                    System.out.printf("notes=%d run=%d open=%.0f ms (built %.0f + frames %.0f) heap=%.0f MB%n", size, run, built + frame, built, frame, usedMb);
                    onFx(() -> {
                        editor[0].dispose();
                        stage[0].close();
                    });
                }
            }
        }
        Platform.exit();
    }

    private static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                f.complete(null);
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        f.get(300, TimeUnit.SECONDS);
    }
}
