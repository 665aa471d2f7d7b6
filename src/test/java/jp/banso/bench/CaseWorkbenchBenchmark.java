package jp.banso.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import jp.banso.app.MainWindow;
import jp.banso.cases.CaseListModel;
import jp.banso.cases.CaseListView;
import jp.banso.store.BenchData;
import jp.banso.store.Store;

/**
 * Figures for the case workbench on this machine: start-up against a bare JavaFX window, the case list with
 * 2,000 cases (open and text search), opening the store, the board at 50, 2,000 and 5,000 notes ({@link BoardBenchmark}), the Excel hand-outs
 * ({@link ReportBenchmark}) case bundles of 200 cases ({@link BundleBenchmark}), backups, restore and encryption ({@link SafetyBenchmark}), the store's size under many saves ({@link StoreSizeBenchmark}), team sync ({@link SyncBenchmark}) and the 市町村一覧
 * ({@link PortfolioBenchmark}). Run with {@code mvn -Pbench verify}; prints a
 * Markdown table. Headless (Monocle, software rendering), so it needs no display.
 */
public final class CaseWorkbenchBenchmark {
    private static final int CASES_MUNICIPALITIES = 200;
    private static final int CASES_YEARS = 10;

    private CaseWorkbenchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String[]> rows = new ArrayList<>();
        Path dir = Files.createTempDirectory("banso-bench");

        long t = System.nanoTime();
        try (Store store = Store.open(dir)) {
            BenchData.fill(store, CASES_MUNICIPALITIES, CASES_YEARS, 42);
        }
        double fill = ms(t);
        rows.add(row("テストデータ作成（2,000ケース＋会議14,000件）", fill, "—", "—"));

        t = System.nanoTime();
        Store store = Store.open(dir);
        rows.add(row("ストアを開く（2,000ケース、初回・マイグレーション確認込み）", ms(t), "—", "—"));

        List<Double> query = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            long q = System.nanoTime();
            store.cases().summaries();
            query.add(ms(q));
        }
        rows.add(stats("ケース一覧の読み込み（SQL, 2,000件）", query, 200));

        startToolkit();
        List<Double> open = new ArrayList<>();
        List<Double> search = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double[] r = onFx(() -> {
                long a = System.nanoTime();
                CaseListModel model = new CaseListModel(store.cases());
                CaseListView view = new CaseListView(model, id -> { }, () -> { });
                view.refresh();
                Scene scene = new Scene(view, 1400, 900);
                MainWindow.style(scene);
                view.applyCss();
                view.layout();
                double opened = ms(a);
                long b = System.nanoTime();
                model.text.unbind();
                model.text.set("市町村12 通所");
                view.table().layout();
                double searched = ms(b);
                if (view.table().getItems().isEmpty()) {
                    throw new IllegalStateException("search found nothing");
                }
                return new double[] {opened, searched};
            });
            open.add(r[0]);
            search.add(r[1]);
        }
        rows.add(row("ケース一覧を開く（2,000件・1回目、クラス読み込み込み）", open.get(0), "—", "200"));
        rows.add(stats("ケース一覧を開く（2,000件、2回目以降）", open.subList(1, open.size()), 200));
        rows.add(stats("ケース一覧のテキスト検索（2,000件）", search.subList(1, search.size()), 200));
        rows.addAll(BoardBenchmark.run(BoardBenchmark.SIZES));
        rows.addAll(RoadmapBenchmark.run(store));
        rows.addAll(PortfolioBenchmark.run());
        rows.addAll(ReportBenchmark.run(store));
        rows.addAll(BundleBenchmark.run());
        rows.addAll(SafetyBenchmark.run());
        rows.addAll(StoreSizeBenchmark.run());
        rows.addAll(SyncBenchmark.run());
        store.close();
        Platform.exit();

        List<Double> bare = startups(BareWindow.Launch.class.getName(), dir, 5).get("BANSO_SHOWN");
        Map<String, List<Double>> banso = startups("jp.banso.app.Launcher", dir, 5);
        rows.add(stats("起動：素のJavaFXウィンドウ表示まで（JVM起動から）", bare, -1));
        rows.add(stats("起動：Bansoのウィンドウ表示まで（2,000ケース、クラスパス起動）", banso.get("BANSO_SHOWN"), -1));
        rows.add(stats("起動：Bansoのケース一覧表示まで（2,000ケース、クラスパス起動）", banso.get("BANSO_READY"), -1));
        double ratio = median(banso.get("BANSO_SHOWN")) / median(bare);
        double readyRatio = median(banso.get("BANSO_READY")) / median(bare);

        StringBuilder out = new StringBuilder();
        out.append(String.format("- コマンド: `mvn -Pbench verify -DskipTests`%n- 日時: %s%n- マシン: %d コア, %s %s, Java %s (%s), 最大ヒープ %d MB, ヘッドレス（Monocle・ソフトウェア描画）%n%n",
                java.time.ZonedDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        out.append("| 項目 | 中央値 (ms) | p95 (ms) | 目標 (ms) |\n|---|---:|---:|---:|\n");
        for (String[] r : rows) {
            out.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        out.append(String.format("%n起動の比率（Banso ÷ 素のウィンドウ、中央値）: ウィンドウ %.2f 倍、ケース一覧 %.2f 倍（クラスパス起動）。"
                + "目標（ウィンドウ ≤ 1.2 倍、ケース一覧 ≤ 2 倍）はインストーラー版（Java 25・AOT キャッシュ）のもので、"
                + "installer/measure-startup-linux.sh で測ります。%n", ratio, readyRatio));
        System.out.println(out);
        Path report = Path.of("target", "bench", "case-workbench.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out.toString(), StandardCharsets.UTF_8);
    }

    private static void startToolkit() throws InterruptedException {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.join();
        Platform.setImplicitExit(false); // each benchmark closes its window; the toolkit must outlive them
    }

    private interface FxWork {
        double[] run();
    }

    private static double[] onFx(FxWork work) throws Exception {
        CompletableFuture<double[]> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.run());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    /**
     * Starts a JVM per run with the same headless settings and reads its BANSO_ lines: BANSO_SHOWN when the window is
     * on screen, and (Banso only) BANSO_READY when the case list is in it.
     */
    private static Map<String, List<Double>> startups(String mainClass, Path dataDir, int runs) throws IOException, InterruptedException {
        Map<String, List<Double>> times = new java.util.TreeMap<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < runs; i++) {
            List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                    "-Dbanso.startupProbe=true", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                    "-Dprism.order=sw", "-Dheadless.geometry=1600x1200-32", mainClass, "--data-dir", dataDir.toString(), "--no-demo"));
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("BANSO_")) {
                        String[] parts = line.split(" ");
                        times.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(Double.parseDouble(parts[1]));
                    }
                }
            }
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (times.getOrDefault("BANSO_SHOWN", List.of()).size() != runs) {
            throw new IllegalStateException(mainClass + " did not report its window (" + times + ")");
        }
        return times;
    }

    /** Milliseconds since {@code startNanos} ({@link System#nanoTime}). */
    static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /** Deletes a benchmark's temporary folder with everything in it. */
    static void deleteTree(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static double p95(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get((int) Math.ceil(s.size() * 0.95) - 1);
    }

    static String[] row(String name, double value, String p95, String goal) {
        return new String[] {name, String.format("%.1f", value), p95, goal};
    }

    static String[] row(String name, double value, String p95, int goal) {
        return row(name, value, p95, String.valueOf(goal));
    }

    static String[] stats(String name, List<Double> xs, int goal) {
        return new String[] {name, String.format("%.1f", median(xs)), String.format("%.1f", p95(xs)), goal < 0 ? "—" : String.valueOf(goal)};
    }

    static {
        // the toolkit in this JVM runs headless too
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1200-32");
        System.setProperty("java.awt.headless", "true");
        File.separator.length();
    }
}
