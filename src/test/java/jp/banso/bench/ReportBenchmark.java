package jp.banso.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import jp.banso.board.BoardModel;
import jp.banso.board.BoardPicture;
import jp.banso.board.TemplateLibrary;
import jp.banso.cases.NewCase;
import jp.banso.domain.ActionItem;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.IssueKind;
import jp.banso.domain.IssueLevel;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingFormat;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.MeetingPart;
import jp.banso.domain.MeetingStatus;
import jp.banso.domain.Participant;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.report.BoardImages;
import jp.banso.report.ExportService;
import jp.banso.report.FormRegistry;
import jp.banso.report.ReportDeck;
import jp.banso.report.WarmUp;
import jp.banso.store.BenchData;
import jp.banso.store.Store;

/**
 * The hand-outs of a full case: 3 meetings with their records, 5 boards × 200 notes (drawn as pictures), 60 課題 and 60
 * roadmap items.
 * All forms of the case, as the case's 配布資料を出力 and {@code banso export --case} make them (11 files). The
 * roadmap items of the design's figure (one per 課題, two progress entries each) feed the ロードマップ and モニタリングシート.
 * Runs inside {@link CaseWorkbenchBenchmark} ({@code mvn -Pbench verify}); the FX toolkit must be running.
 */
final class ReportBenchmark {
    static final int BOARDS = 5;
    static final int NOTES = 200;
    static final int ISSUES = 60;

    private ReportBenchmark() {
    }

    static List<String[]> run(Store store) throws Exception {
        // the first export of a session, in fresh JVMs: with no preparation, after the warm-up the app starts once its
        // window is up (the user opens the dialog a few seconds later), and at once (the warm-up only just started)
        List<Double> cold = new ArrayList<>();
        List<Double> prepare = new ArrayList<>();
        List<Double> prepared = new ArrayList<>();
        List<Double> atOnce = new ArrayList<>();
        List<Double> deckCold = new ArrayList<>();
        List<Double> deckPrepared = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cold.add(child("cold").get("REPORT_FIRST"));
            Map<String, Double> p = child("after-start");
            prepare.add(p.get("REPORT_PREPARE"));
            prepared.add(p.get("REPORT_FIRST"));
            atOnce.add(child("at-once").get("REPORT_FIRST"));
            deckCold.add(child("deck").get("REPORT_FIRST"));
            deckPrepared.add(child("deck-after-start").get("REPORT_FIRST"));
        }
        SupportCase c = fullCase(store);
        Path out = Files.createTempDirectory("banso-report-bench");
        ExportService.Request all = new ExportService.Request(c.getId(), null, FormRegistry.all(), out);
        List<Double> withImages = new ArrayList<>();
        int files = 0;
        for (int i = 0; i < 8; i++) {
            long t = System.nanoTime();
            files = new ExportService(store, appImages()).run(all, (d, n, m) -> { }).files().size();
            withImages.add((System.nanoTime() - t) / 1e6);
        }
        // as if every board had been edited since the last export: all five pictures drawn again
        List<Double> redrawn = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            new ExportService(store, BoardImages.drawnBy(BoardPicture::render)).run(all, (d, n, m) -> { });
            redrawn.add((System.nanoTime() - t) / 1e6);
        }
        List<Double> dataOnly = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            new ExportService(store, BoardImages.NONE).run(all, (d, n, m) -> { });
            dataOnly.add((System.nanoTime() - t) / 1e6);
        }
        List<Double> pictures = new ArrayList<>();
        BoardImages images = BoardImages.drawnBy(BoardPicture::render);
        List<jp.banso.domain.Board> boards = store.boards().boards(c.getId());
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            for (jp.banso.domain.Board b : boards) {
                images.png(store, b.getId());
            }
            pictures.add((System.nanoTime() - t) / 1e6);
        }
        // the 報告会 deck of the same case, warm
        List<Double> deckWarm = new ArrayList<>();
        int slides = 0;
        for (int i = 0; i < 6; i++) {
            long t = System.nanoTime();
            Path deck = new ReportDeck(store, appImages()).run(c.getId(), out, null, (d, n, m) -> { }).files().get(0);
            deckWarm.add((System.nanoTime() - t) / 1e6);
            try (var in = Files.newInputStream(deck); var shown = new org.apache.poi.xslf.usermodel.XMLSlideShow(in)) {
                slides = shown.getSlides().size();
            }
        }
        try (Stream<Path> s = Files.walk(out)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        List<String[]> rows = new ArrayList<>();
        String what = "配布資料：ケース全体の全様式（" + files + "ファイル、ボード5面×付箋200枚の画像、課題60件、ロードマップ60件）";
        rows.add(CaseWorkbenchBenchmark.stats(what + "・起動後1回目（準備なし）", cold, 2000));
        rows.add(CaseWorkbenchBenchmark.stats("　起動後の準備（ウィンドウ表示の" + WarmUp.AFTER_START.toSeconds() + "秒後から裏で実行）", prepare, -1));
        rows.add(CaseWorkbenchBenchmark.stats(what + "・起動後1回目（起動後の準備の後）", prepared, 2000));
        rows.add(CaseWorkbenchBenchmark.stats(what + "・起動後1回目（準備が始まった直後に出力）", atOnce, 2000));
        rows.add(CaseWorkbenchBenchmark.stats(what + "・2回目以降（ボードは前回のまま）", withImages.subList(2, withImages.size()), 1000));
        rows.add(CaseWorkbenchBenchmark.stats(what + "・2回目以降（ボード5面とも編集の後）", redrawn.subList(1, redrawn.size()), 1000));
        rows.add(CaseWorkbenchBenchmark.stats("　うちボード5面の画像（読み込み・描画・PNG）", pictures, -1));
        rows.add(CaseWorkbenchBenchmark.stats("　画像なしの場合（データ・書式・ファイル書き込み）", dataOnly, -1));
        String deckWhat = "報告会スライド（" + slides + "枚、同じケース：ボード画像5面、課題60件、ロードマップ60件、指標グラフ）";
        rows.add(CaseWorkbenchBenchmark.stats(deckWhat + "・起動後1回目（準備なし）", deckCold, -1));
        rows.add(CaseWorkbenchBenchmark.stats(deckWhat + "・起動後1回目（起動後の準備の後）", deckPrepared, -1));
        rows.add(CaseWorkbenchBenchmark.stats(deckWhat + "・2回目以降", deckWarm.subList(1, deckWarm.size()), -1));
        return rows;
    }

    /** Board pictures as the hand-out dialog has them drawn: a board unchanged since its last picture is not drawn again. */
    private static BoardImages appImages() {
        return BoardImages.drawnBy(BoardPicture::render, BoardPicture::revision);
    }

    /** Runs {@link #main} in a fresh JVM (same class path, headless) and reads its REPORT_* lines. */
    private static Map<String, Double> child(String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ReportBenchmark.class.getName(), mode)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<String, Double> values = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("REPORT_")) {
                    String[] kv = line.split(" ");
                    values.put(kv[0], Double.parseDouble(kv[1]));
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS) || !values.containsKey("REPORT_FIRST")) {
            p.destroyForcibly();
            throw new IllegalStateException("report benchmark child (" + mode + ") did not report");
        }
        return values;
    }

    /** A case with 3 recorded visits, 5 boards of 200 notes on them, and 60 課題. */
    static SupportCase fullCase(Store store) {
        SupportCase c = new NewCase("栃木県", "配布資料ベンチ市", 2026, "老健局主導型", StartKind.ENTRY).create(store.cases());
        List<Meeting> visits = new ArrayList<>();
        for (int v = 1; v <= 3; v++) {
            Meeting m = new Meeting();
            m.setCaseId(c.getId());
            m.setKind(MeetingKind.VISIT);
            m.setSequence(v);
            m.setStatus(MeetingStatus.DONE);
            m.setHeldOn(LocalDate.of(2026, 7, 10).plusMonths(3L * (v - 1)));
            m.setPlannedMonth(m.getHeldOn());
            m.setStartTime(LocalTime.of(13, 30));
            m.setEndTime(LocalTime.of(16, 30));
            m.setFormat(MeetingFormat.ON_SITE);
            m.setPlace("市役所 大会議室");
            String para = "通所型サービスＣの利用者を増やすために、送迎と教室の開始時期を見直し、卒業後の活躍の場を関係者で話し合う。";
            m.setAgenda(para.repeat(3));
            m.setTheme(para);
            m.setIssues(para.repeat(4));
            m.setComments(para.repeat(6));
            m.setApproach(para.repeat(3));
            m.setSummary(para.repeat(8));
            store.meetings().save(m);
            for (int p = 0; p < 8; p++) {
                Participant x = new Participant();
                x.setMeetingId(m.getId());
                x.setOrganisation("関係機関 " + p);
                x.setRole("包括");
                x.setSortOrder(p);
                store.meetings().save(x);
            }
            for (int p = 0; p < 2; p++) {
                MeetingPart x = new MeetingPart();
                x.setMeetingId(m.getId());
                x.setLabel(p == 0 ? "午前" : "午後");
                x.setContent(para);
                x.setSortOrder(p);
                store.meetings().save(x);
            }
            for (int a = 0; a < 4; a++) {
                ActionItem x = new ActionItem();
                x.setMeetingId(m.getId());
                x.setWhat("宿題 " + a + "：" + para);
                x.setWho("市");
                x.setDue(m.getHeldOn().plusDays(30));
                x.setSortOrder(a);
                store.meetings().save(x);
            }
            visits.add(m);
        }
        TemplateLibrary templates = TemplateLibrary.load(null);
        for (int b = 0; b < BOARDS; b++) {
            Meeting m = visits.get(Math.min(2, b / 2));
            var template = b == 4 ? templates.find("fact-measure").orElseThrow() : templates.defaultTemplate();
            var board = BoardModel.create(store.boards(), c.getId(), m.getId(), "ボード " + (b + 1), template);
            BenchData.fillBoard(store, new BoardModel(store.boards(), board.getId()), NOTES, 11 + b);
        }
        for (int i = 0; i < ISSUES; i++) {
            CaseIssue issue = new CaseIssue();
            issue.setCaseId(c.getId());
            issue.setStatement("課題 " + i + "：通所Ｃの位置付けと対象者像を、包括・ケアマネ・事業所と共有する");
            issue.setVisionText("通所Ｃで元気になった高齢者が、地域のボランティアとして活躍している");
            issue.setCurrentText("通所Ｃの利用者が非常に少ない");
            issue.setRank(i % 7 == 0 ? null : i + 1);
            issue.setLevel(IssueLevel.values()[i % 3]);
            issue.setKind(IssueKind.values()[i % 2]);
            issue.setDirection("関係者の会議で検討する");
            issue.setDepartment("高齢福祉課");
            issue.setVotes(i % 5);
            store.boards().save(issue);
        }
        // the roadmap: one item per 課題 over three 年度, with two progress entries each
        var roadmap = new jp.banso.roadmap.RoadmapModel(store.roadmaps(), store.boards(), c.getId());
        var items = roadmap.addFromIssues(roadmap.issues().stream().map(CaseIssue::getId).toList(), java.time.YearMonth.of(2024, 4));
        for (int i = 0; i < items.size(); i++) {
            var e = roadmap.editableCopy(items.get(i).getId());
            e.setPeriod(java.time.YearMonth.of(2024, 4).plusMonths(i % 24), java.time.YearMonth.of(2024, 4).plusMonths(i % 24 + 3 + i % 9));
            e.setIndicatorName("指標 " + i);
            e.setIndicatorTarget("年" + (10 + i) + "回");
            e.setMilestone(i % 4 == 0 ? java.time.LocalDate.of(2024, 9, 1) : null);
            roadmap.update(e);
            roadmap.addProgress(e.getId(), java.time.LocalDate.of(2024, 9, 30), (i % 7) + "回", 30, "順調", "府県");
            roadmap.addProgress(e.getId(), java.time.LocalDate.of(2025, 3, 31), (i % 9) + "回", 60, "担い手の研修を開始", "府県");
        }
        return c;
    }

    /**
     * In a fresh JVM, the first export of the session, all forms or ({@code deck…}) the 報告会 deck: {@code cold} with no
     * preparation; {@code after-start} after the warm-up the app starts once its window is up, waited for; {@code at-once}
     * right after the warm-up was started (the dialog opened and 出力 pressed at once). Without an argument, the whole
     * report table ({@code java -cp … jp.banso.bench.ReportBenchmark}).
     */
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("banso-report-bench-data");
        CompletableFuture<Void> up = new CompletableFuture<>();
        Platform.startup(() -> up.complete(null));
        up.join();
        try (Store store = Store.open(dir)) {
            if (args.length == 0) {
                for (String[] r : run(store)) {
                    System.out.println("| " + String.join(" | ", r) + " |");
                }
                return;
            }
            SupportCase c = fullCase(store);
            String mode = args[0];
            if (mode.endsWith("after-start")) {
                long t = System.nanoTime();
                WarmUp.inBackground(WarmUp.AFTER_START).join();
                System.out.println("REPORT_PREPARE " + ((System.nanoTime() - t) / 1e6 - WarmUp.AFTER_START.toMillis()));
            } else if (mode.endsWith("at-once")) {
                WarmUp.inBackground(java.time.Duration.ZERO);
            }
            Path out = Files.createTempDirectory("banso-report-bench");
            BoardImages images = appImages();
            long t = System.nanoTime();
            if (mode.startsWith("deck")) {
                new ReportDeck(store, images).run(c.getId(), out, null, (d, n, m) -> { });
            } else {
                new ExportService(store, images).run(new ExportService.Request(c.getId(), null, FormRegistry.all(), out), (d, n, m) -> { });
            }
            System.out.println("REPORT_FIRST " + (System.nanoTime() - t) / 1e6);
        } finally {
            Platform.exit();
        }
    }

    static {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
    }
}
