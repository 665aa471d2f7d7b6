package jp.banso.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
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

/**
 * The board's figures for boards of 50, 2,000 and 5,000 notes (the size is the parameter): opening it (the first time
 * in a fresh JVM, then again), dragging a note and panning the view with every note in view, dragging zoomed in, the
 * heap with it open, and a captured note durable — from Enter in the capture field until the note and its undo entry
 * are committed in H2 (the write is synchronous unless the disk refuses it). Each board has a full undo history
 * ({@value #HISTORY} steps, what a board keeps), as one used through a long workshop day has.
 *
 * <p>Run alone: {@code java -cp <test classpath> jp.banso.bench.BoardBenchmark [sizes…]} (default 50 2000 5000).
 */
final class BoardBenchmark {
    static final int[] SIZES = {50, 2_000, 5_000};
    /** The steps of history a board keeps ({@code store.EditHistory.LIMIT}). */
    private static final int HISTORY = 1_000;
    private static final int FIRST_OPENS = 3;
    private static final int OPENS = 7;
    private static final int FRAMES = 180;
    private static final int CAPTURES = 120;
    private static final int CAPTURE_WARM_UP = 20;

    private BoardBenchmark() {
    }

    /** Rows for the report table, at each size; the FX toolkit must be running. Uses a data folder of its own. */
    static List<String[]> run(int... sizes) throws Exception {
        Path dir = Files.createTempDirectory("banso-board-bench");
        Map<Integer, UUID> boards = new LinkedHashMap<>();
        try (Store store = Store.open(dir)) {
            SupportCase c = new NewCase("栃木県", "ベンチ市", 2024, "老健局主導型", StartKind.ENTRY).create(store.cases());
            for (int size : sizes) {
                boards.put(size, board(store, c, size));
            }
        }
        Map<Integer, List<Double>> firstOpens = new LinkedHashMap<>();
        for (int size : sizes) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < FIRST_OPENS; i++) {
                times.add(firstOpenInFreshJvm(dir, boards.get(size)));
            }
            firstOpens.put(size, times);
        }
        List<String[]> rows = new ArrayList<>();
        try (Store store = Store.open(dir)) {
            for (int size : sizes) {
                rows.addAll(measure(store, boards.get(size), size, firstOpens.get(size)));
            }
        }
        return rows;
    }

    /** A board of {@code size} notes in its lanes, with a full history of moves. */
    private static UUID board(Store store, SupportCase c, int size) {
        var board = BoardModel.create(store.boards(), c.getId(), null, String.format("%,d枚のボード", size),
                TemplateLibrary.load(null).defaultTemplate());
        BenchData.fillBoard(store, new BoardModel(store.boards(), board.getId()), size, 7);
        BoardModel model = new BoardModel(store.boards(), board.getId());
        Note n = model.notes().iterator().next();
        model.move(Map.of(n.getId(), new double[] {n.getX(), n.getY() + 1}));
        store.jdbi().useHandle(h -> h.createUpdate("insert into board_history (id, board_id, seq, label, changes, undone, created_at) "
                        + "select random_uuid(), board_id, seq + r.\"X\", label, changes, false, created_at "
                        + "from board_history, system_range(1, :more) r where board_id = :b")
                .bind("more", HISTORY - 1).bind("b", board.getId()).execute());
        return board.getId();
    }

    private static List<String[]> measure(Store store, UUID boardId, int size, List<Double> firstOpens) throws Exception {
        String notes = String.format("付箋%,d枚", size);
        List<String[]> rows = new ArrayList<>();
        rows.add(CaseWorkbenchBenchmark.stats("ボードを開く（" + notes + "・1回目、新しいJVMで" + FIRST_OPENS + "回、描画まで）", firstOpens, 1000));

        // open again: read the board, build the editor, style and lay it out, render the first frames
        List<Double> open = new ArrayList<>();
        Opened opened = null;
        for (int i = 0; i < OPENS; i++) {
            if (opened != null) {
                opened.close();
            }
            opened = open(store, boardId);
            open.add(opened.millis);
        }
        BoardEditor editor = opened.editor;
        rows.add(CaseWorkbenchBenchmark.stats("ボードを開く（" + notes + "、2回目以降、描画まで）", open.subList(1, open.size()), 500));

        // drag a note a little every pulse and pan the view every pulse, with every note in view; then drag zoomed in
        onFx(() -> {
            editor.canvas().zoomToFit();
            return 0;
        });
        rows.add(CaseWorkbenchBenchmark.stats("付箋のドラッグ：1フレームの間隔（" + notes + "、全体表示・すべて表示）", dragFrames(editor), 16));
        rows.add(CaseWorkbenchBenchmark.stats("ボードのパン：1フレームの間隔（" + notes + "、全体表示・すべて表示）", panFrames(editor), 16));
        onFx(() -> {
            editor.canvas().zoomAt(4, 200, 200);
            return 0;
        });
        rows.add(CaseWorkbenchBenchmark.stats("付箋のドラッグ：1フレームの間隔（" + notes + "、拡大表示・見える範囲だけ描画）", dragFrames(editor), 16));

        System.gc();
        Thread.sleep(300);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        double usedMb = (rt.totalMemory() - rt.freeMemory()) / 1024.0 / 1024.0;
        rows.add(CaseWorkbenchBenchmark.row("メモリ（" + notes + "のボードを開いた状態、GC後のヒープ使用量 MB）", usedMb, "—", "400 MB"));

        List<double[]> captured = captures(editor);
        List<Double> durable = captured.stream().skip(CAPTURE_WARM_UP).map(c -> c[0]).toList();
        List<Double> cpu = captured.stream().skip(CAPTURE_WARM_UP).map(c -> c[1]).toList();
        rows.add(CaseWorkbenchBenchmark.stats("付箋がH2に保存されるまで（Enterから、" + notes + "、操作履歴" + HISTORY + "件）", durable, 20));
        rows.add(CaseWorkbenchBenchmark.stats("　うちFXスレッドのCPU時間（" + notes + "）", cpu, -1));
        opened.close();
        return rows;
    }

    /** A board editor on screen. */
    private record Opened(Stage stage, BoardEditor editor, double millis) {
        void close() throws Exception {
            onFx(() -> {
                editor.dispose();
                stage.close();
                return 0;
            });
        }
    }

    /** Reads the board, builds its editor in a window, styles and lays it out, and waits for its first frames. */
    private static Opened open(Store store, UUID boardId) throws Exception {
        Stage[] stage = new Stage[1];
        BoardEditor[] editor = new BoardEditor[1];
        double built = onFx(() -> {
            long t = System.nanoTime();
            editor[0] = new BoardEditor(new BoardModel(store.boards(), boardId), store.boards());
            Scene scene = new Scene(editor[0], 1400, 900);
            MainWindow.style(scene);
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
            editor[0].applyCss();
            editor[0].layout();
            return (System.nanoTime() - t) / 1e6;
        });
        return new Opened(stage[0], editor[0], built + firstFrameMs());
    }

    /**
     * Enter in the capture field, timed on the FX thread until the handler returns: the note and its undo entry are
     * committed. Each capture's wall time and the FX thread's CPU time in it (what the wall time is on a loaded machine).
     */
    private static List<double[]> captures(BoardEditor editor) throws Exception {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int before = editor.canvas().model().notes().size();
        List<double[]> captured = new ArrayList<>();
        for (int i = 0; i < CAPTURES; i++) {
            int n = i;
            double[] times = new double[2];
            onFx(() -> {
                var input = editor.capture().input();
                input.setText("計測用の付箋 " + n);
                long cpu = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                input.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
                times[0] = (System.nanoTime() - t) / 1e6;
                times[1] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
                return 0;
            });
            captured.add(times);
        }
        if (editor.canvas().model().notes().size() != before + CAPTURES) {
            throw new IllegalStateException("the captures did not all become notes");
        }
        return captured;
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

    /** A note moved a little every pulse, as a drag moves it. */
    private static List<Double> dragFrames(BoardEditor editor) throws Exception {
        Note n = editor.canvas().model().notes().iterator().next();
        var node = editor.canvas().nodeOf(n.getId());
        return everyPulse(i -> node.relocate(n.getX() + (i % 60) * 3, n.getY() + (i % 40) * 2));
    }

    /** The view moved a little every pulse, back and forth, as dragging the empty canvas or the wheel moves it. */
    private static List<Double> panFrames(BoardEditor editor) throws Exception {
        return everyPulse(i -> editor.canvas().panBy((i / 30) % 2 == 0 ? 4 : -4, (i / 45) % 2 == 0 ? 3 : -3));
    }

    private interface Step {
        void at(int pulse);
    }

    /** The intervals between {@value #FRAMES} pulses that each do {@code step}. */
    private static List<Double> everyPulse(Step step) throws Exception {
        CompletableFuture<List<Double>> f = new CompletableFuture<>();
        Platform.runLater(() -> {
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
                    step.at(i);
                    if (++i > FRAMES) {
                        stop();
                        f.complete(intervals);
                    }
                }
            }.start();
        });
        return f.get(120, TimeUnit.SECONDS);
    }

    /** Runs {@link #main} in a fresh JVM that opens the board once, and reads its time. */
    private static double firstOpenInFreshJvm(Path dir, UUID boardId) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), BoardBenchmark.class.getName(),
                "--first-open", dir.toString(), boardId.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Double millis = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("BOARD_FIRST_OPEN ")) {
                    millis = Double.parseDouble(line.substring("BOARD_FIRST_OPEN ".length()));
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS) || millis == null) {
            p.destroyForcibly();
            throw new IllegalStateException("the board's first open (fresh JVM) did not report");
        }
        return millis;
    }

    /**
     * Without arguments or with sizes: the board's rows. With {@code --first-open <data folder> <board id>}: in this
     * fresh JVM, a window up as the app's is, then the board opened once (its time printed).
     */
    public static void main(String[] args) throws Exception {
        CompletableFuture<Void> up = new CompletableFuture<>();
        Platform.startup(() -> up.complete(null));
        up.join();
        Platform.setImplicitExit(false);
        try {
            if (args.length == 3 && args[0].equals("--first-open")) {
                try (Store store = Store.open(Path.of(args[1]))) {
                    onFx(() -> {
                        Stage window = new Stage();
                        Scene scene = new Scene(new StackPane(new Label("Banso")), 1400, 900);
                        MainWindow.style(scene);
                        window.setScene(scene);
                        window.show();
                        return 0;
                    });
                    firstFrameMs();
                    System.out.println("BOARD_FIRST_OPEN " + open(store, UUID.fromString(args[2])).millis);
                }
                return;
            }
            int[] sizes = args.length == 0 ? SIZES : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
            System.out.println("| 項目 | 中央値 (ms) | p95 (ms) | 目標 (ms) |\n|---|---:|---:|---:|");
            for (String[] r : run(sizes)) {
                System.out.println("| " + String.join(" | ", r) + " |");
            }
        } finally {
            Platform.exit();
        }
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

    static {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1200-32");
        System.setProperty("java.awt.headless", "true");
    }
}
