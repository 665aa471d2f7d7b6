package jp.banso.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import jp.banso.app.MainWindow;
import jp.banso.board.BoardEditor;
import jp.banso.board.BoardModel;
import jp.banso.board.TemplateLibrary;
import jp.banso.cases.NewCase;
import jp.banso.domain.Note;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.store.BenchData;
import jp.banso.store.Store;

/** The board's figures: a 2,000-note board opening, dragging a note, memory, and a captured note's durability. */
final class BoardBenchmark {
    static final int NOTES = 2_000;

    private BoardBenchmark() {
    }

    /** Rows for the report table; the FX toolkit must be running. */
    static List<String[]> run(Store store) throws Exception {
        List<String[]> rows = new ArrayList<>();
        SupportCase c = new NewCase("栃木県", "ベンチ市", 2024, "老健局主導型", StartKind.ENTRY).create(store.cases());
        var board = BoardModel.create(store.boards(), c.getId(), null, "2,000枚のボード", TemplateLibrary.load(null).defaultTemplate());
        BenchData.fillBoard(store, new BoardModel(store.boards(), board.getId()), NOTES, 7);

        // open: read the board, build the editor, style and lay it out, render the first frame
        List<Double> open = new ArrayList<>();
        Stage[] stage = new Stage[1];
        BoardEditor[] editor = new BoardEditor[1];
        for (int i = 0; i < 6; i++) {
            open.add(onFx(() -> {
                long t = System.nanoTime();
                if (stage[0] != null) {
                    editor[0].dispose();
                    stage[0].close();
                }
                BoardModel model = new BoardModel(store.boards(), board.getId());
                editor[0] = new BoardEditor(model, store.boards());
                Scene scene = new Scene(editor[0], 1400, 900);
                MainWindow.style(scene);
                stage[0] = new Stage();
                stage[0].setScene(scene);
                stage[0].show();
                editor[0].applyCss();
                editor[0].layout();
                return (System.nanoTime() - t) / 1e6;
            }));
            open.set(open.size() - 1, open.get(open.size() - 1) + firstFrameMs());
        }
        rows.add(CaseWorkbenchBenchmark.row("ボードを開く（付箋2,000枚・1回目、描画まで）", open.get(0), "—", "500"));
        rows.add(CaseWorkbenchBenchmark.stats("ボードを開く（付箋2,000枚、2回目以降、描画まで）", open.subList(1, open.size()), 500));

        // drag: move one note a little every pulse for 180 frames, at full view (all notes visible) and zoomed in
        onFx(() -> {
            editor[0].canvas().zoomToFit();
            return 0;
        });
        List<Double> frames = dragFrames(editor[0], 180);
        rows.add(CaseWorkbenchBenchmark.stats("付箋のドラッグ：1フレームの間隔（全体表示、2,000枚すべて表示）", frames, 16));
        onFx(() -> {
            editor[0].canvas().zoomAt(4, 200, 200);
            return 0;
        });
        List<Double> framesZoomed = dragFrames(editor[0], 180);
        rows.add(CaseWorkbenchBenchmark.stats("付箋のドラッグ：1フレームの間隔（拡大表示、見える範囲だけ描画）", framesZoomed, 16));

        // memory with the board open
        System.gc();
        Thread.sleep(300);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        double usedMb = (rt.totalMemory() - rt.freeMemory()) / 1024.0 / 1024.0;
        rows.add(CaseWorkbenchBenchmark.row("メモリ（付箋2,000枚のボードを開いた状態、GC後のヒープ使用量 MB）", usedMb, "—", "400 MB"));

        // durable after Enter: the capture path (validate, place, write with its undo entry, commit)
        BoardModel model = editor[0].canvas().model();
        var lane = model.lanes().get(0).getId();
        List<Double> durable = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            int n = i;
            durable.add(onFx(() -> {
                long t = System.nanoTime();
                model.addNote(lane, "計測用の付箋 " + n, "市町村");
                return (System.nanoTime() - t) / 1e6;
            }));
        }
        rows.add(CaseWorkbenchBenchmark.stats("付箋がH2に保存されるまで（Enterから、2,000枚のボード）", durable.subList(20, durable.size()), 20));
        onFx(() -> {
            editor[0].dispose();
            stage[0].close();
            return 0;
        });
        return rows;
    }

    /** Time until the next pulse has rendered: a runLater after two animation frames. */
    static double firstFrameMs() throws Exception {
        CompletableFuture<Double> f = new CompletableFuture<>();
        long t = System.nanoTime();
        Platform.runLater(() -> new AnimationTimer() {
            int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    f.complete((System.nanoTime() - t) / 1e6);
                }
            }
        }.start());
        return f.get(30, TimeUnit.SECONDS);
    }

    private static List<Double> dragFrames(BoardEditor editor, int count) throws Exception {
        CompletableFuture<List<Double>> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            Note n = editor.canvas().model().notes().iterator().next();
            var node = editor.canvas().nodeOf(n.getId());
            List<Double> intervals = new ArrayList<>();
            new AnimationTimer() {
                long last;
                int i;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        intervals.add((now - last) / 1e6);
                    }
                    last = now;
                    node.relocate(n.getX() + (i % 60) * 3, n.getY() + (i % 40) * 2);
                    if (++i > count) {
                        stop();
                        f.complete(intervals);
                    }
                }
            }.start();
        });
        return f.get(120, TimeUnit.SECONDS);
    }

    interface FxWork {
        double run();
    }

    static double onFx(FxWork work) throws Exception {
        CompletableFuture<Double> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.run());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(120, TimeUnit.SECONDS);
    }
}
