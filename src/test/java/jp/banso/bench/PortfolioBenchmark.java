package jp.banso.bench;

import static jp.banso.bench.CaseWorkbenchBenchmark.ms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import jp.banso.app.MainWindow;
import jp.banso.cases.PortfolioModel;
import jp.banso.cases.PortfolioView;
import jp.banso.domain.CaseState;
import jp.banso.domain.MunicipalityMaster;
import jp.banso.domain.Portfolio;
import jp.banso.domain.PortfolioFilter;
import jp.banso.domain.StateChange;
import jp.banso.store.BenchData;
import jp.banso.store.PortfolioRepository;
import jp.banso.store.Store;

/**
 * The 市町村一覧 with 2,000 cases on real towns and all 47 prefectures (1,741 rows): reading the portfolio (cold, then
 * warm), filtering it in memory, and the page on the FX thread (shown after a read, a search typed). Runs inside
 * {@link CaseWorkbenchBenchmark}, or alone (main).
 */
public final class PortfolioBenchmark {
    static final int CASES = 2_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final int RUNS = 20;

    private PortfolioBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Class.forName(CaseWorkbenchBenchmark.class.getName()); // its static block makes the toolkit headless
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.join();
        Platform.setImplicitExit(false);
        for (String[] r : run()) {
            System.out.println("| " + String.join(" | ", r) + " |");
        }
        System.exit(0);
    }

    /** Needs the FX toolkit started (the workbench benchmark starts it). */
    static List<String[]> run() throws Exception {
        List<String[]> rows = new ArrayList<>();
        Path dir = Files.createTempDirectory("banso-portfolio-bench");
        try (Store store = Store.open(dir)) {
            long t = System.nanoTime();
            BenchData.fillPortfolio(store, CASES, TODAY, 42);
            rows.add(CaseWorkbenchBenchmark.row("市町村一覧のテストデータ作成（" + String.format("%,d", CASES) + "ケース・実在の市町村）", ms(t), "—", "—"));
            List<String> all = MunicipalityMaster.get().prefectures();

            t = System.nanoTime();
            Portfolio p = store.portfolio().load(all, TODAY);
            double cold = ms(t);
            List<Double> warm = new ArrayList<>();
            List<Double> warmCpu = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long c = cpu();
                long a = System.nanoTime();
                p = store.portfolio().load(all, TODAY);
                warm.add(ms(a));
                warmCpu.add((cpu() - c) / 1e6);
            }
            String size = String.format("%,d市町村・支援 %,d", p.rows().size(), p.supportedCount());
            rows.add(CaseWorkbenchBenchmark.row("市町村一覧の読み込み（47都道府県 " + size + "・1回目）", cold, "—", "—"));
            rows.add(CaseWorkbenchBenchmark.stats("市町村一覧の読み込み（47都道府県、2回目以降）", warm, 200));
            rows.add(CaseWorkbenchBenchmark.stats("市町村一覧の読み込み（47都道府県、2回目以降、このスレッドのCPU時間）", warmCpu, -1));
            List<Double> one = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long a = System.nanoTime();
                store.portfolio().load(List.of("栃木県"), TODAY);
                one.add(ms(a));
            }
            rows.add(CaseWorkbenchBenchmark.stats("市町村一覧の読み込み（1県、2回目以降）", one, 200));

            PortfolioFilter[] filters = {
                new PortfolioFilter(null, null, true, null, null),
                new PortfolioFilter(2025, CaseState.MS2, false, null, null),
                new PortfolioFilter(null, null, false, PortfolioFilter.Coverage.NEVER, null),
                new PortfolioFilter(null, null, false, null, "川 主導型"),
                new PortfolioFilter(null, null, false, null, "0920"),
            };
            List<Double> filter = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                for (PortfolioFilter f : filters) {
                    long a = System.nanoTime();
                    p.filtered(f);
                    filter.add(ms(a));
                }
            }
            rows.add(CaseWorkbenchBenchmark.stats("市町村一覧の絞り込み（1,741行、要フォロー・年度と状態・未支援・検索）", filter, 200));
            rows.addAll(page(store));
        }
        return rows;
    }

    /**
     * The page in a window, as the main window keeps it: made and shown once (the first read included), then shown
     * again after cases were written (the read in the background, the table filled on the FX thread, to the first
     * frame), and a search typed (the filter and the table's layout, on the FX thread).
     */
    private static List<String[]> page(Store store) throws Exception {
        List<Double> open = new ArrayList<>();
        List<Double> search = new ArrayList<>();
        List<Double> searchCpu = new ArrayList<>();
        Stage[] stage = new Stage[1];
        PortfolioView[] view = new PortfolioView[1];
        AtomicReference<CompletableFuture<Double>> shown = new AtomicReference<>();
        long[] started = new long[1];
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        List<java.util.UUID> cases = store.cases().summaries().stream().map(c -> c.id()).toList();
        for (int i = 0; i < 11; i++) {
            CompletableFuture<Double> read = new CompletableFuture<>();
            shown.set(read);
            if (i > 0) {
                BoardBenchmark.onFx(() -> {
                    view[0].model().text.set(""); // the whole list (1,741 rows) on screen, as the first time
                    return 0;
                });
                // as a user does between two looks at the page: a case's state recorded (a fact the page shows)
                StateChange change = new StateChange();
                change.setCaseId(cases.get(i * 97 % cases.size()));
                change.setState(CaseState.values()[i % CaseState.values().length]);
                change.setChangedOn(TODAY.minusDays(i));
                store.cases().save(change);
            }
            started[0] = System.nanoTime();
            BoardBenchmark.onFx(() -> {
                if (view[0] == null) {
                    PortfolioModel model = new PortfolioModel(store.portfolio(), store.directory(), clock);
                    store.onCommittedWrite(PortfolioRepository.TABLES, model::casesChanged); // as the main window does
                    model.choosePrefectures(MunicipalityMaster.get().prefectures());
                    view[0] = new PortfolioView(model, id -> { }, town -> { });
                    model.text.unbind();
                    // an invalidation listener: a read of unchanged data is an equal portfolio, which a change listener skips
                    model.portfolioProperty().addListener(o -> Platform.runLater(() -> {
                        view[0].applyCss();
                        view[0].layout();
                        shown.get().complete(ms(started[0]));
                    }));
                    Scene scene = new Scene(view[0], 1280, 720);
                    MainWindow.style(scene);
                    stage[0] = new Stage();
                    stage[0].setScene(scene);
                    stage[0].show();
                }
                view[0].refresh();
                return 0;
            });
            open.add(read.get(60, TimeUnit.SECONDS) + BoardBenchmark.firstFrameMs());
            String typed = i % 2 == 0 ? "川" : "市";
            search.add(BoardBenchmark.onFx(() -> {
                long c = cpu();
                long a = System.nanoTime();
                view[0].model().text.set(typed);
                view[0].applyCss();
                view[0].layout();
                if (view[0].table().getItems().isEmpty()) {
                    throw new IllegalStateException("search found nothing");
                }
                searchCpu.add((cpu() - c) / 1e6);
                return ms(a);
            }));
        }
        BoardBenchmark.onFx(() -> {
            stage[0].close();
            return 0;
        });
        List<String[]> rows = new ArrayList<>();
        rows.add(CaseWorkbenchBenchmark.row("市町村一覧を開く（47都道府県・1,741行・1回目、画面を作り読み込んで描画まで）", open.get(0), "—", "—"));
        rows.add(CaseWorkbenchBenchmark.stats("市町村一覧を開き直す（1ケースの状態を記録した後、読み込みから描画まで）", open.subList(1, open.size()), 200));
        rows.add(CaseWorkbenchBenchmark.stats("市町村一覧で検索（1,741行、FXスレッド・表の再配置まで）", search.subList(1, search.size()), 200));
        rows.add(CaseWorkbenchBenchmark.stats("市町村一覧で検索（同、FXスレッドのCPU時間）", searchCpu.subList(1, searchCpu.size()), -1));
        return rows;
    }

    /**
     * The CPU time this thread has used, in ns: on a machine other work keeps busy, wall time measures the queue for
     * the cores as much as the work, so both are given.
     */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

}
