package jp.banso.bench;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import jp.banso.app.MainWindow;
import jp.banso.cases.NewCase;
import jp.banso.domain.ItemStatus;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.roadmap.RoadmapModel;
import jp.banso.roadmap.RoadmapPage;
import jp.banso.store.Store;

/** The roadmap's figures: a 60-item, 5-year roadmap opening, a bar dragged frame by frame, and a drop (save + redraw). */
final class RoadmapBenchmark {
    static final int ITEMS = 60;

    private RoadmapBenchmark() {
    }

    static List<String[]> run(Store store) throws Exception {
        List<String[]> rows = new ArrayList<>();
        SupportCase c = new NewCase("栃木県", "ロードマップ市", 2026, "老健局主導型", StartKind.ENTRY).create(store.cases());
        RoadmapModel seed = new RoadmapModel(store.roadmaps(), store.boards(), c.getId());
        for (int i = 0; i < ITEMS; i++) {
            RoadmapItem item = seed.addItem("取組 " + (i + 1) + "：通いの場の立ち上げと担い手の育成", YearMonth.of(2026, 4).plusMonths(i % 48));
            RoadmapItem e = seed.editableCopy(item.getId());
            e.setPeriod(item.start(), item.start().plusMonths(3 + i % 12));
            e.setOwners(i % 3 == 0 ? "高齢介護課、包括" : i % 3 == 1 ? "社協" : "生活支援コーディネーター");
            e.setStatus(ItemStatus.values()[i % 3]);
            e.setMilestone(i % 4 == 0 ? item.start().plusMonths(2).atDay(15) : null);
            e.setIndicatorName("指標 " + i);
            seed.update(e);
        }

        Stage[] stage = new Stage[1];
        RoadmapPage[] page = new RoadmapPage[1];
        List<Double> open = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            open.add(BoardBenchmark.onFx(() -> {
                long t = System.nanoTime();
                if (stage[0] != null) {
                    stage[0].close();
                }
                RoadmapModel model = new RoadmapModel(store.roadmaps(), store.boards(), c.getId()); // as the case's workspace does
                model.setCaseYears(store.cases().fiscalYears(c.getId()));
                page[0] = new RoadmapPage(model);
                Scene scene = new Scene(page[0], 1400, 900);
                MainWindow.style(scene);
                stage[0] = new Stage();
                stage[0].setScene(scene);
                stage[0].show();
                page[0].applyCss();
                page[0].layout();
                return (System.nanoTime() - t) / 1e6;
            }) + BoardBenchmark.firstFrameMs());
        }
        BoardBenchmark.onFx(() -> {
            page[0].timeline().setRange(2026, 5); // 5 years, all 60 items
            page[0].applyCss();
            page[0].layout();
            return 0;
        });
        rows.add(CaseWorkbenchBenchmark.row("ロードマップを開く（60件・5年・1回目、描画まで）", open.get(0), "—", "—"));
        rows.add(CaseWorkbenchBenchmark.stats("ロードマップを開く（60件・5年、2回目以降、描画まで）", open.subList(1, open.size()), -1));

        double[] work = new double[1];
        List<Double> intervals = dragFrames(page[0], 180, work);
        rows.add(CaseWorkbenchBenchmark.stats("バーのドラッグ：1フレームの間隔（60件・5年）", intervals, 16));
        rows.add(CaseWorkbenchBenchmark.row("バーのドラッグ：1フレームあたりの処理時間（イベント＋レイアウト、平均）", work[0], "—", "16"));

        // a drop: the model action (H2 write with its undo entry) and the timeline redrawn
        List<Double> drops = new ArrayList<>();
        RoadmapModel model = page[0].model();
        RoadmapItem item = model.items().get(30);
        for (int i = 0; i < 40; i++) {
            int d = i % 2 == 0 ? 1 : -1;
            drops.add(BoardBenchmark.onFx(() -> {
                long t = System.nanoTime();
                model.move(item.getId(), d);
                page[0].layout();
                return (System.nanoTime() - t) / 1e6;
            }));
        }
        rows.add(CaseWorkbenchBenchmark.stats("バーを離す：保存と再描画（60件・5年）", drops.subList(5, drops.size()), 100));
        BoardBenchmark.onFx(() -> {
            stage[0].close();
            return 0;
        });
        return rows;
    }

    /** Drags one bar by synthetic mouse events, one step per pulse; returns the intervals between frames. */
    private static List<Double> dragFrames(RoadmapPage page, int count, double[] meanWork) throws Exception {
        CompletableFuture<List<Double>> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            RoadmapItem item = page.model().items().get(10);
            Region bar = (Region) page.lookup("#bar-" + item.getId());
            Bounds b = bar.localToScene(bar.getBoundsInLocal());
            double x = b.getCenterX();
            double y = b.getCenterY();
            Event.fireEvent(bar, mouse(MouseEvent.MOUSE_PRESSED, bar, x, y));
            List<Double> intervals = new ArrayList<>();
            double[] workSum = new double[1];
            new AnimationTimer() {
                long last;
                int i;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        intervals.add((now - last) / 1e6);
                    }
                    last = now;
                    long t = System.nanoTime();
                    // back and forth over ±6 months, so the bar really moves every few frames
                    double dx = Math.sin(i / 10.0) * 6 * page.timeline().scale().monthWidth();
                    Event.fireEvent(bar, mouse(MouseEvent.MOUSE_DRAGGED, bar, x + dx, y));
                    page.layout();
                    workSum[0] += (System.nanoTime() - t) / 1e6;
                    if (++i > count) {
                        stop();
                        meanWork[0] = workSum[0] / i;
                        f.complete(intervals);
                    }
                }
            }.start();
        });
        return f.get(120, TimeUnit.SECONDS);
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, Region target, double sceneX, double sceneY) {
        var local = target.sceneToLocal(sceneX, sceneY);
        var screen = target.localToScreen(local);
        return new MouseEvent(target, target, type, local.getX(), local.getY(), screen.getX(), screen.getY(), MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, false, false, false, null);
    }
}
